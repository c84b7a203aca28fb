// Text to CSV records, fast: a line with no quote and no lone CR is split by the loader itself;
// any other record (quotes, line breaks in cells, CR-only endings, an overlong line) goes to
// csv-parse's own parser, so its quoting rules and errors stay exactly as they were.
//
// A record handed over is cut at a line break with an even number of quotes since the record began:
// in any record csv-parse accepts, quotes come in pairs (open and close, "" for one inside), so that
// break is outside quotes and ends the record. A record that never gets there (an open quote)
// makes the rest of the file go through csv-parse as a stream, as before this fast path existed.
//
// A stray quote (csv-resume.ts) is a row error: csv-parse refuses a handed-over record, the loader
// rejects the row, and reading goes on at the line after the error with a fresh csv-parse parser. A
// stray quote that leaves the count odd gives no record end to wait for, so such a record is
// checked for one first. Plain lines hold no quote: the fast path never meets one.
import { parse, type CsvError } from 'csv-parse';
import { afterBreaks, findRowError, ROW_ERRORS, skipRestOfLine } from './csv-resume.js';

/** csv-parse's synchronous core, which its stream Parser wraps (`parser.api`; not in its typings). */
interface ParserCore {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): CsvError | undefined;
}

/** A record and the lines it spans. */
export type OnRecord = (record: string[], lines: number) => void;

/**
 * A row error (a stray quote) in a record spanning `lines` lines up to the error's line; true: the
 * row is rejected and reading goes on at the next line; false: the error stops the file.
 */
export type OnRowError = (error: CsvError, lines: number) => boolean;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Text kept waiting for a record's end before the rest of the file goes to csv-parse as a stream. */
const MAX_PENDING_CHARS = 4_000_000;

export class CsvRecords {
  private core: ParserCore;
  /** The rest of a rejected row's line still to come ('lf': a CR ended it, so drop one leading LF). */
  private skipping: 'line' | 'lf' | 'done' = 'done';
  /** The text of a record csv-parse refused, for the lines an error left unread. */
  private failed = '';
  /** Text not yet turned into records: it starts at a record's start. */
  private pending = '';
  /** After an unending record: everything goes to csv-parse as a stream. */
  private streaming: boolean;
  private readonly push: (record: string[]) => void;

  constructor(
    private readonly delimiter: string,
    /** csv-parse's max_record_size: bytes in one record. */
    private readonly maxRecordBytes: number,
    private readonly onRecord: OnRecord,
    /** Text held waiting for one record's end before the rest goes to csv-parse as a stream. */
    private readonly maxPendingChars = MAX_PENDING_CHARS,
    /** Without it, a row error stops the file like any other (as csv-parse alone does). */
    private readonly onRowError?: OnRowError,
  ) {
    this.core = newCore(delimiter, maxRecordBytes);
    this.push = (record) => onRecord(record, linesIn(record));
    // A delimiter the line scan cannot take (more than one character, or a quote or line break) keeps every record on csv-parse.
    this.streaming = delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n';
  }

  /** Records of this text (and of text held from before); an error stops the file. */
  write(text: string): CsvError | undefined {
    if (this.skipping !== 'done') {
      const skipped = skipRestOfLine(text, this.skipping);
      this.skipping = skipped.state;
      text = skipped.text;
    }
    if (this.streaming) return this.core.parse(Buffer.from(text), false, this.push, noop);
    const all = this.pending === '' ? text : this.pending + text;
    const { at, error } = this.records(all, false);
    this.pending = at < all.length ? all.slice(at) : '';
    if (error || this.pending.length <= this.maxPendingChars) return error;
    this.streaming = true;
    const rest = this.pending;
    this.pending = '';
    return this.core.parse(Buffer.from(rest), false, this.push, noop);
  }

  /** Between records: nothing held, nothing skipped, not streaming (a file part may end here). */
  idle(): boolean {
    return this.pending === '' && !this.streaming && this.skipping === 'done';
  }

