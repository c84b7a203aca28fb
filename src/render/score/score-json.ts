// `score --format json`, a row at a time: exactly `JSON.stringify(rows, null, 2)` with no array
// of cases held. Long form: a row per assessment, with its assessor, auditor and round.
import { assessmentJsonListing } from './score-assessments.js';
import { scoreJsonListing } from './score-rows.js';
import type { ScoreWriterFactory } from './score-writer.js';

export const scoreJsonWriter: ScoreWriterFactory = (out) => {
  let long = false;
  let rows = 0;
  return {
    start(isLong) {
      long = isLong;
      out.write((long ? assessmentJsonListing : scoreJsonListing).start);
    },
    case: (c, row) => out.write(scoreJsonListing.row(row, rows++, c.extra)),
    assessment: (r) => out.write(assessmentJsonListing.row(r, rows++)),
    end: () => out.write((long ? assessmentJsonListing : scoreJsonListing).end(rows)),
  };
};
