// Assessor roles and the words tables print for them: `self` is the force, `independent` the
// inspectorate, any other role what programme.yaml calls it.
import { BUILT_IN_ROLES, INDEPENDENT, SELF, type Role } from './assessment.js';
import type { Programme } from './types.js';

const cache = new WeakMap<Programme, { roles: Role[]; byKey: Map<string, Role> }>();

function rolesOf(programme: Programme) {
  let known = cache.get(programme);
  // Stryker disable next-line ConditionalExpression: equivalent, a cache: building the roles again gives the same roles
  if (!known) {
    const roles = [...BUILT_IN_ROLES, ...(programme.roles ?? []).map((r) => r.role)];
    known = { roles, byKey: new Map(roles.map((r) => [r.toLowerCase(), r])) };
    cache.set(programme, known);
  }
  return known;
}

/** Every role a case file may name, built-in first, then programme.yaml's in its order. */
export function knownRoles(programme: Programme): readonly Role[] {
  return rolesOf(programme).roles;
}

export function roleLabel(role: Role, programme: Programme, names: { force: string; inspectorate: string }): string {
  if (role === SELF) return names.force;
  if (role === INDEPENDENT) return names.inspectorate;
  return programme.roles?.find((r) => r.role === role)?.label ?? role;
}

/** A role as written in a file (any case) to its id, or undefined when the programme has no such role. */
export function parseRole(raw: string, programme: Programme): Role | undefined {
  const { byKey } = rolesOf(programme);
  // Most files write the id as it is: look it up before normalising.
  return byKey.get(raw) ?? byKey.get(raw.trim().toLowerCase());
}
