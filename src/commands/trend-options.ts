// `trend`'s own options: --role, --between A,B and --order r1,r2,... checked against the programme's
// roles; a bad one is a usage error (exit 2) that names what is accepted.
import { INDEPENDENT, type Role } from '../domain/assessment.js';
import type { CriteriaSet } from '../domain/criteria-set.js';
import { didYouMean } from '../text/did-you-mean.js';
import { UsageError } from '../domain/errors.js';
import { knownRoles, parseRole } from '../domain/roles.js';
import { quote } from '../text/escape.js';

export interface TrendOptions {
  role?: string;
  between?: string;
  order?: string;
  perComparison?: boolean;
}

function role(flag: string, raw: string, criteria: CriteriaSet): Role {
  const found = parseRole(raw, criteria.programme);
  if (found) return found;
  const roles = knownRoles(criteria.programme);
  throw new UsageError(
    `${flag}: no role ${quote(raw)}${didYouMean(raw.trim(), roles)}; the roles are ${roles.join(', ')} (programme.yaml may declare more under roles:)`,
  );
}

/** A comma-separated list, each part trimmed; empty parts refused. */
function list(flag: string, raw: string, expected: string): string[] {
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.some((p) => p === '')) throw new UsageError(`${flag} takes ${expected}, got ${quote(raw)}`);
  return parts;
}

export function trendRequest(options: TrendOptions, criteria: CriteriaSet): { role: Role; between: [Role, Role] | null; order?: string[] } {
  const shown = role('--role', options.role ?? INDEPENDENT, criteria);
  let between: [Role, Role] | null = null;
  if (options.between !== undefined) {
    const parts = list('--between', options.between, 'two roles, A,B (e.g. self,independent)');
    if (parts.length !== 2) throw new UsageError(`--between takes two roles, A,B (e.g. self,independent), got ${quote(options.between)}`);
    between = [role('--between', parts[0]!, criteria), role('--between', parts[1]!, criteria)];
    if (between[0] === between[1]) throw new UsageError(`--between takes two different roles, got ${quote(options.between)}`);
  }
  const order = options.order === undefined ? undefined : list('--order', options.order, 'the rounds in order, r1,r2,...');
  return { role: shown, between, ...(order ? { order } : {}) };
}
