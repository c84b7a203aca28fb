// `compare --format csv`: tidy long form. The matrix as one row per cell (row = the force's grade,
// column = the inspectorate's), then each statistic as a row, overall and per case type; with
// --between, the roles, each criterion's calibration counts and each auditor's agreement after them.
import type { CompareModel, Disagreement } from '../../summarise/compare/compare-model.js';
import type { BetweenModel } from '../../summarise/compare/between-model.js';
import { STEPS, type CriterionCalibration } from '../../summarise/compare/calibration.js';
import { csvDocument, type Cell } from '../../text/csv.js';
import type { Scale } from '../../domain/scale.js';
import { apartCount, distances } from './compare-layout.js';
import type { AgreementFigures } from '../../summarise/compare/agreement-figures.js';

/** Issue 26's figures as name/value pairs (a null where undefined); per grade the two indexes. */
function figureCells(f: AgreementFigures, weights: string): Array<[string, Cell, string | null]> {
  const b = f.bias;
  const test = (name: string, t: AgreementFigures['symmetry']): Array<[string, Cell, null]> => [
    [`${name}_statistic`, t?.statistic ?? null, null],
    [`${name}_df`, t?.df ?? null, null],
    [`${name}_p`, t?.p ?? null, null],
  ];
  const coefficient = (name: string, c: AgreementFigures['ac1']): Array<[string, Cell, null]> => [
    [name, c?.value ?? null, null],
    [`${name}_lo`, c?.interval[0] ?? null, null],
    [`${name}_hi`, c?.interval[1] ?? null, null],
  ];
  return [
    ['net', b?.net ?? null, null],
    ['net_lo', b?.netInterval[0] ?? null, null],
    ['net_hi', b?.netInterval[1] ?? null, null],
    ['mean_difference', b?.meanDifference ?? null, null],
    ['mean_difference_lo', b?.meanDifferenceInterval?.[0] ?? null, null],
    ['mean_difference_hi', b?.meanDifferenceInterval?.[1] ?? null, null],
    ...test('marginal_homogeneity', f.marginalHomogeneity),
    ...test('symmetry', f.symmetry),
    ['kappa_lo', f.kappaInterval?.[0] ?? null, null],
    ['kappa_hi', f.kappaInterval?.[1] ?? null, null],
    [`weighted_kappa_${weights}_lo`, f.weightedKappaInterval?.[0] ?? null, null],
    [`weighted_kappa_${weights}_hi`, f.weightedKappaInterval?.[1] ?? null, null],
    ...coefficient('ac1', f.ac1),
    ...coefficient(`ac2_${weights}`, f.ac2),
    ...coefficient('brennan_prediger', f.brennanPrediger),
    ...(f.prevalenceBias ?? []).flatMap((g): Array<[string, Cell, string]> => [
      ['prevalence_index', g.prevalenceIndex, g.grade],
      ['bias_index', g.biasIndex, g.grade],
    ]),
  ];
}

/** The figures as `statistic` rows of a scope ("all", a type, "<column>=<value>"). */
const figureRows = (scope: string, f: AgreementFigures, weights: string): Cell[][] =>
  figureCells(f, weights).map(([name, value, grade]) =>
    grade === null ? ['statistic', scope, name, null, value] : ['statistic', scope, name, grade, value],
  );

const COMPARE_CSV_HEADER = ['section', 'case_type', 'row', 'column', 'value'];

/** Three grades keep the 2017 `two_apart`; other scales name each distance (`apart_1`, `apart_2`, ..). */
const apartName = (scale: Scale, distance: number) => (scale.size === 3 ? 'two_apart' : `apart_${distance}`);

function disagreementRows(scale: Scale, type: string, d: Disagreement): Cell[][] {
  return [
    ['statistic', type, 'n', null, d.n],
    ['statistic', type, 'agreed', null, d.agreed],
    ['statistic', type, 'exact_agreement', null, d.exactAgreement],
    ['statistic', type, 'self_higher', null, d.selfHigher],
    ['statistic', type, 'self_lower', null, d.selfLower],
    ...distances(scale).map((distance): Cell[] => ['statistic', type, apartName(scale, distance), null, apartCount(d, distance)]),
  ];
}

