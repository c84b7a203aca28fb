// Every case read is graded, ungraded or rejected, and the counts add up.

export interface Accounting {
  read: number;
  graded: number;
  ungraded: number;
  rejected: number;
}

export function emptyAccounting(): Accounting {
  return { read: 0, graded: 0, ungraded: 0, rejected: 0 };
}

const count = new Intl.NumberFormat('en-GB');

/** For people: thousands separated ("12,345 read = ..."). */
export function accountingLine(a: Accounting): string {
  return `${count.format(a.read)} read = ${count.format(a.graded)} graded + ${count.format(a.ungraded)} ungraded + ${count.format(a.rejected)} rejected`;
}
