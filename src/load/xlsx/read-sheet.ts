// One sheet of a workbook as rows of strings with positions, streamed: the zip read by its central
// directory (zip-parts.ts), the workbook, shared strings and styles read first, whatever their
// order in the zip, then the sheet inflated and scanned chunk by chunk. Nothing is written to
// disk: a workbook's notes never reach a temporary file.
import { quote } from '../../text/escape.js';
import { XLSX_LIMITS, XlsxError, type XlsxLimits } from './limits.js';
import { scanPart } from './part-scan.js';
import { readSharedStrings } from './shared-strings.js';
import { SheetRows, type SheetRow } from './sheet-part.js';
import { readDateStyles } from './styles-part.js';
import { readWorkbookIndex, type SheetInfo } from './workbook-part.js';
import { ZipParts } from './zip-parts.js';

export type { SheetRow } from './sheet-part.js';

export interface ReadSheetOptions {
  /** The sheet to read (case-insensitive, as Excel matches names); default: the first visible worksheet. */
  sheet?: string;
  limits?: XlsxLimits;
}

/** Calls `onRow` for each row as it is read (false: stop); `between` is awaited after each inflated chunk (a slow consumer). */
export async function forEachSheetRow(
  path: string,
  options: ReadSheetOptions,
  onRow: (row: SheetRow) => boolean | void,
  between?: () => Promise<void> | undefined,
): Promise<void> {
  const chunks = sheetChunks(path, options, onRow);
  try {
    while (!(await chunks.next()).done) {
      const wait = between?.();
      if (wait) await wait;
    }
  } finally {
    await chunks.return(undefined);
  }
}

/**
 * The sheet's first row that is not blank (its header), reading no further. Not a generator of
 * rows: rows held while a caller takes them one by one survive V8's young-generation collections,
 * and V8 then allocates every later row at the same sites straight into the old generation
 * (pretenuring), which cost a later full read of a million rows ~300 MB more peak memory.
 */
export async function readHeaderRow(path: string, options: ReadSheetOptions = {}): Promise<SheetRow | undefined> {
  let header: SheetRow | undefined;
  await forEachSheetRow(path, options, (row) => {
    if (row.problems.length === 0 && row.cells.every((c) => c.trim() === '')) return true;
    header = row;
    return false;
  });
  return header;
}

/** Reads the sheet chunk by chunk, pausing after each; rows go to `onRow` as they are read. */
async function* sheetChunks(path: string, options: ReadSheetOptions, onRow: (row: SheetRow) => boolean | void): AsyncGenerator<void> {
  const limits = options.limits ?? XLSX_LIMITS;
  const parts = new ZipParts(path, limits);
  const book = await readWorkbookIndex(parts);
  const sheet = chooseSheet(book.sheets, options.sheet);
  if (sheet.part === undefined || !parts.has(sheet.part))
    throw new XlsxError(
      `the workbook is damaged: its sheet ${quote(sheet.name)} points at no part its zip holds; open it in Excel and save it again`,
    );
  const strings = await readSharedStrings(parts, book.sharedStrings, limits);
  const dateStyles = await readDateStyles(parts, book.styles);
  const rows = new SheetRows(sheet.name, { strings, dateStyles, date1904: book.date1904 }, limits, onRow);
  const scan = scanPart(parts, sheet.part, rows);
  try {
    while (!(await scan.next()).done) {
      // Rows before the cap have been handed on; the cap is reported after them.
      yield;
      if (rows.capped) throw rows.capped;
      if (rows.stopped) return;
    }
  } finally {
    await scan.return(undefined);
  }
}

/** The workbook's worksheets (not chart sheets), in tab order, hidden ones too. */
export async function worksheetNames(path: string, limits: XlsxLimits = XLSX_LIMITS): Promise<Array<{ name: string; hidden: boolean }>> {
  const book = await readWorkbookIndex(new ZipParts(path, limits));
  return book.sheets.filter((s) => s.kind === 'worksheet').map(({ name, hidden }) => ({ name, hidden }));
}

const KINDS: Record<string, string> = { chartsheet: 'a chart sheet', dialogsheet: 'a dialog sheet', xlMacrosheet: 'a macro sheet' };

/** `--sheet NAME` (case-insensitive), or the first visible worksheet in tab order. */
function chooseSheet(sheets: readonly SheetInfo[], wanted: string | undefined): SheetInfo {
  const list =
    sheets.map((s) => `${quote(s.name)}${s.hidden ? ' (hidden)' : ''}${s.kind === 'chartsheet' ? ' (chart)' : ''}`).join(', ') || 'none';
  if (wanted === undefined) {
    const first = sheets.find((s) => !s.hidden && s.kind === 'worksheet');
    if (!first) throw new XlsxError(`the workbook has no visible sheet to read (sheets: ${list}); name one with --sheet`);
    return first;
  }
  const named = sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!named) throw new XlsxError(`the workbook has no sheet named ${quote(wanted)}; its sheets: ${list}`);
  if (named.kind !== 'worksheet') {
    const cells = sheets.filter((s) => s.kind === 'worksheet').map((s) => quote(s.name));
    throw new XlsxError(
      `the sheet ${quote(named.name)} is ${KINDS[named.kind] ?? `a ${named.kind}`}, which holds no cells to read; name a worksheet with --sheet (${cells.length > 0 ? `worksheets: ${cells.join(', ')}` : 'the workbook has none'})`,
    );
  }
  return named;
}