  /** The start of a record held waiting for its end, when that is all that is held (else undefined). */
  held(): string | undefined {
    return this.streaming || this.skipping !== 'done' ? undefined : this.pending;
  }

  /** The held record was taken over (src/load/csv/byte-scan.ts): it comes back as text, if at all. */
  dropHeld(): void {
    this.pending = '';
  }

  /** The end of the file: the last record, which may have no line break. */
  end(): CsvError | undefined {
    if (this.streaming) return this.core.parse(undefined, true, this.push, noop);
    const rest = this.pending;
    this.pending = '';
    return this.records(rest, true).error;
  }

  /** Records from the start of `text`; `at` is where the first unfinished one starts. */
  private records(text: string, last: boolean): { at: number; error?: CsvError } {
    const { delimiter, onRecord } = this;
    const longest = this.maxRecordBytes / 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
    const length = text.length;
    let at = 0;
    // The next quote and CR at or after `at`, found once and reused until passed (none: past the end).
    const none = length + 1;
    let quote = -1;
    let cr = -1;
    while (at < length) {
      if (quote < at) quote = indexOr(text, '"', at, none);
      if (cr < at) cr = indexOr(text, '\r', at, none);
      let lf = text.indexOf('\n', at);
      // No LF to come in this text: a record ended by a lone CR (a CR-only file) still goes to
      // csv-parse below, one at a time, rather than waiting for the streaming fallback.
      const lfAhead = lf !== -1 || last;
      if (lf === -1) lf = length;
      // A line with no quote whose only CR ends it: split here.
      const end = cr === lf - 1 ? cr : lf;
      if (lfAhead && quote > lf && cr >= lf - 1 && end - at <= longest) {
        onRecord(detached(text.slice(at, end)).split(delimiter), 1);
        at = lf + 1;
        continue;
      }
      const recordEnd = endOfRecord(text, at, last);
      if (recordEnd === -1) {
        // No end yet: a stray quote may have unbalanced the count, so look for one before waiting.
        const next = this.onRowError ? this.rowError(text, at, last) : undefined;
        if (next === undefined) break;
        if (typeof next !== 'number') return { at, error: next };
        at = next;
        continue;
      }
      // Quoted fields in their plain form (no stray quote, nothing after a closing quote) are split
      // here too; anything else goes to csv-parse, whose records and errors are the reference.
      const quoted = recordEnd - at <= longest ? quotedRecord(detached(text.slice(at, recordEnd)), delimiter) : undefined;
      if (quoted) {
        this.push(quoted);
        at = recordEnd;
        continue;
      }
      const error = this.core.parse(Buffer.from(text.slice(at, recordEnd)), true, this.push, noop);
      if (error) {
        const next = this.onRowError && ROW_ERRORS.has(error.code) ? this.rowError(text, at, last, error) : undefined;
        if (typeof next === 'number') {
          at = next;
          continue;
        }
        this.failed = text.slice(at, recordEnd);
        return { at: recordEnd, error };
      }
      at = recordEnd;
    }
    return { at: Math.min(at, length) };
  }

  /**
   * When the record at `at` has a row error (`known`: the one csv-parse just gave; else csv-parse is
   * asked): where reading goes on if the loader rejects the row (the next line, or the end of this
   * text with the rest of the line skipped as it arrives), else the error, which stops the file.
   */
  private rowError(text: string, at: number, last: boolean, known?: CsvError): number | CsvError | undefined {
    const bad = findRowError(text, at, this.delimiter);
    if (!bad) return undefined;
    // After an error the file's parser is mid-record: reading goes on with a fresh one. Asked, a
    // throwaway parser needs the text only up to the error (the record is the first it sees).
    if (known) this.core = newCore(this.delimiter, this.maxRecordBytes);
    const error = known ?? newCore(this.delimiter, this.maxRecordBytes).parse(Buffer.from(text.slice(at, bad.at + 1)), true, noop, noop);
    if (!error || !ROW_ERRORS.has(error.code)) return undefined;
    if (!this.onRowError!(error, bad.breaks + 1)) return error;
    const next = afterBreaks(text, bad.at, 1);
    if (next !== -1) return next;
    if (!last) this.skipping = text.endsWith('\r') ? 'lf' : 'line';
    return text.length;
  }