/** `--between`: the roles, then per criterion its counts, then per auditor (same five columns). */
function betweenRows(m: CompareModel, b: BetweenModel): Cell[][] {
  const c = b.calibration;
  const rows: Cell[][] = [
    ['between', 'all', 'a', null, b.a.role],
    ['between', 'all', 'b', null, b.b.role],
    ['statistic', 'all', 'higher', null, m.selfHigher],
    ['statistic', 'all', 'lower', null, m.selfLower],
  ];
  if (c.aRecordedNoFindings) rows.push(['calibration', 'all', 'no_findings', null, b.a.role]);
  if (c.bRecordedNoFindings) rows.push(['calibration', 'all', 'no_findings', null, b.b.role]);
  for (const k of c.criteria) {
    if (k.partly) {
      rows.push(...partlyRows(k).map(([column, value]): Cell[] => ['calibration', k.type, k.criterion, column, value]));
      continue;
    }
    const cells: Array<[string, Cell]> = [
      ['n', k.n],
      ['both_met', k.bothMet],
      ['a_met_b_unmet', k.aMetBUnmet],
      ['a_unmet_b_met', k.aUnmetBMet],
      ['both_unmet', k.bothUnmet],
      ['agreement', k.agreement],
      ['kappa', k.kappa],
    ];
    rows.push(...cells.map(([column, value]): Cell[] => ['calibration', k.type, k.criterion, column, value]));
  }
  for (const r of b.byAuditor ?? []) {
    const [lo, hi] = r.agreementInterval;
    const cells: Array<[string, Cell]> = [
      ['n', r.n],
      ['agreed', r.agreed],
      ['exact_agreement', r.exactAgreement],
      ['agreement_lo', lo],
      ['agreement_hi', hi],
      ['higher', r.higher],
      ['lower', r.lower],
      ['kappa', r.kappa],
      ...figureCells(r, m.weights).map(([name, value, grade]): [string, Cell] => [grade === null ? name : `${name}_${grade}`, value]),
      ...r.differMost.map((d, i): [string, Cell] => [`differ_most_${i + 1}`, `${d.criterion} (${d.type}): ${d.differ} of ${d.n}`]),
    ];
    rows.push(...cells.map(([column, value]): Cell[] => ['by_auditor', 'all', r.auditor, column, value]));
  }
  for (const r of b.auditorsToReview ?? []) rows.push(['by_auditor', 'all', r.auditor, 'review', r.reason]);
  return rows;
}

/** With partly met: the 3x3 as `a_<finding>_b_<finding>` cells, then agreement and both kappas. */
function partlyRows(k: CriterionCalibration): Array<[string, Cell]> {
  const p = k.partly!;
  return [
    ['n', k.n],
    ...STEPS.flatMap((a, i) => STEPS.map((b, j): [string, Cell] => [`a_${a}_b_${b}`, p.matrix[i]![j]!])),
    ['agreement', k.agreement],
    ['kappa', k.kappa],
    ['weighted_kappa_linear', p.weightedKappa],
    ['a_better', p.aHigher],
    ['b_better', p.bHigher],
    ['a_steps', p.aSteps],
    ['b_steps', p.bSteps],
  ];
}

export function compareCsv(m: CompareModel): string {
  const rows: Cell[][] = [];
  for (const r of m.scale.ids) for (const c of m.scale.ids) rows.push(['matrix', 'all', r, c, m.matrix[r]![c]!]);
  rows.push(...disagreementRows(m.scale, 'all', m));
  rows.push(['statistic', 'all', 'kappa', null, m.kappa], ['statistic', 'all', `weighted_kappa_${m.weights}`, null, m.weightedKappa]);
  rows.push(...figureRows('all', m, m.weights));
  for (const t of m.byType)
    rows.push(...disagreementRows(m.scale, t.type, t), ['statistic', t.type, 'kappa', null, t.kappa], ...figureRows(t.type, t, m.weights));
  // --by: the same statistics per value, in `case_type` as "<column>=<value>".
  for (const v of m.byValue?.values ?? []) {
    const key = `${m.byValue!.by}=${v.value}`;
    rows.push(...disagreementRows(m.scale, key, v), ['statistic', key, 'kappa', null, v.kappa], ...figureRows(key, v, m.weights));
  }
  if (m.between) rows.push(...betweenRows(m, m.between));
  return csvDocument(COMPARE_CSV_HEADER, rows);
}
