// A command's output made safe to publish, as one plain document every format prints the same way
// (render/share/published-*.ts): a title, sections of tables whose cells are labels, counts (shown or
// hidden, cells.ts) and figures built on counts (a figure on fewer than N cases is null: not shown),
// and the JSON value with its contract's keys, a hidden count standing as a `Count`. A command that
// publishes (report, compare, trend, actions, a new one) lays its counts out in a `Cells`, hides,
// then builds one of these; it never renders.
import type { Count } from './cells.js';

/** One cell of a published table. */
export type Figure =
  | string
  | null
  | Count
  /** A fraction 0..1 printed as a percentage; null where it is built on fewer than N cases. */
  | { share: number | null }
  /** A statistic (a kappa) printed to two places; null where it is not shown. */
  | { stat: number | null }
  /** An interval: of a share (percent), of a change in points (signed), or of a statistic. */
  | { range: readonly [number, number] | null; as: 'percent' | 'points' | 'stat' };

export interface PublishedTable {
  title: string;
  /** The first column holds the row labels. */
  head: readonly string[];
  rows: ReadonlyArray<readonly Figure[]>;
}

interface PublishedSection {
  heading: string;
  /** Sentences before the tables (no counts in them: a count goes in a table). */
  lines?: readonly string[];
  tables: readonly PublishedTable[];
}

export interface Published {
  title: string;
  /** The threshold N: counts from 1 to N-1 are hidden. */
  below: number;
  lines: readonly string[];
  sections: readonly PublishedSection[];
  /** The JSON output: the command's contract keys, a hidden count as a `Count` (written `{ "suppressed": true }`). */
  json: Record<string, unknown>;
}
