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
  /**
   * Long form: cases only a second marker (a role other than self and independent) assessed, when
   * other cases have a first marking: joined to none, so in no comparison. Counted among `ungraded`.
   */
  noFirstMarking?: number;
}

export function emptyAccounting(): Accounting {
  return { read: 0, graded: 0, ungraded: 0, rejected: 0 };
}
