// One round's counters for `trend`, and the figures read off them: the A-vs-B gap, re-audited
// cases between consecutive rounds, and whether a criterion was unmet in every round.
import { addCounts, type GradeCounts } from '../../domain/grades.js';
import type { Scale } from '../../domain/scale.js';
import { cohenKappa, emptyMatrix, type Matrix } from '../../statistics/kappa.js';
import { kappaFigure } from '../../statistics/rounding.js';
import type { RoundGap } from './trend-model.js';
import { wilson } from '../../statistics/wilson.js';
import { agreementFigures } from '../compare/agreement-figures.js';

export interface RoundTally {
  counts: GradeCounts;
  ungraded: number;
  byTable: Map<number, GradeCounts>;
  /** Graded cases per case type id: the mix of types, compared between rounds. */
  byType: Map<string, number>;
  /** Per criterion (flat index over the set): graded cases it applied to, and unmet. */
  applied: Uint32Array;
  unmet: Uint32Array;
  /** Any finding, any role: which criteria this round's files filled in. */
  found: Uint8Array;
  /** Case types this round holds. */
  types: Set<string>;
  ids: Set<string>;
  gap: { matrix: Matrix; higher: number; lower: number };
}

/** `criteria`: how many criteria the set has (the flat index's length). */
export function newTally(criteria: number, scale: Scale): RoundTally {
  return {
    counts: scale.emptyCounts(),
    ungraded: 0,
    byTable: new Map(),
    byType: new Map(),
    applied: new Uint32Array(criteria),
    unmet: new Uint32Array(criteria),
    found: new Uint8Array(criteria),
    types: new Set(),
    ids: new Set(),
    gap: { matrix: emptyMatrix(scale.ids), higher: 0, lower: 0 },
  };
}

/** A later part's tally of the same round added in (src/read/parts): counts added, sets joined, new keys after. */
export function mergeTally(into: RoundTally, later: RoundTally, scale: Scale): void {
  addCounts(into.counts, later.counts);
  into.ungraded += later.ungraded;
  for (const [table, counts] of later.byTable) {
    const mine = into.byTable.get(table);
    if (mine) addCounts(mine, counts);
    else into.byTable.set(table, counts);
  }
  for (const [type, n] of later.byType) into.byType.set(type, (into.byType.get(type) ?? 0) + n);
  later.applied.forEach((n, i) => (into.applied[i]! += n));
  later.unmet.forEach((n, i) => (into.unmet[i]! += n));
  later.found.forEach((f, i) => (into.found[i]! |= f));
  for (const type of later.types) into.types.add(type);
  for (const id of later.ids) into.ids.add(id);
  for (const a of scale.ids) for (const b of scale.ids) into.gap.matrix[a]![b]! += later.gap.matrix[a]![b]!;
  into.gap.higher += later.gap.higher;
  into.gap.lower += later.gap.lower;
}

/** Unmet in every round that checked it, and two or more did: a weakness that persists. */
export function everyRound(rounds: ReadonlyArray<{ n: number; unmet: number }>): boolean {
  const checked = rounds.filter((r) => r.n > 0);
  return checked.length >= 2 && checked.every((r) => r.unmet > 0);
}

export function gap(t: RoundTally, scale: Scale): RoundGap {
  const m = t.gap.matrix;
  let n = 0;
  let agreed = 0;
  const kappa = cohenKappa(m, scale.ids);
  for (const r of scale.ids) {
    agreed += m[r]![r]!;
    for (const c of scale.ids) n += m[r]![c]!;
  }
  return {
    n,
    agreed,
    exactAgreement: n === 0 ? null : agreed / n,
    agreementInterval: wilson(agreed, n),
    kappa,
    // The band of the figure as printed (two places), not of the unrounded kappa (issue 26 item 2).
    kappaBand: kappa === null ? null : kappaFigure(kappa).band,
    higher: t.gap.higher,
    lower: t.gap.lower,
    ...agreementFigures(m, scale.ids, 'linear'),
  };
}

/** Per consecutive pair of rounds: graded cases present in both (the samples overlap). */
export function reaudited(rounds: ReadonlyArray<{ label: string; ids: Set<string> }>): Array<{ from: string; to: string; cases: number }> {
  const out: Array<{ from: string; to: string; cases: number }> = [];
  for (let i = 1; i < rounds.length; i++) {
    const [a, b] = [rounds[i - 1]!, rounds[i]!];
    let cases = 0;
    for (const id of b.ids) if (a.ids.has(id)) cases++;
    if (cases > 0) out.push({ from: a.label, to: b.label, cases });
  }
  return out;
}
