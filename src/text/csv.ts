// CSV for spreadsheets: RFC 4180 quoting, a UTF-8 BOM so Excel reads accents, and string cells
// that look like formulas neutralised (OWASP CSV injection). Numbers are never touched.

import { needsFormulaPrefix } from './formula-prefix.js';

export type Cell = string | number | boolean | null | undefined;

/** One cell's text (a line's cells are joined by commas). */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = needsFormulaPrefix(value) ? `'${value}` : value;
  return /[",\r\n;\t]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const BOM = '\ufeff';

export function csvDocument(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  let out = BOM + csvLine(header);
  for (const row of rows) out += csvLine(row);
  return out;
}
