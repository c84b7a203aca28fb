// Workbooks written from a plain description of their sheets: the only place that writes with
// exceljs. Renderers say what each sheet holds; this decides how Excel is told.
import ExcelJS from 'exceljs';

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

export interface XSheet {
  name: string;
  /** A bold, frozen header row; absent for free-form sheets (notes, headings). */
  columns?: readonly XColumn[];
  /** Widths for a sheet without a header row. */
  widths?: readonly number[];
  rows: ReadonlyArray<readonly XCell[]>;
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
}

const HEADER_FILL = 'D9E1F2';

const solid = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } });

/** Excel refuses sheet names over 31 characters or holding []:*?/\. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\']/g, ' ').slice(0, 31);
}

export async function workbookBytes(sheets: readonly XSheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'case-audit';
  for (const spec of sheets) addSheet(book, spec);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addSheet(book: ExcelJS.Workbook, spec: XSheet): void {
  const columns = spec.columns;
  const ws = book.addWorksheet(sheetName(spec.name), columns ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
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
      cell.value = c.header;
      cell.font = { bold: true };
      cell.fill = solid(HEADER_FILL);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.note) cell.note = c.note;
    });
    if (spec.headerHeight) head.height = spec.headerHeight;
  }
  spec.rows.forEach((row, r) => {
    const line = ws.getRow(r + 1 + offset);
    row.forEach((value, c) => {
      const fill = spec.fill?.(r, c);
      // A blank cell takes its column's style: creating it would only cost time and bytes.
      if (value === null && !fill) return;
      const cell = line.getCell(c + 1);
      const column = columns?.[c];
      // Strings are always stored as strings: "=1+1" is text, never a formula, and needs no '.
      cell.value = value;
      if (column?.text) cell.numFmt = '@';
      else if (column?.numFmt && typeof value === 'number') cell.numFmt = column.numFmt;
      if (spec.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      if (fill) cell.fill = solid(fill);
    });
    if (spec.boldRows?.has(r)) line.font = { bold: true };
  });
  if (columns && spec.listRows) {
    // One range per column (exceljs#1427: cell-by-cell validations overlap and Excel "repairs" them).
    const last = spec.listRows + 1;
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
}
