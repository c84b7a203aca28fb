// Diagnostics as the contract prints them: one line each, `file:line[:col]: message`.
import { isAbsolute, relative } from 'node:path';
import type { Writable } from 'node:stream';
import { placeText, type Diagnostic } from '../domain/diagnostic.js';
import { escapeText } from '../text/escape.js';

export function displayPath(file: string, cwd = process.cwd()): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export function formatDiagnostic(d: Diagnostic): string {
  const place = escapeText(placeText({ ...d, file: displayPath(d.file) }));
  const level = d.severity === 'warning' ? 'warning: ' : '';
  return `${place}: ${level}${escapeText(d.message)}`;
}

/**
 * Prints diagnostics as they come, at most `max` per file; the rest are counted. A warning that
 * repeats word for word (the same carried column in every file) is printed once, then counted;
 * `quiet` prints errors only.
 */
export class DiagnosticPrinter {
  private readonly perFile = new Map<string, number>();
  /** Warning text to how many times it came after the first. */
  private readonly repeats = new Map<string, number>();
  errors = 0;
  warnings = 0;

  constructor(
    private readonly stderr: Writable,
    private readonly max: number,
    private readonly quiet = false,
  ) {}

  print = (d: Diagnostic): void => {
    if (d.severity === 'error') this.errors++;
    else {
      this.warnings++;
      if (this.quiet) return;
      const key = escapeText(d.message);
      const seen = this.repeats.get(key);
      this.repeats.set(key, seen === undefined ? 0 : seen + 1);
      if (seen !== undefined) return;
    }
    const n = (this.perFile.get(d.file) ?? 0) + 1;
    this.perFile.set(d.file, n);
    if (n <= this.max) this.stderr.write(`${formatDiagnostic(d)}\n`);
  };

  finish(): void {
    for (const [message, n] of this.repeats) {
      if (n > 0)
        this.stderr.write(`case-audit: warning repeated ${n} more ${n === 1 ? 'time' : 'times'}, printed once above: ${message}\n`);
    }
    this.repeats.clear();
    for (const [file, n] of this.perFile) {
      if (n > this.max) {
        this.stderr.write(`${escapeText(displayPath(file))}: ${n - this.max} more problems not shown (--max-errors ${this.max})\n`);
      }
    }
  }
}
