// A workbook written while it is made: exceljs's streaming writer, its zip going straight into the
// output (src/write: the atomic temporary file, every byte count checked, or a pipe), so a sheet of
// a million rows is never held (the whole-workbook writer took 4 GB for one). Sheets are written
// one after another, each ended before the next begins.
import { once } from 'node:events';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ByteSink } from '../../domain/output.js';

/** Sheet XML queued for the zip past which the writer waits (see `ready`). */
const BACKLOG = 1 << 20;

type Sheet = ExcelJS.Worksheet;

/** A stream of readable-stream 2 (archiver's), which has no `writableLength` yet. */
type Queue = Writable & { _writableState: { length: number } };

/**
 * exceljs 4.4.0 (pinned) hands a sheet's XML to the zip through a PassThrough whose return value
 * it ignores, and the zip reads a sheet only once the ones before it are done: that queue is
 * what has to be watched.
 */
const zipQueue = (sheet: Sheet): Queue | undefined => (sheet as unknown as { stream: { pipes?: Queue[] } }).stream.pipes?.[0];

export class BookWriter {
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;
  private current: Sheet | undefined;

  constructor(out: ByteSink) {
    // The sink never throws (a failed write is given by the output's end), so neither does this.
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        out.write(chunk);
        const wait = out.ready();
        // The sink's wait resolves on drain and never rejects; were it to, the zip stream fails with it.
        if (wait) wait.then(() => done(), done);
        else done();
      },
    });
    // Inline strings: shared strings would keep every distinct string (every case id) in memory.
    this.book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    this.book.creator = 'case-audit';
  }

  /** A new sheet; the one before it must have been committed. */
  sheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions>): Sheet {
    this.current = this.book.addWorksheet(name, options);
    return this.current;
  }

  /** A promise while the zip is behind: wait on it between rows. */
  ready(): Promise<void> | undefined {
    const queue = this.current && zipQueue(this.current);
    if (!queue || queue._writableState.length < BACKLOG) return undefined;
    return once(queue, 'drain').then(() => undefined);
  }

  /** Writes the workbook's own parts and the zip's directory; `first` is moved to the first tab. */
  async end(first?: string): Promise<void> {
    if (first) {
      // Sheets are listed in the order they were added, and a sheet waits for the ones before it:
      // a front sheet known only at the end (score's accounting) is added last, then listed first.
      // (A list indexed by sheet id, from 1; it is only iterated from here on, so a dense one will do.)
      const book = this.book as unknown as { _worksheets: Array<Sheet | undefined> };
      const sheets = book._worksheets.filter((s): s is Sheet => s !== undefined);
      book._worksheets = [...sheets.filter((s) => s.name === first), ...sheets.filter((s) => s.name !== first)];
    }
    await this.book.commit();
  }
}
