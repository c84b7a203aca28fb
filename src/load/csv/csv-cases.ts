// Delimited case files, streamed: decode, detect the delimiter, map the header once, then one
// record per row (csv-records.ts: plain lines split here, the rest by csv-parse). Row positions are
// first lines, counted here: csv-parse's `info` gives a record's last line, costs two object
// spreads per record, and counts a CRLF inside quotes twice.
import type { CsvError } from 'csv-parse';
import type { ByteSource } from '../inputs/input.js';
import type { AssessmentRecord } from '../../domain/assessment.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { error } from '../../domain/diagnostic.js';
import { CsvRecords } from './csv-records.js';
import { DecodeError, StreamDecoder } from '../inputs/decode.js';
import type { DecoderEncoding } from '../inputs/encodings.js';
import type { CaseSink, LoadOptions } from '../inputs/sink.js';
import { RowFeed } from '../rows/row-feed.js';
import { BytePath } from './byte-path.js';

/** A field over this size is an error, not an allocation: bounded memory for hostile files. */
const MAX_RECORD_CHARS = 1_000_000;

const DELIMITERS = [',', ';', '\t'];

export function detectDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const ch of headerLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

const SEP_HINT = /^sep=(.)\r?\n?$/i;

/**
 * A file read in parts (src/threads): the main thread reads from the start to a line boundary and
 * workers read the rest, each from its own boundary. These hooks let the same loop serve both.
 */
export interface CsvPart {
  /** Main thread: the header is accepted (data starts on `line`; `bytesRead` already taken): the byte to stop at, if any. */
  onHeader?(line: number, bytesRead: number, encoding: DecoderEncoding): number | undefined;
  /** Worker: the line its part's first record starts on (the stream holds the file's header, then the part). */
  dataLine?: number;
  /**
   * At the stop (main) or the stream's end (worker): `idle` when no record is open there. Resolves
   * true to read on (the main thread reads the rest itself when a part cannot be used).
   */
  atStop?(state: { idle: boolean; line: number; feed: RowFeed; atCut: boolean }): Promise<boolean> | boolean;
  /** Worker: the file-wide checks handed over instead of warned about (the main thread warns once). */
  keepChecks?(feed: RowFeed): void;
  /** Anything that stopped the file (a decode or CSV error): a worker's part is then not used. */
  onFailure?(): void;
}

