// `compare --format json`: the contract's `compare` object, in its key order, then the extras.
import type { CompareModel } from '../../summarise/compare.js';

function compareJsonValue(m: CompareModel) {
  return {
    n: m.n,
    matrix: m.matrix,
    exactAgreement: m.exactAgreement,
    kappa: m.kappa,
    weightedKappa: m.weightedKappa,
    selfHigher: m.selfHigher,
    selfLower: m.selfLower,
    byType: m.byType.map((t) => ({
      type: t.type,
      n: t.n,
      exactAgreement: t.exactAgreement,
      selfHigher: t.selfHigher,
      selfLower: t.selfLower,
      agreed: t.agreed,
      twoApart: t.twoApart,
    })),
    // Not in the contract: added for readers of the JSON.
    force: m.force,
    inspectorate: m.inspectorate,
    agreed: m.agreed,
    twoApart: m.twoApart,
    kappaBand: m.kappaBand,
    weights: m.weights,
    weightedKappaBand: m.weightedKappaBand,
    selfTotals: m.selfTotals,
    independentTotals: m.independentTotals,
    totals: m.totals,
    ...(m.byValue ? { by: m.byValue.by, byValue: m.byValue.values.map((v) => ({ value: v.value, n: v.n, exactAgreement: v.exactAgreement, higher: v.selfHigher, lower: v.selfLower, kappa: v.kappa, agreed: v.agreed, twoApart: v.twoApart })) } : {}),
  };
}

export function compareJson(m: CompareModel): string {
  return `${JSON.stringify(compareJsonValue(m), null, 2)}\n`;
}
