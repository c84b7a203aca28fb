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

/** Made on first use: a part worker (src/threads) loads this module but never prints, and Intl's locale data costs a thread ~6 MB. */
let thousands: Intl.NumberFormat | undefined;
const count = (n: number) => (thousands ??= new Intl.NumberFormat('en-GB')).format(n);

/** For people: thousands separated ("12,345 read = ..."). */
export function accountingLine(a: Accounting): string {
  const line = `${count(a.read)} read = ${count(a.graded)} graded + ${count(a.ungraded)} ungraded + ${count(a.rejected)} rejected`;
  if (a.assessments === undefined) return line;
  const unmatched = a.noFirstMarking
    ? `; ${count(a.noFirstMarking)} second-marker ${a.noFirstMarking === 1 ? 'case' : 'cases'} with no first marking`
    : '';
  return `${line} (${count(a.assessments)} assessments${unmatched})`;
}
