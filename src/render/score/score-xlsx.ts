// `score --format xlsx`: a front sheet with the accounting, then one row per case (one per
// assessment on long-form input) with the same columns as the CSV listing (ids as text, booleans
// as yes/no).
import { workbookBytes } from '../xlsx/write-book.js';
import { SCORE_CSV_HEADER, scoreCsvRow, type ScoreModel } from './score-formats.js';
import { ASSESSMENT_CSV_HEADER, assessmentCsvRow } from './score-assessments.js';
import { frontSheet, textColumn } from '../xlsx/xlsx-kit.js';

const WIDE = new Set(['unmet', 'missing']);
const columnsOf = (header: readonly string[]) => header.map((h) => textColumn(h, WIDE.has(h) ? 40 : Math.max(12, h.length + 2)));

export async function scoreXlsx(model: ScoreModel): Promise<Uint8Array> {
  const cases = model.assessments
    ? { name: 'Assessments', columns: columnsOf(ASSESSMENT_CSV_HEADER), rows: model.assessments.map(assessmentCsvRow) }
    : { name: 'Cases', columns: columnsOf(SCORE_CSV_HEADER), rows: model.cases.map((c) => scoreCsvRow(c)) };
  return workbookBytes([frontSheet('Scored cases', [], model.accounting, model.criteria), cases]);
}