export async function loadCsv(
  file: string,
  stream: ByteSource,
  criteria: CriteriaSet,
  sink: CaseSink,
  options: LoadOptions = {},
  part?: CsvPart,
): Promise<void> {
  const decoder = new StreamDecoder(options.encoding);
  let pending = '';
  let parser: CsvRecords | undefined;
  let delimiter = ',';
  /** After the header, when its rows can be read from their bytes (byte-path.ts). */
  let bytePath: BytePath | undefined;
  const feed = new RowFeed(file, criteria, sink, options);
  let headerSeen = false;
  let stopped = false;
  /** The line the next record starts on. */
  let line = 1;
  let bytes = 0;
  let failure: Error | undefined;
  /** A part's end (main thread): the byte offset of a line start. */
  let stopAt: number | undefined;
  let stopAsked = false;

  const onRecord = (record: string[], lines: number) => {
    if (stopped) return;
    const rowStart = line;
    line += lines;
    // Blank lines arrive as records (skip_empty_lines is off so that they are counted).
    if (isBlank(record)) return;
    if (!headerSeen) {
      headerSeen = true;
      if (!feed.header(record, rowStart)) stopped = true;
      else bytePath = BytePath.for(file, feed.plan!, criteria, options, delimiter, decoder.encoding);
      if (!stopped && part) {
        stopAt = part.onHeader?.(line, bytes, decoder.encoding);
        if (part.dataLine !== undefined) line = part.dataLine;
      }
      return;
    }
    feed.row(record, rowStart);
  };

  /** A row read from its bytes, spanning `lines` lines. */
  const onBytes = (records: AssessmentRecord[], lines: number) => {
    line += lines;
    feed.wideRow(records);
  };

  // A bad row (a stray quote) is rejected and the file read on from the next line (csv-records.ts);
  // anything else (an unclosed quote, a huge record, a bad header line) stops the file.
  const onRowError = (e: CsvError, lines: number): boolean => {
    if (!headerSeen || stopped) return false;
    const errorLine = line + lines - 1;
    const span = errorLine > line ? ` (the record runs from line ${line} to ${errorLine})` : '';
    sink.onReject(
      error(file, line, 'csv-syntax', `${csvMessage(e, line)}${span}; this row was skipped and reading goes on at line ${errorLine + 1}`),
    );
    line += lines;
    return true;
  };

  const start = (text: string) => {
    // Excel writes "sep=;" above the header when asked to; it names the delimiter.
    const firstBreak = text.search(/\r?\n|\r/);
    const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
    let chosen = options.delimiter;
    const hint = SEP_HINT.exec(firstLine);
    if (hint && firstBreak !== -1) {
      chosen ??= hint[1]!;
      const breakLength = text.startsWith('\r\n', firstBreak) ? 2 : 1;
      text = text.slice(firstBreak + breakLength);
      line = 2;
    }
    const headerEnd = text.search(/\r?\n|\r/);
    delimiter = chosen ?? detectDelimiter(headerEnd === -1 ? text : text.slice(0, headerEnd));
    parser = new CsvRecords(delimiter, MAX_RECORD_CHARS, onRecord, undefined, onRowError);
    return text;
  };

  const stop = (e: Error | undefined) => {
    if (e) failure = e;
    return failure !== undefined || stopped;
  };
  /** Bytes to records; true when the file stops here. */
  const take = (chunk: Buffer): boolean => {
    bytes += chunk.length;
    sink.onBytes?.(bytes);
    const read = bytePath?.read(
      chunk,
      decoder,
      parser!,
      onBytes,
      () => line,
      (text) => stop(parser!.write(text)),
    );
    if (read !== undefined) return read;
    let text = decoder.write(chunk);
    if (bytePath) {
      bytePath.decoded(chunk);
      text = bytePath.release() + text;
    }
    if (!parser) {
      pending += text;
      // Wait for a whole header line before choosing the delimiter.
      if (!/\r|\n/.test(pending)) return false;
      text = start(pending);
      pending = '';
    }
    return stop(parser!.write(text));
  };
  const askToReadOn = async (atCut: boolean): Promise<boolean> => {
    stopAsked = true;
    return part!.atStop!({ idle: (parser?.idle() ?? false) && (bytePath?.idle() ?? true), line, feed, atCut });
  };
  try {
    for await (const chunk of stream) {
      if (stopAt !== undefined && bytes + chunk.length >= stopAt) {
        const cut = stopAt - bytes;
        stopAt = undefined;
        if (take(chunk.subarray(0, cut))) break;
        if (!(await askToReadOn(true))) break;
        if (take(chunk.subarray(cut))) break;
      } else if (take(chunk)) break;
      const consumer = sink.ready?.();
      if (consumer) await consumer;
    }
    // A worker's part ends with its stream (a main thread whose file ended early reads on: nothing is left).
    if (!failure && !stopped && part?.atStop && !stopAsked) await askToReadOn(false);
    if (!failure && !stopped) {
      const rest = decoder.end();
      const text = parser ? (bytePath?.release() ?? '') + rest : start(pending + rest);
      if (!stop(parser!.write(text))) stop(parser!.end());
    }
  } catch (e) {
    failure = e as Error;
    stream.destroy();
  }
  if (part?.keepChecks) part.keepChecks(feed);
  else feed.finish();
  if (failure) part?.onFailure?.();

  if (failure instanceof DecodeError) {
    sink.onDiagnostic(error(file, failure.line, 'encoding', failure.message, failure.col));
    return;
  }
  if (failure) {
    const csvError = failure as CsvError;
    const end = line + (parser?.linesAfterFailure() ?? 0);
    sink.onReject(error(file, line, csvRule(csvError.code), csvMessage(csvError, line, end)));
    return;
  }
  if (!headerSeen) {
    sink.onDiagnostic(
      error(file, 1, 'empty-file', 'the file is empty; expected a header row such as case_id,case_type,self_grade,independent_grade,...'),
    );
  }
}

function isBlank(record: readonly string[]): boolean {
  for (let i = 0; i < record.length; i++) if (record[i]!.trim() !== '') return false;
  return true;
}

function csvRule(code: string | undefined): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'unclosed-quote';
  if (code === 'CSV_MAX_RECORD_SIZE') return 'record-too-large';
  return 'csv-syntax';
}

function csvMessage(e: CsvError, line: number, end = line): string {
  const unread = end > line ? `lines ${line} to ${end}` : `line ${line}`;
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `a quoted field opened in the record starting here is never closed; the rest of the file was not read (${unread}; close the quote with ")`;
    case 'CSV_MAX_RECORD_SIZE':
      return `record larger than ${MAX_RECORD_CHARS.toLocaleString('en-GB')} characters; the rest of the file was not read (from line ${line}; is a quote left open?)`;
    case 'INVALID_OPENING_QUOTE':
      return 'a quote appears inside an unquoted field; quote the whole field and double any quote inside it ("")';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted field has more text after its closing quote; quote the whole field and double any quote inside it ("")';
    default:
      return `CSV: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+/g, '')} (record starting at line ${line}); the rest of the file was not read`;
  }
}
