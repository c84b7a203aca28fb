// The accounting line people read under the tables and on stderr.
import type { Accounting } from '../domain/accounting.js';

/** Made on first use: a part worker (src/read/parts) must never pay for it, and Intl's locale data costs a thread ~6 MB. */
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
