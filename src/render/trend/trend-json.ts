// `trend --format json`: the contract's `trend` object, in its key order, then the extras. The
// contract's `criteria` is the per-criterion list, so the criteria identity is `criteriaSet` here.
import type { RenderOptions } from '../options.js';
import { sharingJson } from '../../domain/sharing.js';
import type { ShareChange, TrendArea, TrendChange, TrendModel } from '../../summarise/trend/trend-model.js';

/** An area in round i, keyed as `report` keys it. */
function roundArea(a: TrendArea, i: number) {
  const { applied, unmet, partly, share, interval, seriousCases } = a.rounds[i]!;
  return { area: a.area, title: a.title, criteria: a.criteria, applied, unmet, partly, share, interval, seriousCases };
}

/** A change's figures, after what changed (a grade, an area): the same keys in the same order for both. */
function changeFigures(c: ShareChange) {
  return {
    shareFrom: c.shareFrom,
    shareTo: c.shareTo,
    difference: c.difference,
    differenceInterval: c.differenceInterval,
    significant: c.significant,
    // Not in the contract:
    verdict: c.verdict,
    countFrom: c.countFrom,
    nFrom: c.nFrom,
    countTo: c.countTo,
    nTo: c.nTo,
  };
}

const gradeChange = (c: TrendChange) => ({ from: c.from, to: c.to, grade: c.grade, ...changeFigures(c) });

export function trendJsonValue(m: TrendModel) {
  const areas = m.areas;
  return {
    between: m.between ? [m.between[0].role, m.between[1].role] : null,
    rounds: m.rounds.map((r, i) => ({
      round: r.round,
      n: r.n,
      counts: r.counts,
      share: r.share,
      interval: r.interval,
      ...(r.gap ? { gap: r.gap } : {}),
      // Only where the programme declares areas: the report's `areas` for this round.
      ...(areas ? { areas: areas.map((a) => roundArea(a, i)) } : {}),
      // Not in the contract:
      ungraded: r.ungraded,
      caution: r.caution,
    })),
    changes: m.changes.map(gradeChange),
    byTable: m.byTable.map((t) => ({
      table: t.table,
      label: t.label,
      rounds: t.rounds.map((r) => ({ round: r.round, n: r.n, counts: r.counts })),
    })),
    criteria: m.criteria.map((c) => ({
      criterion: c.criterion,
      type: c.type,
      rounds: c.rounds.map((r) => ({ round: r.round, n: r.n, unmet: r.unmet, share: r.share })),
      unmetEveryRound: c.unmetEveryRound,
    })),
    ...(m.areaChanges
      ? {
          areaChanges: m.areaChanges.map((c) => ({ from: c.from, to: c.to, area: c.area, ...changeFigures(c) })),
        }
      : {}),
    adjustment: { method: m.adjustment.method, comparisons: m.adjustment.comparisons, level: m.adjustment.level },
    firstLast: m.firstLast.map(gradeChange),
    trendTests: m.trendTests.map((t) => ({
      grade: t.grade,
      statistic: t.statistic,
      p: t.p,
      // Not in the contract:
      significant: t.significant,
      verdict: t.verdict,
      reason: t.reason,
    })),
    // Not in the contract: added for readers of the JSON.
    criteriaSet: m.criteriaSet,
    role: m.role.role,
    force: m.force,
    mismatches: m.mismatches.map((x) => ({ criterion: x.criterion, type: x.type, round: x.round })),
    caseMix: m.caseMix,
    notes: m.notes,
    intervalMeaning: m.intervalMeaning,
    totals: m.totals,
  };
}

export function trendJson(m: TrendModel, options?: RenderOptions): string {
  return `${JSON.stringify({ ...trendJsonValue(m), ...sharingJson(options?.sharing) }, null, 2)}\n`;
}
