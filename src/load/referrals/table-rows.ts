// Any small table (a CSV file or a workbook's sheet) as rows of cells with their places, through
// the case files' own readers: the CSV record splitter and decoder (load/csv), the streamed sheet
// reader (load/xlsx). Positions are the first line of a record, or the sheet's row number; cells are
// addressed by column number (1 = A). Problems that stop the file are diagnostics, never throws.
import type { Readable } from 'node:stream';
import type { CsvError } from 'csv-parse';
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import { InputError } from '../../domain/errors.js';
import { CsvRecords } from '../csv/csv-records.js';
import { detectDelimiter } from '../csv/csv-cases.js';
import { DecodeError, StreamDecoder } from '../inputs/decode.js';
import { openInput } from '../inputs/input.js';
import { forEachSheetRow } from '../xlsx/read-sheet.js';
import { XlsxError } from '../xlsx/limits.js';

export interface TableRow {
  cells: readonly string[];
  /** The record's first line (CSV) or the row number (workbook). */
  line: number;
  /** Workbooks: the sheet. */
  sheet?: string;
}

const MAX_RECORD_CHARS = 1_000_000;

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Rows in order, blank ones left out; a problem that stops the file goes to `onProblem`. */
export async function forEachTableRow(
  file: string,
  stdin: Readable,
  onRow: (row: TableRow) => void,
  onProblem: (d: Diagnostic) => void,
): Promise<void> {
  if (/\.xlsx$/i.test(file)) return sheetRows(file, onRow, onProblem);
  const input = openInput(file, stdin);
  const decoder = new StreamDecoder();
  let parser: CsvRecords | undefined;
  let line = 1;
  let pending = '';
  const onRecord = (record: string[], lines: number) => {
    const start = line;
    line += lines;
    if (!blank(record)) onRow({ cells: record, line: start });
  };
  const feed = (text: string): CsvError | undefined => {
    if (!parser) {
      pending += text;
      if (!/\r|\n/.test(pending)) return undefined;
      const end = pending.search(/\r?\n|\r/);
      parser = new CsvRecords(detectDelimiter(pending.slice(0, end)), MAX_RECORD_CHARS, onRecord);
      text = pending;
      pending = '';
    }
    return parser.write(text);
  };
  try {
    for await (const chunk of input.stream) {
      const failed = feed(decoder.write(chunk));
      if (failed) throw failed;
    }
    const failed = feed(decoder.end() + (parser ? '' : '\n')) ?? parser?.end();
    if (failed) throw failed;
  } catch (e) {
    input.stream.destroy();
    if (e instanceof DecodeError) return onProblem(error(file, e.line, 'encoding', e.message, e.col));
    if (e instanceof InputError) throw e;
    const csv = e as CsvError;
    if (typeof csv.code !== 'string') throw e;
    onProblem(error(file, line, 'csv-syntax', `this CSV record cannot be read (${csv.code}); the rest of the file is not read`));
  }
}

async function sheetRows(file: string, onRow: (row: TableRow) => void, onProblem: (d: Diagnostic) => void): Promise<void> {
  try {
    await forEachSheetRow(file, {}, (r) => {
      const bad = r.problems[0];
      if (bad)
        onProblem({ ...error(file, r.row, 'invalid-cell', `this cell ${bad.message}; the row is skipped`, bad.col), sheet: r.sheet });
      else if (!blank(r.cells)) onRow({ cells: r.cells, line: r.row, sheet: r.sheet });
    });
  } catch (e) {
    if (e instanceof XlsxError) throw new InputError(file, e.message);
    throw e;
  }
}
