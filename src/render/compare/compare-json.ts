// `compare --format json`: the contract's `compare` object, in its key order, then the extras.
import type { RenderOptions } from '../options.js';
import { sharingJson } from '../../domain/sharing.js';
import { jsonPieces } from '../json-pieces.js';
import type { BetweenModel } from '../../summarise/compare/between-model.js';
import { STEPS, type CriterionCalibration } from '../../summarise/compare/calibration.js';
import type { CompareModel, Disagreement } from '../../summarise/compare/compare-model.js';
import type { Scale } from '../../domain/scale.js';
import type { AgreementFigures } from '../../summarise/compare/agreement-figures.js';

/** Issue 26's figures: the contract's keys in its order, then the extras (AC2, the indexes, why a figure is null). */
const figures = (f: AgreementFigures) => ({
  bias: f.bias,
  marginalHomogeneity: f.marginalHomogeneity,
  symmetry: f.symmetry,
  kappaInterval: f.kappaInterval,
  weightedKappaInterval: f.weightedKappaInterval,
  ac1: f.ac1,
  brennanPrediger: f.brennanPrediger,
  ac2: f.ac2,
  prevalenceBias: f.prevalenceBias,
  undefinedBecause: f.undefinedBecause,
});

/** Three grades keep the 2017 `twoApart`; any other scale gives `apart`, every distance from "1" to "k-1". */
const gaps = (scale: Scale, d: Pick<Disagreement, 'twoApart' | 'apart'>) =>
  scale.size === 3 ? { twoApart: d.twoApart } : { apart: d.apart };

export function compareJsonValue(m: CompareModel) {
  const base = {
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
      ...gaps(m.scale, t),
      kappa: t.kappa,
      ...figures(t),
    })),
    // The criteria identity: `criteria` is the contract's calibration list under --between.
    criteriaSet: m.criteriaSet,
    ...figures(m),
    // Not in the contract: added for readers of the JSON.
    force: m.force,
    inspectorate: m.inspectorate,
    agreed: m.agreed,
    ...gaps(m.scale, m),
    kappaBand: m.kappaBand,
    weights: m.weights,
    weightedKappaBand: m.weightedKappaBand,
    selfTotals: m.selfTotals,
    independentTotals: m.independentTotals,
    totals: m.totals,
    ...(m.byValue
      ? {
          by: m.byValue.by,
          byValue: m.byValue.values.map((v) => ({
            value: v.value,
            n: v.n,
            exactAgreement: v.exactAgreement,
            higher: v.selfHigher,
            lower: v.selfLower,
            kappa: v.kappa,
            agreed: v.agreed,
            ...gaps(m.scale, v),
            ...figures(v),
          })),
        }
      : {}),
  };
  return m.between ? { ...base, ...betweenJsonValue(m, m.between) } : base;
}

/** With partly met: the 3x3 keyed by A's finding then B's, in met / partly / unmet order. */
function partlyJson(k: CriterionCalibration) {
  const p = k.partly!;
  const row = (i: number) => Object.fromEntries(STEPS.map((b, j) => [b, p.matrix[i]![j]!]));
  return {
    criterion: k.criterion,
    type: k.type,
    n: k.n,
    matrix: Object.fromEntries(STEPS.map((a, i) => [a, row(i)])),
    agreement: k.agreement,
    kappa: k.kappa,
    weightedKappa: p.weightedKappa,
    weights: 'linear',
    aBetter: p.aHigher,
    bBetter: p.bHigher,
    aSteps: p.aSteps,
    bSteps: p.bSteps,
  };
}

/** The contract's --between keys (`higher`/`lower` are `selfHigher`/`selfLower` by their general names), then extras. */
function betweenJsonValue(m: CompareModel, b: BetweenModel) {
  const c = b.calibration;
  return {
    between: [b.a.role, b.b.role],
    higher: m.selfHigher,
    lower: m.selfLower,
    criteria: c.criteria.map((k) =>
      k.partly
        ? partlyJson(k)
        : {
            criterion: k.criterion,
            type: k.type,
            n: k.n,
            bothMet: k.bothMet,
            aMetBUnmet: k.aMetBUnmet,
            aUnmetBMet: k.aUnmetBMet,
            bothUnmet: k.bothUnmet,
            agreement: k.agreement,
            kappa: k.kappa,
          },
    ),
    ...(b.byAuditor
      ? {
          byAuditor: b.byAuditor.map((r) => ({
            auditor: r.auditor,
            n: r.n,
            exactAgreement: r.exactAgreement,
            agreementInterval: r.agreementInterval,
            higher: r.higher,
            lower: r.lower,
            kappa: r.kappa,
            agreed: r.agreed,
            ...gaps(m.scale, r),
            kappaBand: r.kappaBand,
            ...figures(r),
            differMost: r.differMost,
          })),
          auditorsToReview: b.auditorsToReview,
        }
      : {}),
    // Not in the contract: the labels headings use, and the calibration's one-line cases.
    labels: { a: b.a.label, b: b.b.label },
    recordedNoFindings: [...(c.aRecordedNoFindings ? [b.a.role] : []), ...(c.bRecordedNoFindings ? [b.b.role] : [])],
    aMoreGenerous: c.aMoreGenerous.map((k) => k.criterion),
    bMoreGenerous: c.bMoreGenerous.map((k) => k.criterion),
  };
}

/** In pieces: the calibration's lists grow with the cases (src/render/json-pieces.ts). */
export function compareJson(m: CompareModel, options?: RenderOptions): Iterable<string> {
  return jsonPieces({ ...compareJsonValue(m), ...sharingJson(options?.sharing) });
}
