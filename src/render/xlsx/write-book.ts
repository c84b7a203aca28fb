// Workbooks written from a plain description of their sheets (with book-writer.ts, the only place
// that writes with exceljs). Renderers say what each sheet holds; this decides how Excel is told.
// Rows are written as they come, so a renderer may hand a sheet's rows over lazily.
import type ExcelJS from 'exceljs';
import type { ByteSink, StreamedOutput } from '../../domain/output.js';
import { BookWriter } from './book-writer.js';
import { cellStyles, solid } from './cell-styles.js';
import { cutCell, cutText, EXCEL_CAPS, RowCap, type SheetCaps } from './sheet-caps.js';

export type XCell = string | number | null;

export interface XColumn {
  /** Header text; a line break puts the words below (wrapped). */
  header: string;
  /** Characters, as Excel measures column widths. */
  width: number;
  /** Text format ('@'): Excel keeps 007 and 1e5 as typed. */
  text?: boolean;
  /** A number format for numbers in the column ('0.0%'). */
  numFmt?: string;
  /** A drop-down list over the column's data rows. */
  list?: readonly string[];
  /** A comment on the header cell. */
  note?: string;
  /** A fill colour (RGB hex) for the whole column: the cells to fill in. */
  fill?: string;
}

/** A sheet whose rows are written one by one (`SheetOut.row`): what it is, without the rows. */
export type XSheetHead = Omit<XSheet, 'rows'>;

export interface XSheet {
  name: string;
  /** A bold, frozen header row; absent for free-form sheets (notes, headings). */
  columns?: readonly XColumn[];
  /** Widths for a sheet without a header row. */
  widths?: readonly number[];
  /** Iterated once, as the sheet is written. */
  rows: Iterable<readonly XCell[]>;
  /** Header row height in points, for wrapped header text. */
  headerHeight?: number;
  /** Data rows the drop-down lists cover (from the row below the header). */
  listRows?: number;
  /** A fill colour (RGB hex) for a data cell, by 0-based row and column: what to fill in. */
  fill?(row: number, col: number): string | undefined;
  /** 0-based indexes of rows to print bold (headings in a free-form sheet). */
  boldRows?: ReadonlySet<number>;
  /** Wrap long text in data cells. */
  wrap?: boolean;
  /** A number format for one data cell holding a number, by 0-based row and column (a front sheet's mixed values). */
  numFmt?(row: number, col: number): string | undefined;
}

const HEADER_FILL = 'D9E1F2';

/** Excel refuses sheet names over 31 characters or holding []:*?/\. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\']/g, ' ').slice(0, 31);
}

/** The workbook a renderer returns: written sheet by sheet into the output. */
export function workbook(sheets: readonly XSheet[], caps: SheetCaps = EXCEL_CAPS): StreamedOutput {
  return {
    async writeTo(out: ByteSink) {
      const book = new BookWriter(out);
      for (const spec of sheets) await writeSheet(book, spec, caps);
      await book.end();
    },
  };
}

/** A whole sheet, waiting whenever the zip is behind. */
export async function writeSheet(book: BookWriter, spec: XSheet, caps: SheetCaps = EXCEL_CAPS): Promise<void> {
  const sheet = startSheet(book, spec, caps);
  for (const row of spec.rows) {
    sheet.row(row);
    const behind = book.ready();
    if (behind) await behind;
  }
  sheet.end();
}

export interface SheetOut {
  row(cells: readonly XCell[]): void;
  /** Commits the sheet: the next may begin. */
  end(): void;
}

/** Begins a sheet: its columns, views and header row; data rows follow one by one. */
export function startSheet(book: BookWriter, spec: XSheetHead, caps: SheetCaps = EXCEL_CAPS): SheetOut {
  const columns = spec.columns;
  const ws = book.sheet(sheetName(spec.name), columns ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
  const widths = columns?.map((c) => c.width) ?? spec.widths ?? [];
  widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    if (columns?.[i]?.text) col.numFmt = '@';
    const fill = columns?.[i]?.fill;
    if (fill) col.fill = solid(fill);
  });
  const offset = columns ? 1 : 0;
  if (columns) {
    const head = ws.getRow(1);
    columns.forEach((c, i) => {
      const cell = head.getCell(i + 1);
      cell.value = cutText(c.header, caps.cellChars);
      cell.font = { bold: true };
      cell.fill = solid(HEADER_FILL);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.note) cell.note = cutText(c.note, caps.cellChars);
    });
    if (spec.headerHeight) head.height = spec.headerHeight;
    head.commit();
  }
  let r = 0;
  const styleOf = cellStyles(columns, spec.wrap === true);
  const put = (row: readonly XCell[], bold: boolean) => {
    const line = ws.getRow(r + 1 + offset);
    // Before the cells: the row's own style (bold) is kept as the row's; the cells get theirs below.
    if (bold) line.font = { bold: true };
    row.forEach((value, c) => {
      const fill = spec.fill?.(r, c);
      // A blank cell takes its column's style: creating it would only cost time and bytes.
      if (value === null && !fill) return;
      const cell = line.getCell(c + 1);
      // Strings are always stored as strings: "=1+1" is text, never a formula, and needs no '.
      // An empty one is a blank: inline, it would be an empty <v> that reads back as blank anyway.
      cell.value = value === '' ? null : cutCell(value, caps.cellChars);
      // A cell's own number format makes its own style object: the shared ones are never mutated.
      const numFmt = typeof value === 'number' ? spec.numFmt?.(r, c) : undefined;
      cell.style = numFmt ? { ...styleOf(c, value, fill, bold), numFmt } : styleOf(c, value, fill, bold);
    });
    line.commit();
    r++;
  };
  const rows = new RowCap(caps, offset, (row) => put(row, spec.boldRows?.has(r) === true));
  return {
    row: (cells) => rows.row(cells),
    end() {
      rows.end((note) => put(note, true));
      if (columns && spec.listRows) addLists(ws, columns, Math.min(spec.listRows + 1, caps.rows));
      ws.commit();
    },
  };
}

/** Drop-down lists over each listed column's data rows, to row `last`. */
function addLists(ws: ExcelJS.Worksheet, columns: readonly XColumn[], last: number): void {
  // One range per column (exceljs#1427: cell-by-cell validations overlap and Excel "repairs" them).
  columns.forEach((c, i) => {
    if (!c.list) return;
    const letter = ws.getColumn(i + 1).letter;
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${letter}2:${letter}${last}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.list.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'Not in the list',
        error: `Expected one of: ${c.list.join(', ')}`,
      },
    );
  });
}
