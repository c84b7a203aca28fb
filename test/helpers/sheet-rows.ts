// A workbook's rows as the reader under test reads them (src/load/xlsx), for the layout tests.
import { forEachSheetRow } from '../../src/load/xlsx/read-sheet.js';

/** The cells of each row of the sheet `score` would read (or the named one), as text. */
export async function sheetRows(file: string, sheet?: string): Promise<string[][]> {
  const out: string[][] = [];
  await forEachSheetRow(file, sheet === undefined ? {} : { sheet }, (r) => void out.push(r.cells));
  return out;
}
