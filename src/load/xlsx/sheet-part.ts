// A worksheet's `<sheetData>` as rows of text, each handed on the moment its `</row>` is read: a
// row held until a whole chunk is scanned lives long enough to be promoted to V8's old space, and
// a million of those cost ~200 MB of peak memory that one at a time do not. Rows and cells without an `r` are placed after the one before, as Excel does; a row
// or cell that goes back on an earlier one is damage, not something to guess about.
import { quote } from '../../text/escape.js';
import { attributeNumber, bytesNumber, cellAttributes, cellType, referenceColumn, type CellAttributes } from './cell-attributes.js';
import { cellText, type CellContext, type StoredCell } from './cell-text.js';
import { MAX_COLUMNS, XlsxError, type XlsxLimits } from './limits.js';
import { StringRuns } from './string-runs.js';
import type { XmlHandler } from './xml-scan.js';
import type { Tag } from './xml-tag.js';
import { xmlText } from './xml-text.js';

export interface SheetRow {
  sheet: string;
  /** The row number in the sheet (1-based, as Excel shows it). */
  row: number;
  /** From column A: cells[0] is A; blank cells are "". */
  cells: string[];
  /** Cells that hold no readable value (an error, a formula never calculated), by column (1 = A). */
  problems: Array<{ col: number; message: string }>;
}

/** Far more than Excel's 32,767 characters a cell, far less than memory. */
const MAX_CELL_CHARS = 1_000_000;

export class SheetRows implements XmlHandler {
  /**
   * Set at the first row past the row cap, then thrown once the chunk is scanned. (Damage, by
   * contrast, is thrown at once.)
   */
  capped: XlsxError | undefined;
  /** The reader wanted no more rows. */
  stopped = false;
  private inData = false;
  private current: SheetRow | undefined;
  private lastRow = 0;
  private lastCol = 0;
  /** Elements open inside the current `<c>` (0: none open, or not in a cell). */
  private cellDepth = 0;
  private cell: StoredCell = { type: '', value: undefined, index: -1, formula: false, inline: undefined, style: 0 };
  private inV = false;
  private inIs = false;
  private sawIs = false;
  private readonly runs = new StringRuns();
  private readonly found: CellAttributes = { r: -1, t: -1, s: -1 };

  constructor(
    private readonly sheet: string,
    private readonly ctx: CellContext,
    private readonly limits: XlsxLimits,
    /** Each row as it is read; false: read no further. */
    private readonly onRow: (row: SheetRow) => boolean | void,
  ) {}

  open(name: string, tag: Tag): void {
    if (this.capped || this.stopped) return;
    if (this.cellDepth > 0) return this.openInCell(name);
    if (!this.inData) {
      if (name === 'sheetData') this.inData = true;
    } else if (name === 'row') this.openRow(tag);
    else if (name === 'c' && this.current) this.openCell(tag);
  }

  close(name: string): void {
    if (this.capped || this.stopped) return;
    if (this.cellDepth > 1) {
      this.cellDepth--;
      if (name === 'v') this.inV = false;
      else if (name === 'is') this.inIs = false;
      else if (this.inIs) this.runs.close(name);
    } else if (this.cellDepth === 1) this.closeCell();
    else if (name === 'row' && this.current) {
      const row = this.current;
      this.current = undefined;
      if (this.onRow(row) === false) this.stopped = true;
    } else if (name === 'sheetData') this.inData = false;
  }

  text(buf: Buffer, start: number, end: number, cdata: boolean): void {
    if (this.capped || this.stopped) return;
    const cell = this.cell;
    // A shared-string index straight from its digits: millions of cells, no string made for each.
    if (this.inV && cell.type === 's' && cell.value === '' && cell.index === -1 && !cdata) {
      const n = bytesNumber(buf, start, end);
      if (n !== -1) return void (cell.index = n);
    }
    if (this.inV) {
      if (cell.index !== -1) {
        cell.value = String(cell.index);
        cell.index = -1;
      }
      cell.value += xmlText(buf, start, end, cdata ? 'cdata' : 'text');
    } else if (this.inIs) this.runs.text(buf, start, end, cdata);
    else return;
    // Many pieces of text in one cell must not add up to what no cell holds.
    if ((this.cell.value?.length ?? 0) + this.runs.length > MAX_CELL_CHARS)
      throw new XlsxError(
        `the workbook was refused: a cell in row ${this.current!.row} of sheet ${quote(this.sheet)} holds over ${MAX_CELL_CHARS.toLocaleString('en-GB')} characters (Excel holds at most 32,767)`,
      );
  }

  private openRow(tag: Tag): void {
    const i = tag.find('r');
    const row = i === -1 ? this.lastRow + 1 : attributeNumber(tag, i);
    if (!(row > this.lastRow)) this.damaged(`has a row numbered ${row > 0 ? row : '(not a number)'} after row ${this.lastRow}`);
    if (row > this.limits.maxRows) {
      this.capped = new XlsxError(
        `sheet ${quote(this.sheet)} has more than ${this.limits.maxRows.toLocaleString('en-GB')} rows, the most a case file may hold; the run stops here`,
      );
      return;
    }
    this.lastRow = row;
    this.lastCol = 0;
    this.current = { sheet: this.sheet, row, cells: [], problems: [] };
  }

  private openCell(tag: Tag): void {
    const found = this.found;
    cellAttributes(tag, found);
    const row = this.current!.row;
    const col = found.r === -1 ? this.lastCol + 1 : referenceColumn(tag, found.r, row);
    if (col === 0) this.damaged(`has a cell whose reference is not in its row ${row}`);
    if (col > MAX_COLUMNS)
      throw new XlsxError(`row ${row} has a cell beyond column XFD, the last an Excel sheet has (the workbook is damaged)`);
    if (col <= this.lastCol) this.damaged(`has two cells in one place, or out of order, in row ${row}`);
    this.lastCol = col;
    const cell = this.cell;
    cell.type = cellType(tag, found.t);
    cell.index = -1;
    cell.style = found.s === -1 ? 0 : attributeNumber(tag, found.s);
    cell.value = undefined;
    cell.formula = false;
    cell.inline = undefined;
    this.cellDepth = 1;
  }

  private openInCell(name: string): void {
    this.cellDepth++;
    if (this.cellDepth !== 2) {
      if (this.inIs) this.runs.open(name);
    } else if (name === 'v') {
      this.inV = true;
      this.cell.value = '';
    } else if (name === 'f') this.cell.formula = true;
    else if (name === 'is') this.inIs = this.sawIs = true;
  }

  private closeCell(): void {
    this.cellDepth = 0;
    const cell = this.cell;
    if (this.sawIs) {
      cell.inline = this.runs.take();
      this.sawIs = false;
    }
    const read = cellText(cell, this.ctx);
    const row = this.current!;
    while (row.cells.length < this.lastCol - 1) row.cells.push('');
    if (typeof read === 'string') row.cells.push(read);
    else {
      row.cells.push('');
      row.problems.push({ col: this.lastCol, message: read.message });
    }
  }

  private damaged(what: string): never {
    throw new XlsxError(`the workbook is damaged: its sheet ${quote(this.sheet)} ${what}; open it in Excel and save it again`);
  }
}
