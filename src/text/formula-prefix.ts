// Our CSV exports neutralise a cell that a spreadsheet would run as a formula (`=1+1`, `+44...`,
// `@SUM`, or one starting with tab, CR or LF) by writing a `'` before it; a value that already
// starts with `'` and then such a character gets one more, so every value round-trips. Reading a
// form back strips exactly that one `'`; any other `'` stays.
const FORMULA_LIKE = /^'*[=+\-@\t\r\n]/;

/** Whether an export writes a `'` before this text cell. */
export function needsFormulaPrefix(cell: string): boolean {
  return FORMULA_LIKE.test(cell);
}

export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_LIKE.test(cell.slice(1)) ? cell.slice(1) : cell;
}