  /** Lines after the first of the record csv-parse refused, up to the last with text in it. */
  linesAfterFailure(): number {
    let lines = 0;
    for (let at = afterBreaks(this.failed, 0, 1); at !== -1 && at < this.failed.length; at = afterBreaks(this.failed, at, 1)) lines++;
    return lines;
  }
}

function newCore(delimiter: string, maxRecordBytes: number): ParserCore {
  const parser = parse({
    delimiter,
    // All three, always: csv-parse otherwise keeps the first line's ending, so in a hand-edited
    // CRLF file an LF-only line merges two rows, and line numbers drift.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    max_record_size: maxRecordBytes,
  });
  const core = (parser as unknown as { api?: ParserCore }).api;
  if (typeof core?.parse !== 'function')
    throw new Error('csv-parse no longer exposes its parser core (parser.api); see src/load/csv/csv-records.ts');
  return core;
}

function noop(): void {}

/**
 * The line as a string of its own. V8 cuts a long piece of a string (13+ characters) as a view of
 * the whole, so a case id kept for the report would keep its 64 KB chunk alive; a piece of this copy
 * keeps one line. (Concatenating, then slicing, makes V8 copy the text into a new flat string.)
 */
function detached(line: string): string {
  return line.length < 13 ? line : ` ${line}`.slice(1);
}

/**
 * A record holding quotes (ending with its line break, if any), split as csv-parse splits it; or
 * undefined where csv-parse might see it otherwise (a quote inside an unquoted field, text after a
 * closing quote, a quote left open), so csv-parse decides and gives its own error.
 */
function quotedRecord(record: string, delimiter: string): string[] | undefined {
  let stop = record.length;
  if (record.charCodeAt(stop - 1) === LF) stop--;
  if (record.charCodeAt(stop - 1) === CR) stop--;
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (i < stop && record.charCodeAt(i) === QUOTE) {
      let value = '';
      for (let from = i + 1; ;) {
        const q = record.indexOf('"', from);
        if (q === -1 || q >= stop) return undefined;
        if (q + 1 < stop && record.charCodeAt(q + 1) === QUOTE) {
          value += record.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += record.slice(from, q);
        i = q + 1;
        break;
      }
      fields.push(value);
    } else {
      let j = record.indexOf(delimiter, i);
      if (j === -1 || j > stop) j = stop;
      const field = record.slice(i, j);
      if (field.includes('"')) return undefined;
      fields.push(field);
      i = j;
    }
    if (i === stop) return fields;
    if (record[i] !== delimiter) return undefined;
    i++;
  }
}

function indexOr(text: string, search: string, from: number, none: number): number {
  const i = text.indexOf(search, from);
  return i === -1 ? none : i;
}

/**
 * Where the record starting at `start` ends: just after the first line break with an even number
 * of quotes before it; -1 when the text ends first (the end of the file, when `last`).
 */
function endOfRecord(text: string, start: number, last: boolean): number {
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF) return i + 1;
    else if (c === CR) {
      // CR LF is one break; a CR last in the text waits for the next character.
      if (i + 1 < text.length) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      return last ? text.length : -1;
    }
  }
  return last ? text.length : -1;
}

/** Lines a record spans: 1, plus each line break (CRLF, LF or CR) inside its quoted fields. */
function linesIn(record: readonly string[]): number {
  let lines = 1;
  for (let i = 0; i < record.length; i++) {
    const cell = record[i]!;
    // Most cells are blank or hold no break: two native scans, no loop over characters.
    if (cell.length === 0 || (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1)) continue;
    for (let j = 0; j < cell.length; j++) {
      const c = cell.charCodeAt(j);
      if (c === 10 || (c === 13 && cell.charCodeAt(j + 1) !== 10)) lines++;
    }
  }
  return lines;
}
