// Every case read is graded, ungraded or rejected, and the counts add up.

export interface Accounting {
  read: number;
  graded: number;
  ungraded: number;
  rejected: number;
  /**
   * Assessments read (accepted, plus rejected rows), only where the input is long form: there
   * read/graded/ungraded count cases as assembled (graded: an independent grade) and rejected counts rows.
   */
  assessments?: number;
}

export function emptyAccounting(): Accounting {
  return { read: 0, graded: 0, ungraded: 0, rejected: 0 };
}

const count = new Intl.NumberFormat('en-GB');

/** For people: thousands separated ("12,345 read = ..."). */
export function accountingLine(a: Accounting): string {
  const line = `${count.format(a.read)} read = ${count.format(a.graded)} graded + ${count.format(a.ungraded)} ungraded + ${count.format(a.rejected)} rejected`;
  return a.assessments === undefined ? line : `${line} (${count.format(a.assessments)} assessments)`;
}
