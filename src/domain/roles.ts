// Assessor roles and the words tables print for them: `self` is the force, `independent` the
// inspectorate, any other role what programme.yaml calls it.
import { BUILT_IN_ROLES, INDEPENDENT, SELF, type Role } from './assessment.js';
import type { Programme } from './types.js';

/** Every role a case file may name, built-in first, then programme.yaml's in its order. */
export function knownRoles(programme: Programme): Role[] {
  return [...BUILT_IN_ROLES, ...(programme.roles ?? []).map((r) => r.role)];
}

export function roleLabel(role: Role, programme: Programme, names: { force: string; inspectorate: string }): string {
  if (role === SELF) return names.force;
  if (role === INDEPENDENT) return names.inspectorate;
  return programme.roles?.find((r) => r.role === role)?.label ?? role;
}

/** A role as written in a file (any case) to its id, or undefined when the programme has no such role. */
export function parseRole(raw: string, programme: Programme): Role | undefined {
  const key = raw.trim().toLowerCase();
  return knownRoles(programme).find((r) => r.toLowerCase() === key);
}
