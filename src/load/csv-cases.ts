// Delimited case files, streamed: decode, detect the delimiter, map the header once, then one
// record per row. Row positions are first lines, counted here (see `linesIn`): csv-parse's `info`
// gives a record's last line, costs two object spreads per record, and counts a CRLF inside quotes twice.
import { parse, type CsvError } from 'csv-parse';
import type { Readable } from 'node:stream';
import type { CriteriaSet } from '../domain/criteria-set.js';
import { error } from '../domain/diagnostic.js';
import { DecodeError, StreamDecoder } from './decode.js';
import type { CaseSink, LoadOptions } from './sink.js';
import { RowFeed } from './row-feed.js';
import { FedText, ROW_ERRORS, skipRestOfLine } from './csv-resume.js';

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

export async function loadCsv(
  file: string,
  stream: Readable,
  criteria: CriteriaSet,
  sink: CaseSink,
  options: LoadOptions = {},
): Promise<void> {
  const decoder = new StreamDecoder(options.encoding);
  let pending = '';
  let parser: ReturnType<typeof parse> | undefined;
  const feed = new RowFeed(file, criteria, sink, options);
  let headerSeen = false;
  let stopped = false;
  /** The line the next record starts on. */
  let line = 1;
  let bytes = 0;
  let failure: Error | undefined;

  const onRecord = (record: string[]) => {
    if (stopped) return;
    const rowStart = line;
    line += linesIn(record);
    // Blank lines arrive as records (skip_empty_lines is off so that they are counted).
    if (isBlank(record)) return;
    if (!headerSeen) {
      headerSeen = true;
      if (!feed.header(record, rowStart)) stopped = true;
      return;
    }
    feed.row(record, rowStart);
  };

  let delimiter = ',';
  /** Text fed since the current record began, to go on after a bad row (csv-resume.ts). */
  let fed: FedText | undefined;
  /** Skipping the rest of a bad row's line as it arrives. */
  let skipping: 'line' | 'lf' | 'done' = 'done';
  let ended = false;
  let finish: () => void = () => {};

  const newParser = () => {
    const p = parse({
      delimiter,
      // All three, always: csv-parse otherwise keeps the first line's ending, so in a hand-edited
      // CRLF file an LF-only line merges two rows, and line numbers drift.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      max_record_size: MAX_RECORD_CHARS,
    });
    p.on('data', onRecord);
    p.once('end', () => finish());
    p.once('error', (e: CsvError) => onParseError(p, e));
    return p;
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
    fed = new FedText(line);
    parser = newParser();
    return text;
  };

  /** Text to the current parser, keeping a copy from the current record on. */
  const feedText = (text: string, last: boolean): boolean => {
    if (skipping !== 'done') {
      const skipped = skipRestOfLine(text, skipping);
      skipping = skipped.state;
      text = skipped.text;
    }
    fed!.add(text, line);
    if (last) {
      parser!.end(text || undefined);
      return true;
    }
    return text === '' || parser!.write(text);
  };

  // A bad row (a stray quote) is rejected and the file read on from the next line; anything else
  // (an unclosed quote, a huge record, a bad header line) stops the file.
  const onParseError = (from: ReturnType<typeof parse>, e: CsvError) => {
    if (from !== parser) return;
    if (!headerSeen || stopped || !ROW_ERRORS.has(e.code)) {
      failure = e;
      finish();
      return;
    }
    const rest = fed!.afterError(line, delimiter);
    if (!rest) {
      failure = e;
      finish();
      return;
    }
    const { errorLine } = rest;
    const span = errorLine > line ? ` (the record runs from line ${line} to ${errorLine})` : '';
    sink.onReject(error(file, line, 'csv-syntax', `${csvMessage(e, line)}${span}; this row was skipped and reading goes on at line ${errorLine + 1}`));
    skipping = rest.skip;
    line = errorLine + 1;
    fed!.restart(line, '');
    parser = newParser();
    if (rest.text !== '' || ended) feedText(rest.text, ended);
  };

  const done = new Promise<void>((resolve) => {
    finish = () => resolve();
    const feed = async () => {
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          sink.onBytes?.(bytes);
          if (failure || stopped) break;
          let text = decoder.write(chunk);
          if (!parser) {
            pending += text;
            // Wait for a whole header line before choosing the delimiter.
            if (!/\r|\n/.test(pending)) continue;
            text = start(pending);
            pending = '';
          }
          const current = parser!;
          if (!feedText(text, false)) await drained(current);
          const consumer = sink.ready?.();
          if (consumer) await consumer;
        }
        const rest = decoder.end();
        ended = true;
        if (!parser) feedText(start(pending + rest), true);
        else feedText(rest, true);
      } catch (e) {
        failure = e as Error;
        stream.destroy();
        finish();
      }
    };
    void feed();
  });
  await done;
  feed.finish();

  if (failure instanceof DecodeError) {
    sink.onDiagnostic(error(file, failure.line, 'encoding', failure.message, failure.col));
    return;
  }
  if (failure) {
    const csvError = failure as CsvError;
    const end = fed?.lastLine() ?? line;
    sink.onReject(error(file, line, csvRule(csvError.code), csvMessage(csvError, line, end)));
    return;
  }
  if (!headerSeen) {
    sink.onDiagnostic(
      error(file, 1, 'empty-file', 'the file is empty; expected a header row such as case_id,case_type,self_grade,independent_grade,...'),
    );
  }
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

/** Resolves when the parser takes more text, or has failed (its error handler has moved on). */
function drained(parser: ReturnType<typeof parse>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off('drain', done);
      parser.off('error', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('error', done);
    parser.on('close', done);
  });
}
