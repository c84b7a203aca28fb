// `score --format xlsx`: a front sheet with the accounting, then one row per case with the same
// columns as the CSV listing (ids as text, booleans as yes/no).
import { workbookBytes } from '../xlsx/write-book.js';
import { SCORE_CSV_HEADER, scoreCsvRow, type ScoreModel } from './score.js';
import { frontSheet, textColumn } from './xlsx-kit.js';

export async function scoreXlsx(model: ScoreModel): Promise<Uint8Array> {
  const wide = new Set(['unmet', 'missing']);
  return workbookBytes([
    frontSheet('Scored cases', [], model.accounting),
    {
      name: 'Cases',
      columns: SCORE_CSV_HEADER.map((h) => textColumn(h, wide.has(h) ? 40 : Math.max(12, h.length + 2))),
      rows: model.cases.map((c) => scoreCsvRow(c)),
    },
  ]);
}
