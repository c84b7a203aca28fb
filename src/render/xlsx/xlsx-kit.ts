// What the xlsx reports share: a front sheet of labelled values ending with the accounting line,
// and a grade-count table sheet. Numbers stay numbers; only ids and labels are text.
import { suppressionRule, type Sharing } from '../../domain/sharing.js';
import type { CriteriaIdentity } from '../../domain/criteria-identity.js';
import { countTotal, type GradeCounts } from '../../domain/grades.js';
import type { Scale } from '../../domain/scale.js';
import { type Accounting } from '../../domain/accounting.js';
import { accountingLine } from '../accounting-line.js';
import type { XCell, XColumn, XSheet } from './write-book.js';
import { gradeHeads } from '../report/report-layout.js';

const FRONT_SHEET = 'Summary';

/** The front sheet: a title, labelled values, which criteria scored it, then every case read accounted for. */
export function frontSheet(
  title: string,
  pairs: ReadonlyArray<readonly [string, XCell] | readonly [string, XCell, string]>,
  totals: Accounting,
  criteria?: CriteriaIdentity,
  sharing?: Sharing,
): XSheet {
  const rows: XCell[][] = [[title], [], ...pairs.map(([k, v]) => [k, v])];
  // What was done for sharing comes before anything else a reader might quote.
  if (sharing?.pseudonymKey !== undefined) rows.splice(1, 0, ['Pseudonym key fingerprint', sharing.pseudonymKey]);
  if (sharing?.suppression !== undefined) rows.splice(1, 0, ['Small numbers', suppressionRule(sharing.suppression.below)]);
  // A pair's third element is its value's number format ('0.0%', '0.00'): the pairs follow the title, the sharing lines and a blank row.
  const first = rows.length - pairs.length;
  const formats = new Map(pairs.map((p, i) => [first + i, p[2]]));
  if (criteria) {
    // Results are comparable only on the same criteria: the fingerprint says which.
    rows.push([], ['Criteria', criteria.programme], ['Criteria version', criteria.version], ['Criteria fingerprint', criteria.fingerprint]);
  }
  rows.push(
    [],
    ['Cases read', totals.read],
    ['Graded', totals.graded],
    ['Ungraded', totals.ungraded],
    ['Rejected', totals.rejected],
    ['Accounting', accountingLine(totals)],
  );
  return {
    name: FRONT_SHEET,
    widths: [34, 90],
    rows,
    boldRows: new Set([0]),
    wrap: true,
    numFmt: (row, col) => (col === 1 ? formats.get(row) : undefined),
  };
}

/** A list's rows, made one at a time while the sheet is written, never all at once. */
export function* eachRow<T>(items: Iterable<T>, row: (item: T) => XCell[]): Generator<XCell[]> {
  for (const item of items) yield row(item);
}

export const textColumn = (header: string, width = 16): XColumn => ({ header, width, text: true });
export const numberColumn = (header: string, width = 12, numFmt?: string): XColumn =>
  numFmt ? { header, width, numFmt } : { header, width };

/** Rows of labelled grade counts with a total, one column per grade. */
export function gradeCountSheet(
  scale: Scale,
  name: string,
  head: string,
  rows: ReadonlyArray<{ label: string; counts: GradeCounts }>,
  note?: string,
): XSheet {
  const width = Math.max(24, ...rows.map((r) => r.label.length + 2));
  return {
    name,
    columns: [
      { ...textColumn(head, Math.min(width, 60)), ...(note ? { note } : {}) },
      ...gradeHeads(scale).map((g) => numberColumn(g, Math.max(12, g.length + 2))),
      numberColumn('Total'),
    ],
    rows: rows.map((r) => [r.label, ...scale.ids.map((g) => r.counts[g]!), countTotal(r.counts)]),
  };
}
