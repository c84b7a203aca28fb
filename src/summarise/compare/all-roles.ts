// `compare --all-roles`: every assessor role on the same cases at once. Krippendorff's alpha over
// all of them (ordinal and interval metrics, missing assessments allowed) with a seeded case
// bootstrap interval, and each two roles' agreement and Cohen's kappa with its Fleiss-Cohen-Everitt
// interval: the statistics library's functions (krippendorff.ts, krippendorff-bootstrap.ts,
// kappa-variance.ts) over the cases graded by two roles or more. Pure.
import type { Accounting } from '../../domain/accounting.js';
import type { AssembledCase, Role, RoleLabel } from '../../domain/assessment.js';
import type { CriteriaIdentity } from '../../domain/criteria-identity.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { Fold } from '../../domain/fold.js';
import { scaleOf } from '../../domain/programme.js';
import { knownRoles } from '../../domain/roles.js';
import type { Scale } from '../../domain/scale.js';
import { alphaFigures, type AlphaFigure } from './all-roles-alpha.js';
import { pairFigures, type PairFigure } from './all-roles-pairs.js';

/** The bootstrap behind alpha's interval: fixed, so the same files always give the same interval. */
const ALL_ROLES_BOOTSTRAP = { resamples: 1000, seed: 2026, level: 0.95 } as const;

export interface AllRolesModel {
  scale: Scale;
  force: string;
  inspectorate: string;
  /** The roles that graded any of the cases compared, in the programme's order. */
  roles: RoleLabel[];
  /** Cases graded by two roles or more: the cases compared. */
  n: number;
  /** Grades given to those cases. */
  assessments: number;
  alpha: { ordinal: AlphaFigure; interval: AlphaFigure };
  pairs: PairFigure[];
  bootstrap: typeof ALL_ROLES_BOOTSTRAP;
  totals: Accounting;
  criteriaSet: CriteriaIdentity;
}

/** Per case compared, each role's grade as a scale step (best highest), -1 where that role gave none. */
interface AllRolesState {
  steps: number[];
}

export class AllRolesFold implements Fold<AllRolesState> {
  private readonly roles: readonly Role[];
  private readonly scale: Scale;
  private steps: number[] = [];

  constructor(private readonly criteria: CriteriaSet) {
    this.roles = knownRoles(criteria.programme);
    this.scale = scaleOf(criteria.programme);
  }

  add(c: AssembledCase): void {
    const row = this.roles.map((role) => {
      const grade = c.assessments.get(role)?.grade ?? null;
      return grade === null ? -1 : this.scale.rank(grade);
    });
    // A case one role graded has nothing to agree with: it is in no comparison.
    if (row.filter((s) => s >= 0).length >= 2) this.steps.push(...row);
  }

  state(): AllRolesState {
    return { steps: this.steps };
  }

  merge(later: AllRolesState): void {
    for (const s of later.steps) this.steps.push(s);
  }

  finish(totals: Accounting, names: { force: string; inspectorate: string }, label: (role: Role) => string): AllRolesModel {
    const width = this.roles.length;
    const cases: (number | null)[][] = [];
    for (let i = 0; i < this.steps.length; i += width) cases.push(this.steps.slice(i, i + width).map((s) => (s < 0 ? null : s)));
    // Only the roles that graded some case compared: a declared role nobody used is no column.
    const used = this.roles.map((_, r) => cases.some((row) => row[r] !== null));
    const columns = this.roles.flatMap((role, r) => (used[r] ? [{ role, r }] : []));
    const data = cases.map((row) => columns.map(({ r }) => row[r]!));
    const roles = columns.map(({ role }) => ({ role, label: label(role) }));
    return {
      scale: this.scale,
      ...names,
      roles,
      n: data.length,
      assessments: data.reduce((s, row) => s + row.filter((v) => v !== null).length, 0),
      alpha: alphaFigures(data, ALL_ROLES_BOOTSTRAP),
      pairs: pairFigures(data, roles, this.scale.size),
      bootstrap: ALL_ROLES_BOOTSTRAP,
      totals,
      criteriaSet: this.criteria.identity,
    };
  }
}
