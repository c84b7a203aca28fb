// `score --format json`, a row at a time: exactly `JSON.stringify(rows, null, 2)` with no array
// of cases held. Long form: a row per assessment, with its assessor, auditor and round.
import { sharingJson } from '../../domain/sharing.js';
import { assessmentJsonListing } from './score-assessments.js';
import { scoreJsonListing } from './score-rows.js';
import type { ScoreWriterFactory } from './score-writer.js';

export const scoreJsonWriter: ScoreWriterFactory = (out, { sharing }) => {
  let long = false;
  let rows = 0;
  // The contract's listing is an array; made with a key it is wrapped, so the key's fingerprint is at the top level.
  const shared = sharingJson(sharing);
  const wrap = Object.keys(shared).length > 0;
  return {
    start(isLong) {
      long = isLong;
      if (wrap) out.write(`${JSON.stringify(shared, null, 2).slice(0, -2)},\n  "${long ? 'assessments' : 'cases'}": `);
      out.write((long ? assessmentJsonListing : scoreJsonListing).start);
    },
    case: (c, row) => out.write(scoreJsonListing.row(row, rows++, c.extra)),
    assessment: (r) => out.write(assessmentJsonListing.row(r, rows++)),
    end: () => {
      const end = (long ? assessmentJsonListing : scoreJsonListing).end(rows);
      out.write(wrap ? `${end.trimEnd()}\n}\n` : end);
    },
  };
};
