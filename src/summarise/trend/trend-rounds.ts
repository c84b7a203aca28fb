// Round order and the per-round figures of `trend`: shares with Wilson intervals, bar cells, and the
// changes between rounds with Newcombe intervals at the normal quantile `z` the family of verdicts
// sets (trend-family.ts). Pure.
import { countTotal, type Grade, type GradeCounts } from '../../domain/grades.js';
import type { Scale } from '../../domain/scale.js';
import { largestRemainder } from '../../statistics/largest-remainder.js';
import { excludesZero, newcombe } from '../../statistics/newcombe.js';
import {
  BAR_CELLS,
  FEW,
  type AreaChange,
  type Caution,
  type ShareChange,
  type TrendArea,
  type TrendChange,
  type TrendRound,
} from './trend-model.js';
import { wilson } from '../../statistics/wilson.js';

const NO_ROUND_LABEL = '(no round named)';

export const roundLabel = (round: string | null) => round ?? NO_ROUND_LABEL;

const byGrade = <T>(scale: Scale, value: (g: Grade) => T) => Object.fromEntries(scale.ids.map((g) => [g, value(g)])) as Record<Grade, T>;

export const countsTotal = countTotal;

export type RoundOrder = { ok: true; rounds: Array<string | null> } | { ok: false; message: string };

/** The rounds as first met, or as `--order` lists them (which must name each round once). */
export function orderRounds(met: ReadonlyArray<string | null>, order?: readonly string[]): RoundOrder {
  if (!order) return { ok: true, rounds: [...met] };
  const names = met.map(roundLabel).join(', ');
  if (met.includes(null))
    return {
      ok: false,
      message: `--order: some cases name no round; give them one (a round column, a top-level round: key or --round) first`,
    };
  const seen = new Set<string>();
  for (const r of order) {
    if (seen.has(r)) return { ok: false, message: `--order names round ${JSON.stringify(r)} twice` };
    seen.add(r);
    if (!met.includes(r))
      return { ok: false, message: `--order names round ${JSON.stringify(r)}, which no case is in; the rounds read are: ${names}` };
  }
  const left = met.filter((r) => !seen.has(r as string));
  if (left.length)
    return { ok: false, message: `--order leaves out ${left.map((r) => JSON.stringify(r)).join(', ')}; name every round read: ${names}` };
  return { ok: true, rounds: [...order] };
}

function caution(n: number): Caution {
  return n === 0 ? 'none' : n < FEW ? 'few' : null;
}

/** A round's shares, intervals and bar from its grade counts. */
export function roundFigures(counts: GradeCounts, scale: Scale): Pick<TrendRound, 'n' | 'share' | 'interval' | 'caution' | 'bar'> {
  const n = countsTotal(counts);
  const cells = largestRemainder(
    scale.ids.map((g) => counts[g]!),
    BAR_CELLS,
  );
  return {
    n,
    share: byGrade(scale, (g) => (n === 0 ? null : counts[g]! / n)),
    interval: byGrade(scale, (g) => wilson(counts[g]!, n)),
    caution: caution(n),
    // largestRemainder gives 0 to every part of an empty round.
    bar: byGrade(scale, (g) => cells[scale.index(g)]!),
  };
}

/** One share in two rounds: the round, its total and the count the share is of. */
interface ShareAt {
  round: string | null;
  label: string;
  n: number;
  count: number;
}

/** A share in a round against an earlier one, with the Newcombe interval of the difference at `z`. */
function shareChange(a: ShareAt, b: ShareAt, z: number): ShareChange {
  const interval = newcombe(b.count, b.n, a.count, a.n, z);
  const comparable = interval !== null;
  const significant = comparable && excludesZero(interval);
  const share = (s: ShareAt) => (s.n === 0 ? null : s.count / s.n);
  const [shareFrom, shareTo] = [share(a), share(b)];
  return {
    from: a.round,
    to: b.round,
    fromLabel: a.label,
    toLabel: b.label,
    nFrom: a.n,
    nTo: b.n,
    countFrom: a.count,
    countTo: b.count,
    few: caution(a.n) === 'few' || caution(b.n) === 'few',
    shareFrom,
    shareTo,
    difference: comparable ? shareTo! - shareFrom! : null,
    differenceInterval: interval,
    significant,
    verdict: !comparable ? 'not comparable' : significant ? 'change' : 'no clear change',
  };
}

/** Round b against round a, per grade. */
function gradeChanges(a: TrendRound, b: TrendRound, scale: Scale, z: number): TrendChange[] {
  return scale.ids.map((grade) => {
    const at = (r: TrendRound): ShareAt => ({ round: r.round, label: r.label, n: r.n, count: r.counts[grade]! });
    return { ...shareChange(at(a), at(b), z), grade };
  });
}

/** Each round against the one before, per grade. */
export function roundChanges(rounds: readonly TrendRound[], scale: Scale, z: number): TrendChange[] {
  return rounds.slice(1).flatMap((b, i) => gradeChanges(rounds[i]!, b, scale, z));
}

/** Three rounds or more: the last round against the first, per grade (with two, roundChanges is that). */
export function firstLastChanges(rounds: readonly TrendRound[], scale: Scale, z: number): TrendChange[] {
  return rounds.length < 3 ? [] : gradeChanges(rounds[0]!, rounds.at(-1)!, scale, z);
}

/** Each round against the one before, per area: the share of its findings unmet (every area has every round). */
export function areaChanges(areas: readonly TrendArea[], z: number): AreaChange[] {
  const changes: AreaChange[] = [];
  const at = (r: TrendArea['rounds'][number]): ShareAt => ({ round: r.round, label: r.label, n: r.applied, count: r.unmet });
  const rounds = areas[0]?.rounds.length ?? 0;
  for (let i = 1; i < rounds; i++) {
    for (const area of areas) {
      changes.push({ ...shareChange(at(area.rounds[i - 1]!), at(area.rounds[i]!), z), area: area.area, title: area.title });
    }
  }
  return changes;
}
