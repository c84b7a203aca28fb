// One problem type for the whole tool, collected as data and never thrown across the core.

type DiagnosticSeverity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the problem is about the whole file. */
  line: number;
  col?: number;
  severity: DiagnosticSeverity;
  /** A stable kebab-case id (`unknown-column`, `invalid-finding`...). */
  rule: string;
  message: string;
}

export function error(file: string, line: number, rule: string, message: string, col?: number): Diagnostic {
  return col === undefined ? { file, line, severity: 'error', rule, message } : { file, line, col, severity: 'error', rule, message };
}

export function warning(file: string, line: number, rule: string, message: string, col?: number): Diagnostic {
  return col === undefined ? { file, line, severity: 'warning', rule, message } : { file, line, col, severity: 'warning', rule, message };
}
