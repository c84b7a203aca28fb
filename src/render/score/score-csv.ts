// `score --format csv`, a row at a time: the contract's columns, then the carried columns of the
// first case's file (the header is written when the first case comes); a later file's other carried
// columns are named once at the end (--format json keeps every one). Long form: a row per assessment.
import { quote } from '../../text/escape.js';
import { assessmentCsvListing } from './score-assessments.js';
import { scoreCsvListingWith, type StreamedListing } from './score-rows.js';
import type { ScoreWriterFactory } from './score-writer.js';

export const scoreCsvWriter: ScoreWriterFactory = (out, { quiet, stderr }) => {
  let wide: StreamedListing | undefined;
  let long = false;
  let rows = 0;
  /** Lowercase names of the header's carried columns, and other carried columns met later. */
  const inHeader = new Set<string>();
  const left = new Map<string, string>();
  return {
    start(isLong) {
      long = isLong;
      if (long) out.write(assessmentCsvListing.start);
    },
    case(c, row) {
      const carried = c.extra ?? [];
      if (!wide) {
        const names = carried.map(([name]) => name);
        for (const n of names) inHeader.add(n.toLowerCase());
        wide = scoreCsvListingWith(names);
        out.write(wide.start);
      }
      for (const [name] of carried) if (!inHeader.has(name.toLowerCase())) left.set(name.toLowerCase(), name);
      out.write(wide.row(row, rows++, c.extra));
    },
    assessment: (r) => out.write(assessmentCsvListing.row(r, rows++)),
    end() {
      if (long) return out.write(assessmentCsvListing.end(rows));
      if (!wide) out.write((wide = scoreCsvListingWith([])).start);
      out.write(wide.end(rows));
      if (left.size > 0 && !quiet) {
        stderr(
          `case-audit: warning: carried column(s) ${[...left.values()].map(quote).join(', ')} are not in the CSV: its columns come from the first file's header (--format json keeps every column)\n`,
        );
      }
    },
  };
};
