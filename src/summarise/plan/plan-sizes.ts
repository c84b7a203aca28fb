// `case-audit plan`: how many cases to dip, in all and per case type, for one goal. The sizes are
// the statistics library's (src/statistics/sample-size.ts); this only applies them to the register's
// case types. A share or agreement takes the finite-population correction where a register gives
// the number of cases (the whole register for "in all", each type's own for that type); a change
// between rounds is a number per round, the same for every type (the library has no correction
// for it), so a type with fewer cases than that is flagged.
import type { Accounting } from '../../domain/accounting.js';
import type { CaseType } from '../../domain/types.js';
import { sampleForAgreement, sampleForChange, sampleForShare, type SampleSize } from '../../statistics/sample-size.js';

export type PlanGoal =
  | { kind: 'share'; margin: number; share: number; level: number }
  | { kind: 'agreement'; margin: number; agreement: number; level: number }
  | { kind: 'change'; from: number; change: number; power: number; level: number };

interface TypePlan {
  type: string;
  title: string;
  /** Cases of this type in the register; null without one. */
  population: number | null;
  n: number;
  /** The method in words, with this type's finite-population correction. */
  method: string;
  /** A change goal needing more cases per round than the type has. */
  short: boolean;
}

export interface PlanModel {
  goal: PlanGoal;
  method: string;
  /** In all: for one estimate over every case (or per round, for a change). */
  n: number;
  /** Cases in the register; null without one. */
  population: number | null;
  perType: TypePlan[];
  /** The register's accounting; null without one. */
  register: Accounting | null;
}

function size(goal: PlanGoal, population: number | null): SampleSize {
  const at = population === null ? {} : { population };
  if (goal.kind === 'share') return sampleForShare({ margin: goal.margin, share: goal.share, level: goal.level, ...at });
  if (goal.kind === 'agreement') return sampleForAgreement({ margin: goal.margin, agreement: goal.agreement, level: goal.level, ...at });
  return sampleForChange({ from: goal.from, change: goal.change, power: goal.power, level: goal.level });
}

/** `sizes`: the register's cases per type id, or null where no register was given. */
export function planSizes(
  goal: PlanGoal,
  types: readonly CaseType[],
  sizes: ReadonlyMap<string, number> | null,
  register: Accounting | null,
): PlanModel {
  const population = sizes === null ? null : types.reduce((s, t) => s + (sizes.get(t.id) ?? 0), 0);
  const all = size(goal, population);
  const perType = types.map((t): TypePlan => {
    const cases = sizes === null ? null : (sizes.get(t.id) ?? 0);
    const { n, method } = size(goal, cases);
    return { type: t.id, title: t.title, population: cases, n, method, short: goal.kind === 'change' && cases !== null && n > cases };
  });
  return { goal, method: all.method, n: all.n, population, perType, register };
}
