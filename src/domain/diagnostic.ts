// One problem type for the whole tool, collected as data and never thrown across the core.

type DiagnosticSeverity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the problem is about the whole file. */
  line: number;
  col?: number;
  /** Workbook inputs: the sheet read; `line` is then the row number and `col` the column (1 = A). */
  sheet?: string;
  severity: DiagnosticSeverity;
  /** A stable kebab-case id (`unknown-column`, `invalid-finding`...). */
  rule: string;
  message: string;
}

export function error(file: string, line: number, rule: string, message: string, col?: number): Diagnostic {
  // Stryker disable next-line ConditionalExpression: equivalent, `col: undefined` reads and prints as no column
  return col === undefined ? { file, line, severity: 'error', rule, message } : { file, line, col, severity: 'error', rule, message };
}

export function warning(file: string, line: number, rule: string, message: string, col?: number): Diagnostic {
  // Stryker disable next-line ConditionalExpression: equivalent, `col: undefined` reads and prints as no column
  return col === undefined ? { file, line, severity: 'warning', rule, message } : { file, line, col, severity: 'warning', rule, message };
}

/** A rejected row as the JSON outputs list it: the sheet and cell column only for workbook rows. */
export function rejectedEntry(d: Diagnostic): { file: string; line: number; sheet?: string; col?: number; message: string } {
  return d.sheet === undefined
    ? { file: d.file, line: d.line, message: d.message }
    : { file: d.file, line: d.line, sheet: d.sheet, col: d.col, message: d.message };
}

/** An error about a record, at its source (which carries the sheet of a workbook row). */
export function errorAt(at: { file: string; line: number; sheet?: string }, rule: string, message: string): Diagnostic {
  const d = error(at.file, at.line, rule, message);
  // Stryker disable next-line ConditionalExpression: equivalent, `sheet: undefined` reads and prints as no sheet (placeText, rejectedEntry, JSON)
  return at.sheet === undefined ? d : { ...d, sheet: at.sheet };
}

/** Where a problem is, as printed: `file:line[:col]`, or `book.xlsx:Sheet!C14` for a workbook cell. */
export function placeText(at: { file: string; line: number; col?: number; sheet?: string }): string {
  if (at.sheet === undefined) {
    if (at.line <= 0) return at.file;
    return at.col === undefined ? `${at.file}:${at.line}` : `${at.file}:${at.line}:${at.col}`;
  }
  // Excel's own reference syntax: a cell (Cases!C14), or a whole row (Cases!14:14).
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(at.sheet) ? at.sheet : `'${at.sheet.replaceAll("'", "''")}'`;
  if (at.line <= 0) return `${at.file}:${sheet}`;
  return `${at.file}:${sheet}!${at.col === undefined ? `${at.line}:${at.line}` : `${columnLetters(at.col)}${at.line}`}`;
}

/** 1 -> A, 27 -> AA: spreadsheet column names. */
export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
