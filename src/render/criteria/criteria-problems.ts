// Problems found in a criteria directory, in the three formats of `criteria validate`:
// linter lines, GitHub Actions annotations and JSON.
import type { Diagnostic } from '../../domain/diagnostic.js';
import { escapeText } from '../../text/escape.js';
import { displayPath, formatDiagnostic } from '../diagnostics.js';
import type { RenderOptions } from '../options.js';

export function problemsText(diagnostics: readonly Diagnostic[], { cwd }: Pick<RenderOptions, 'cwd'>): string {
  return diagnostics.map((d) => `${formatDiagnostic(d, cwd)}\n`).join('');
}

/**
 * GitHub's escaping for an annotation's message.
 * @internal exported for its own tests
 */
export function githubData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/**
 * GitHub's escaping for an annotation's properties (file, title), which also split on `:` and `,`.
 * @internal exported for its own tests
 */
export function githubProperty(s: string): string {
  return githubData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function problemsGithub(diagnostics: readonly Diagnostic[], { cwd }: Pick<RenderOptions, 'cwd'>): string {
  return diagnostics
    .map((d) => {
      const props = [`file=${githubProperty(displayPath(d.file, cwd))}`];
      if (d.line > 0) props.push(`line=${d.line}`);
      if (d.line > 0 && d.col !== undefined) props.push(`col=${d.col}`);
      props.push(`title=${githubProperty(`case-audit ${d.rule}`)}`);
      // Escaped for GitHub first, so CR/LF become %0D/%0A; escapeText then removes any other control character.
      return `::${d.severity} ${escapeText(props.join(','))}::${escapeText(githubData(d.message))}\n`;
    })
    .join('');
}

export function problemsJson(diagnostics: readonly Diagnostic[], { cwd }: Pick<RenderOptions, 'cwd'>): string {
  const rows = diagnostics.map((d) => ({
    file: displayPath(d.file, cwd),
    line: d.line,
    col: d.col ?? null,
    severity: d.severity,
    message: d.message,
    rule: d.rule,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `N problems in M files (E errors, W warnings)`: M is every file checked. */
export function problemsSummary(diagnostics: readonly Diagnostic[], files: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const split = diagnostics.length ? ` (${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')})` : '';
  return `${plural(diagnostics.length, 'problem', 'problems')} in ${plural(files, 'file', 'files')}${split}`;
}
