// `--by COLUMN` breaks the tables down by a carried column. A name no input has would put every
// case under "(blank)" and look like a finding, so it is a usage error naming the columns there are.
import { didYouMean } from '../text/did-you-mean.js';
import { UsageError } from '../domain/errors.js';
import { quote } from '../text/escape.js';

/** How many of the inputs' column names the message lists before counting the rest. */
const LISTED = 20;

/** Throws unless some input carries `by` (matched in any case, as the breakdown matches it). */
export function checkByColumn(by: string, columns: { carried: readonly string[]; freeText: readonly string[] }): void {
  const key = by.toLowerCase();
  if (columns.carried.some((name) => name.toLowerCase() === key)) return;
  const free = columns.freeText.find((name) => name.toLowerCase() === key);
  if (free !== undefined) {
    throw new UsageError(
      `--by ${quote(by)}: that column looks like free text, so it is never read; if it holds nothing about a child, carry it along with --map carry=${JSON.stringify(free)}`,
    );
  }
  const { carried } = columns;
  const more = carried.length > LISTED ? ` and ${carried.length - LISTED} more` : '';
  const have = carried.length
    ? `the inputs carry ${carried.slice(0, LISTED).map(quote).join(', ')}${more}`
    : 'the inputs carry no column besides the case file columns and criteria';
  throw new UsageError(`--by ${quote(by)}: no input has that column${didYouMean(by, carried)}; ${have}`);
}
