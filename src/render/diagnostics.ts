// Diagnostics as the contract prints them: one line each, `file:line[:col]: message`.
import { isAbsolute, relative } from 'node:path';
import type { Writable } from 'node:stream';
import { placeText, type Diagnostic } from '../domain/diagnostic.js';
import { escapeText } from '../text/escape.js';

/** A file name as people are shown it: relative to the working folder `cwd` when it is under it. */
export function displayPath(file: string, cwd: string | undefined): string {
  if (!isAbsolute(file) || cwd === undefined) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export function formatDiagnostic(d: Diagnostic, cwd: string | undefined): string {
  const place = escapeText(placeText({ ...d, file: displayPath(d.file, cwd) }));
  const level = d.severity === 'warning' ? 'warning: ' : '';
  return `${place}: ${level}${escapeText(d.message)}`;
}

/** Rules whose message lists case ids (a file's closing warnings); every other names one as `case "X"` or `case id "X"`. */
const LISTS_CASE_IDS = new Set(['blank-self-grade', 'unmatched-second-marking']);
const NAMES_CASE_ID = /\bcase (?:id )?"/;

/**
 * `--suppress`: a message that would name a case id says only where and which rule (the place is the
 * file and line, which the force can look up; the id is what a published run must not carry).
 */
function withoutCaseId(d: Diagnostic): Diagnostic {
  if (!LISTS_CASE_IDS.has(d.rule) && !NAMES_CASE_ID.test(d.message)) return d;
  return { ...d, message: `${d.rule}: not shown under --suppress, as the message names a case id (run without --suppress to read it)` };
}

/** Past this much held text (a --max-errors far above the default) a held reading is not used. */
const MAX_HELD_CHARS = 1 << 20;

/**
 * Prints diagnostics as they come, at most `max` per file; the rest are counted. A warning that
 * repeats word for word (the same carried column in every file) is printed once, then counted;
 * `quiet` prints errors only. While a reading may still be dropped (read/read-folded.ts), what it
 * prints is held, and either released or discarded with every count it made.
 */
export class DiagnosticPrinter {
  private perFile = new Map<string, number>();
  /** Warning text to how many times it came after the first. */
  private repeats = new Map<string, number>();
  errors = 0;
  warnings = 0;
  private held:
    | {
        text: string[];
        chars: number;
        before: Pick<DiagnosticPrinter, 'errors' | 'warnings'> & { perFile: Map<string, number>; repeats: Map<string, number> };
      }
    | undefined;
  overflowed = false;

  constructor(
    private readonly stderr: Writable,
    private readonly max: number,
    private readonly quiet: boolean,
    private readonly cwd: string,
    /** `--suppress`: messages that would name a case id give the place and rule only. */
    private readonly withholdCaseIds = false,
  ) {}

  get holding(): boolean {
    return this.held !== undefined;
  }

  hold(): void {
    const { perFile, repeats, errors, warnings } = this;
    this.held = { text: [], chars: 0, before: { perFile: new Map(perFile), repeats: new Map(repeats), errors, warnings } };
    this.overflowed = false;
  }

  release(): void {
    const text = this.held?.text.join('') ?? '';
    this.held = undefined;
    if (text) this.stderr.write(text);
  }

  discard(): void {
    if (!this.held) return;
    ({ perFile: this.perFile, repeats: this.repeats, errors: this.errors, warnings: this.warnings } = this.held.before);
    this.held = undefined;
    this.overflowed = false;
  }

  private write(text: string): void {
    const held = this.held;
    if (!held) return void this.stderr.write(text);
    if (this.overflowed) return;
    held.chars += text.length;
    if (held.chars > MAX_HELD_CHARS) [this.overflowed, held.text] = [true, []];
    else held.text.push(text);
  }

  print = (given: Diagnostic): void => {
    const d = this.withholdCaseIds ? withoutCaseId(given) : given;
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
    if (n <= this.max) this.write(`${formatDiagnostic(d, this.cwd)}\n`);
  };

  finish(): void {
    for (const [message, n] of this.repeats) {
      if (n > 0)
        this.stderr.write(`case-audit: warning repeated ${n} more ${n === 1 ? 'time' : 'times'}, printed once above: ${message}\n`);
    }
    this.repeats.clear();
    for (const [file, n] of this.perFile) {
      if (n > this.max) {
        this.stderr.write(
          `${escapeText(displayPath(file, this.cwd))}: ${n - this.max} more problems not shown (--max-errors ${this.max})\n`,
        );
      }
    }
  }
}
