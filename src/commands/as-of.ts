// `--as-of DATE`: the day due dates and overdue days are counted to. The default is today, which
// only the process knows: src/main.ts passes it in `io.today`, so tests fix it.
import { parseDate } from '../domain/dates.js';
import { UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';

export function asOfDate(raw: string | undefined, io: Io): string {
  if (raw === undefined) {
    if (io.today === undefined) throw new UsageError('no date to count to: give --as-of yyyy-mm-dd');
    return io.today;
  }
  const parsed = parseDate(raw);
  if (!parsed.ok) throw new UsageError(`--as-of: ${parsed.message}`);
  return parsed.iso;
}
