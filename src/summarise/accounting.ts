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

export function accountingLine(a: Accounting): string {
  return `${a.read} read = ${a.graded} graded + ${a.ungraded} ungraded + ${a.rejected} rejected`;
}
