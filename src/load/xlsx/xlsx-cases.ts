// Workbook case files: one sheet's rows through the same header plan and row reader as CSV, so
// every column rule, alias and mapping is the same; only positions differ (`book.xlsx:Cases!C14`).
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { columnLetters, error, type Diagnostic } from '../../domain/diagnostic.js';
import { InputError } from '../../domain/errors.js';
import { readSheetRows, type SheetRow } from './read-sheet.js';
import { XlsxError, type XlsxLimits } from './limits.js';
import { RowFeed } from '../rows/row-feed.js';
import type { CaseSink, LoadOptions } from '../inputs/sink.js';

/**
 * A header cell's first line names its column: the forms case-audit writes put the criterion's
 * words on the lines below its id.
 */
export const headerName = (cell: string) => cell.split(/\r?\n|\r/, 1)[0]!;

export async function loadXlsx(
  file: string,
  criteria: CriteriaSet,
  sink: CaseSink,
  options: LoadOptions & { limits?: XlsxLimits } = {},
): Promise<void> {
  let feed: RowFeed | undefined;
  let headerSeen = false;
  let sheet: string | undefined;
  try {
    for await (const r of readSheetRows(file, {
      ...(options.sheet ? { sheet: options.sheet } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    })) {
      sheet = r.sheet;
      if (r.cells.every((c) => c.trim() === '') && r.problems.length === 0) continue;
      feed ??= new RowFeed(file, criteria, sink, options, r.sheet);
      if (!headerSeen) {
        headerSeen = true;
        const bad = r.problems[0];
        if (bad)
          return sink.onDiagnostic({ ...error(file, r.row, 'invalid-cell', `the header cell ${bad.message}`, bad.col), sheet: r.sheet });
        if (!feed.header(headerNames(r), r.row)) return;
        continue;
      }
      const problem = cellProblem(file, r, feed.plan!.width);
      if (problem) {
        sink.onReject({ ...problem, sheet: r.sheet });
        continue;
      }
      while (r.cells.length < feed.plan!.width) r.cells.push('');
      feed.row(r.cells, r.row);
      const consumer = sink.ready?.();
      if (consumer) await consumer;
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
