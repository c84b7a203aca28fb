// One sheet of a workbook as rows of strings with positions, streamed with exceljs's
// WorkbookReader (a full read of a big sheet costs gigabytes). The only place that reads with exceljs,
// loaded only when a workbook is read: it costs ~400 ms and ~60 MB, which a CSV run should not pay.
import type ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import { quote } from '../../text/escape.js';
import { cellText } from './cell-text.js';
import { checkWorkbookFile } from './container.js';
import { checkUnpackedSizes } from './unpacked-size.js';
import { MAX_COLUMNS, XLSX_LIMITS, XlsxError, type XlsxLimits } from './limits.js';

export interface SheetRow {
  sheet: string;
  /** The row number in the sheet (1-based, as Excel shows it). */
  row: number;
  /** From column A: cells[0] is A; blank cells are "". */
  cells: string[];
  /** Cells that hold no readable value (an error, a formula never calculated), by column (1 = A). */
  problems: Array<{ col: number; message: string }>;
}

export interface ReadSheetOptions {
  /** The sheet to read (case-insensitive, as Excel matches names); default: the first visible one. */
  sheet?: string;
  limits?: XlsxLimits;
}

interface SheetInfo {
  name: string;
  state?: string;
}
type StreamedSheet = SheetInfo & AsyncIterable<ExcelJS.Row>;

const hidden = (s: SheetInfo) => s.state === 'hidden' || s.state === 'veryHidden';

export async function* readSheetRows(path: string, options: ReadSheetOptions = {}): AsyncGenerator<SheetRow> {
  const limits = options.limits ?? XLSX_LIMITS;
  await checkUnpackedSizes(path, checkWorkbookFile(path, limits), limits);
  const { default: exceljs } = await import('exceljs');
  const stream = createReadStream(path);
  const reader = new exceljs.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const book = reader as unknown as { model?: { sheets?: SheetInfo[] } };
  const wanted = options.sheet?.toLowerCase();
  let found = false;
  try {
    for await (const sheet of reader as unknown as AsyncIterable<StreamedSheet>) {
      const order = book.model?.sheets ?? [];
      const target = wanted ?? (order.find((s) => !hidden(s))?.name ?? (hidden(sheet) ? undefined : sheet.name))?.toLowerCase();
      if (sheet.name.toLowerCase() !== target) continue;
      found = true;
      for await (const row of sheet) {
        if (row.number > limits.maxRows) {
          throw new XlsxError(
            `sheet ${quote(sheet.name)} has more than ${limits.maxRows.toLocaleString('en-GB')} rows, the most a case file may hold; the run stops here`,
          );
        }
        yield sheetRow(sheet.name, row);
      }
      break;
    }
    if (!found) throw new XlsxError(missingSheet(options.sheet, book.model?.sheets ?? []));
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    // The library's message may quote the file's XML: say what happened, not what it read.
    throw new XlsxError(
      'the workbook is damaged or not a valid .xlsx (its contents could not be read); open it in Excel and save it again',
    );
  } finally {
    stream.destroy();
  }
}

function sheetRow(sheet: string, row: ExcelJS.Row): SheetRow {
  const cells: string[] = [];
  const problems: SheetRow['problems'] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    if (col > MAX_COLUMNS)
      throw new XlsxError(`row ${row.number} has a cell beyond column XFD, the last an Excel sheet has (the workbook is damaged)`);
    while (cells.length < col - 1) cells.push('');
    const read = cellText(cell.value);
    if ('text' in read) cells.push(read.text);
    else {
      cells.push('');
      problems.push({ col, message: read.problem });
    }
  });
  return { sheet, row: row.number, cells, problems };
}

function missingSheet(name: string | undefined, sheets: readonly SheetInfo[]): string {
  const list = sheets.map((s) => `${quote(s.name)}${hidden(s) ? ' (hidden)' : ''}`).join(', ') || 'none';
  return name === undefined
    ? `the workbook has no visible sheet to read (sheets: ${list}); name one with --sheet`
    : `the workbook has no sheet named ${quote(name)}; its sheets: ${list}`;
}
