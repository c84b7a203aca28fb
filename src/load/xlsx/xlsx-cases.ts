// Workbook case files: one sheet's rows through the same header plan and row reader as CSV, so
// every column rule, alias and mapping is the same; only positions differ (`book.xlsx:Cases!C14`).
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { columnLetters, error, type Diagnostic } from '../../domain/diagnostic.js';
import { InputError } from '../../domain/errors.js';
import { forEachSheetRow, type SheetRow } from './read-sheet.js';
import { XlsxError, type XlsxLimits } from './limits.js';
import { RowFeed } from '../rows/row-feed.js';
import type { CaseSink, LoadOptions } from '../inputs/sink.js';
import { headerName, misreadBom, sheetWithColumns, useSheet } from './xlsx-header.js';

type XlsxOptions = LoadOptions & { limits?: XlsxLimits };

export async function loadXlsx(file: string, criteria: CriteriaSet, sink: CaseSink, options: XlsxOptions = {}): Promise<void> {
  let feed: RowFeed | undefined;
  let headerSeen = false;
  let sheet: string | undefined;
  // The header's diagnostics wait until we know whether another sheet has the columns.
  let held: Diagnostic[] | undefined;
  let unusable: { held: Diagnostic[]; sheet: string } | undefined;
  const feedSink: CaseSink = {
    onWideRow: (records) => sink.onWideRow(records),
    onLongRow: (records) => sink.onLongRow(records),
    onReject: (d) => sink.onReject(d),
    onDiagnostic: (d) => (held ? held.push(d) : sink.onDiagnostic(d)),
  };
  if (sink.onColumns) feedSink.onColumns = (c) => sink.onColumns!(c);
  const onRow = (r: SheetRow): boolean => {
    sheet = r.sheet;
    if (r.problems.length === 0 && isBlank(r.cells)) return true;
    feed ??= new RowFeed(file, criteria, feedSink, options, r.sheet);
    if (!headerSeen) {
      headerSeen = true;
      const bad = r.problems[0];
      const names = headerNames(r);
      const misread = misreadBom(file, r.row, names);
      if (bad || misread) {
        sink.onDiagnostic({
          ...(misread ?? error(file, r.row, 'invalid-cell', `the header cell ${bad!.message}`, bad!.col)),
          sheet: r.sheet,
        });
        return false;
      }
      held = [];
      const usable = feed.header(names, r.row);
      if (!usable) unusable = { held, sheet: r.sheet };
      else for (const d of held) sink.onDiagnostic(d);
      held = undefined;
      return usable;
    }
    const problem = cellProblem(file, r, feed.plan!.width);
    if (problem) sink.onReject({ ...problem, sheet: r.sheet });
    else {
      while (r.cells.length < feed.plan!.width) r.cells.push('');
      feed.row(r.cells, r.row);
    }
    return true;
  };
  try {
    const read = { ...(options.sheet ? { sheet: options.sheet } : {}), ...(options.limits ? { limits: options.limits } : {}) };
    await forEachSheetRow(file, read, onRow, () => sink.ready?.());
    if (unusable) {
      for (const d of await withSheetAdvice(unusable.held, file, unusable.sheet, criteria, options)) sink.onDiagnostic(d);
      return;
    }
  } catch (e) {
    if (e instanceof XlsxError) throw new InputError(file, e.message);
    throw e;
  }
  feed?.finish();
  if (!headerSeen) {
    const empty = error(
      file,
      0,
      'empty-file',
      'the sheet is empty; expected a header row such as case_id, case_type, self_grade, independent_grade, ...',
    );
    sink.onDiagnostic(sheet === undefined ? empty : { ...empty, sheet });
  }
}

/** Required columns missing from the sheet read by default, while another sheet has them: say which. */
async function withSheetAdvice(held: Diagnostic[], file: string, read: string, criteria: CriteriaSet, options: XlsxOptions) {
  const missing = held.findIndex((d) => d.rule === 'missing-column');
  if (missing === -1 || options.sheet !== undefined) return held;
  const other = await sheetWithColumns(file, read, criteria, options);
  if (other === undefined) return held;
  return held.map((d, i) => (i === missing ? { ...d, message: `${d.message}${useSheet(other)}` } : d));
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '' && c.trim() !== '') return false;
  return true;
}

/** Header names: each cell's first line; trailing blank cells are formatting, not columns. */
function headerNames(r: SheetRow): string[] {
  const names = r.cells.map(headerName);
  while (names.length > 0 && names[names.length - 1]!.trim() === '') names.pop();
  return names;
}

/** A cell that cannot be read, or a value in a column the header does not name: the row is rejected. */
function cellProblem(file: string, r: SheetRow, width: number): Diagnostic | undefined {
  const bad = r.problems.find((p) => p.col <= width) ?? r.problems[0];
  if (bad) return error(file, r.row, 'invalid-cell', `the cell ${bad.message}; the row was not read`, bad.col);
  for (let i = width; i < r.cells.length; i++) {
    if (r.cells[i]!.trim() !== '') {
      return error(
        file,
        r.row,
        'field-count',
        `the cell has a value but its column has no header (the header ends at column ${columnLetters(width)}); add a header or clear the cell`,
        i + 1,
      );
    }
  }
  return undefined;
}
