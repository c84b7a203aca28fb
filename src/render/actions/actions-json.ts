// `actions --format json`: the contract's object in its key order, then the extras.
import type { ActionsModel } from '../../summarise/actions/actions-model.js';

export function actionsJsonValue(m: ActionsModel) {
  return {
    asOf: m.asOf,
    source: m.source,
    summary: m.summary,
    recommendations: m.recommendations.map((r) => ({
      id: r.id,
      status: r.status,
      due: r.due,
      overdue: r.overdue,
      owner: r.owner,
      criteria: r.criteria,
      areas: r.areas,
      rounds: r.rounds.map(({ round, n, applied, unmet, share, interval }) => ({ round, n, applied, unmet, share, interval })),
      change: r.change,
      verdict: r.verdict,
      mismatch: r.mismatch,
      // Not in the contract:
      text: r.text,
    })),
    // Not in the contract:
    headline: m.headline,
    adjustment: { method: m.adjustment.method, comparisons: m.adjustment.comparisons, level: m.adjustment.level },
    criteriaSet: m.criteriaSet,
    totals: m.totals,
  };
}

export function actionsJson(m: ActionsModel): string {
  return `${JSON.stringify(actionsJsonValue(m), null, 2)}\n`;
}
