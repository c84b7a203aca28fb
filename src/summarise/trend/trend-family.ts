// The verdicts `trend` shows, taken as one family (issue 26, item 5): each change between
// consecutive rounds, the first round against the last, a trend test per grade across all rounds
// and each area's change. Tested one by one at 95%, some of m verdicts call a "change" by chance
// alone (31% of data sets over four rounds of 32 cases); so each is made at 1 - 0.05/m
// (Bonferroni, statistics/simultaneous.ts), which holds the chance of any false "change" to 5%
// however the verdicts are related. `--per-comparison` makes each at 95% on its own. Pure.
import type { Scale } from '../../domain/scale.js';
import { trendPerGrade } from '../../statistics/cochran-armitage.js';
import { chiSquareIndependence } from '../../statistics/independence.js';
import { bonferroni, perComparison } from '../../statistics/simultaneous.js';
import { Z95 } from '../../statistics/wilson.js';
import type { AreaChange, CaseMix, ShareChange, TrendAdjustment, TrendArea, TrendChange, TrendRound, TrendTestRow } from './trend-model.js';
import { areaChanges, firstLastChanges, roundChanges } from './trend-rounds.js';

export interface TrendVerdicts {
  changes: TrendChange[];
  firstLast: TrendChange[];
  trendTests: TrendTestRow[];
  areaChanges?: AreaChange[];
  adjustment: TrendAdjustment;
}

/** Each interval's level for `verdicts` verdicts: Bonferroni unless per-comparison was asked for (or there is one). */
function adjustmentFor(verdicts: number, perComparisonAsked: boolean): TrendAdjustment {
  const a = perComparisonAsked || verdicts === 0 ? perComparison() : bonferroni(verdicts);
  return { method: a.method, comparisons: verdicts, level: a.level, z: a.z, perComparison: perComparisonAsked };
}

/** Every verdict trend shows, made at the level that holds them all to 95% together (or each at 95%). */
export function trendVerdicts(
  rounds: readonly TrendRound[],
  areas: readonly TrendArea[] | undefined,
  scale: Scale,
  perComparisonAsked: boolean,
): TrendVerdicts {
  // Whether a change can be compared (both rounds have cases) does not depend on z: count at 95%.
  const made = (z: number) => ({
    changes: roundChanges(rounds, scale, z),
    firstLast: firstLastChanges(rounds, scale, z),
    ...(areas ? { areaChanges: areaChanges(areas, z) } : {}),
  });
  const tests = rounds.length < 3 ? [] : trendPerGrade(rounds.map((r) => scale.ids.map((g) => r.counts[g]!)));
  const first = made(Z95);
  const compared = (list: readonly ShareChange[] = []) => list.filter((c) => c.verdict !== 'not comparable').length;
  const verdicts =
    compared(first.changes) + compared(first.firstLast) + compared(first.areaChanges) + tests.filter((t) => t.test.value).length;
  const adjustment = adjustmentFor(verdicts, perComparisonAsked);
  const alpha = 1 - adjustment.level;
  return {
    ...(adjustment.z === Z95 ? first : made(adjustment.z)),
    trendTests: tests.map(({ grade, test }): TrendTestRow => {
      const g = scale.ids[grade]!;
      if (test.value === null)
        return { grade: g, statistic: null, p: null, direction: null, significant: false, verdict: 'not testable', reason: test.reason };
      const direction = test.value.z > 0 ? 'rising' : 'falling';
      const significant = test.value.p < alpha;
      return {
        grade: g,
        statistic: test.value.statistic,
        p: test.value.p,
        direction,
        significant,
        verdict: significant ? direction : 'no clear trend',
        reason: null,
      };
    }),
    adjustment,
  };
}

/** The case-type x round chi-square over the graded cases (rows: types, columns: rounds). */
export function caseMix(table: readonly (readonly number[])[]): CaseMix | null {
  const test = chiSquareIndependence(table);
  if (test.value === null) return null;
  const { statistic, df, p } = test.value;
  return { statistic, df, p, differs: p < 0.05 };
}

/** A p value as printed: three places, "<0.001" below that. */
export function pValueText(p: number): string {
  return p < 0.0005 ? '<0.001' : p.toFixed(3);
}

const levelText = (level: number) => `${Number((level * 100).toFixed(2))}%`;

/** What a change's interval means, under every table of changes. */
export function intervalMeaning(a: TrendAdjustment, single: string): string {
  const called =
    'A "change" is called only where its interval excludes 0; where it includes 0 the difference may be chance ("no clear change").';
  const verdicts = a.comparisons === 1 ? '1 verdict' : `${a.comparisons} verdicts`;
  if (a.perComparison) {
    const many = a.comparisons > 1 ? `: taken one at a time, so across the ${verdicts} shown some may read "change" by chance alone` : '';
    return `Each change has an unadjusted 95% interval (Newcombe), as --per-comparison asks${many}. ${called}`;
  }
  if (a.method === 'none') return single;
  return `Each change has a ${levelText(a.level)} interval (Newcombe), so that the ${verdicts} shown hold 95% together (Bonferroni): the chance that any of them calls a "change" where there is none is at most 5%. ${called} --per-comparison gives unadjusted 95% intervals.`;
}
