// `compare --format csv`: tidy long form. The matrix as one row per cell (row = the force's grade,
// column = the inspectorate's), then each statistic as a row, overall and per case type; with
// --between, the roles, each criterion's calibration counts and each auditor's agreement after them.
import type { CompareModel, Disagreement } from '../../summarise/compare/compare.js';
import type { BetweenModel } from '../../summarise/compare/between-model.js';
import { STEPS, type CriterionCalibration } from '../../summarise/compare/calibration.js';
import { csvDocument, type Cell } from '../../text/csv.js';
import type { Scale } from '../../domain/scale.js';
import { apartCount, distances } from './compare-layout.js';

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
    ];
    rows.push(...cells.map(([column, value]): Cell[] => ['by_auditor', 'all', r.auditor, column, value]));
  }
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
  for (const t of m.byType) rows.push(...disagreementRows(m.scale, t.type, t));
  // --by: the same statistics per value, in `case_type` as "<column>=<value>".
  for (const v of m.byValue?.values ?? []) {
    const key = `${m.byValue!.by}=${v.value}`;
    rows.push(...disagreementRows(m.scale, key, v), ['statistic', key, 'kappa', null, v.kappa]);
  }
  if (m.between) rows.push(...betweenRows(m, m.between));
  return csvDocument(COMPARE_CSV_HEADER, rows);
}
