// `compare --format csv`: tidy long form. The matrix as one row per cell (row = the force's grade,
// column = the inspectorate's), then each statistic as a row, overall and per case type.
import { GRADES } from '../../domain/grades.js';
import type { CompareModel, Disagreement } from '../../summarise/compare.js';
import { csvDocument, type Cell } from '../../text/csv.js';

const COMPARE_CSV_HEADER = ['section', 'case_type', 'row', 'column', 'value'];

function disagreementRows(type: string, d: Disagreement): Cell[][] {
  return [
    ['statistic', type, 'n', null, d.n],
    ['statistic', type, 'agreed', null, d.agreed],
    ['statistic', type, 'exact_agreement', null, d.exactAgreement],
    ['statistic', type, 'self_higher', null, d.selfHigher],
    ['statistic', type, 'self_lower', null, d.selfLower],
    ['statistic', type, 'two_apart', null, d.twoApart],
  ];
}

export function compareCsv(m: CompareModel): string {
  const rows: Cell[][] = [];
  for (const r of GRADES) for (const c of GRADES) rows.push(['matrix', 'all', r, c, m.matrix[r][c]]);
  rows.push(...disagreementRows('all', m));
  rows.push(['statistic', 'all', 'kappa', null, m.kappa], ['statistic', 'all', `weighted_kappa_${m.weights}`, null, m.weightedKappa]);
  for (const t of m.byType) rows.push(...disagreementRows(t.type, t));
  // --by: the same statistics per value, in `case_type` as "<column>=<value>".
  for (const v of m.byValue?.values ?? []) {
    const key = `${m.byValue!.by}=${v.value}`;
    rows.push(...disagreementRows(key, v), ['statistic', key, 'kappa', null, v.kappa]);
  }
  return csvDocument(COMPARE_CSV_HEADER, rows);
}
