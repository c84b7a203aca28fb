// Which chunks of a CSV file are read as bytes (byte-scan.ts) and which as text (csv-records.ts),
// and the hand-over between them. A chunk is read as bytes when it is all ASCII, the decoder is
// between characters and the string path holds at most the start of a record (taken over here);
// otherwise it is decoded and read as text, after anything held here. Either way the decoder counts
// every byte, so an encoding error is placed as before.
import { isAscii } from 'node:buffer';
import type { AssessmentRecord } from '../../domain/assessment.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { DecoderEncoding } from '../inputs/encodings.js';
import type { StreamDecoder } from '../inputs/decode.js';
import type { LoadOptions } from '../inputs/sink.js';
import { ByteRows, type ByteCells } from '../rows/byte-row.js';
import type { HeaderPlan } from '../rows/header-plan.js';
import type { CsvRecords } from './csv-records.js';
import { ByteScan, type OnText } from './byte-scan.js';

/**
 * `on` false: every row takes the string path; `rows`: rows read from their bytes so far.
 * @internal for the tests that compare the two paths on the same files
 */
export const bytePaths = { on: true, rows: 0 };

export class BytePath {
  /** The last byte decoded was ASCII: no character is open in the decoder. */
  private between = true;

  private constructor(
    private readonly scan: ByteScan,
    private readonly rows: ByteRows,
  ) {}

  /** After the header: a byte path for its rows, or undefined where every row takes the string path. */
  static for(
    file: string,
    plan: HeaderPlan,
    criteria: CriteriaSet,
    options: LoadOptions,
    delimiter: string,
    encoding: DecoderEncoding,
  ): BytePath | undefined {
    if (!bytePaths.on || (encoding !== 'utf-8' && encoding !== 'windows-1252')) return undefined;
    const rows = ByteRows.for(file, plan, criteria, options);
    const scan = rows && ByteScan.for(delimiter, plan.width);
    return rows && scan ? new BytePath(scan, rows) : undefined;
  }

  /**
   * Reads the chunk as bytes if it can (true: the file stops), else undefined and the caller
   * decodes it, then calls `decoded` and puts `release()` before its text.
   */
  read(
    chunk: Buffer,
    decoder: StreamDecoder,
    parser: CsvRecords,
    onRow: (records: AssessmentRecord[], lines: number) => void,
    line: () => number,
    onText: OnText,
  ): boolean | undefined {
    if (!this.between || !isAscii(chunk)) return undefined;
    const held = parser.held();
    // Held text here and there cannot both be: one of the two paths has the record's start.
    if (held === undefined || (held !== '' && !(this.scan.idle() && this.scan.hold(held)))) return undefined;
    parser.dropHeld();
    // Checked for NUL and counted before any row: an error there stops the file before its rows, as decoding it would.
    decoder.skipAscii(chunk);
    const takeRow = (cells: ByteCells, lines: number): boolean => {
      const records = this.rows.row(cells, line());
      if (!records) return false;
      bytePaths.rows++;
      onRow(records, lines);
      return true;
    };
    return this.scan.scan(chunk, takeRow, onText, () => parser.idle());
  }

  /** A chunk was decoded instead. */
  decoded(chunk: Buffer): void {
    if (chunk.length > 0) this.between = chunk[chunk.length - 1]! < 0x80;
  }

  /** Nothing held here. */
  idle(): boolean {
    return this.scan.idle();
  }

  /** The held start of a record, as text, for the string path. */
  release(): string {
    return this.scan.idle() ? '' : this.scan.release();
  }
}
