// `score --format markdown`: one Markdown table, so every row is held until the end (over
// BUFFER_NOTE_ROWS, stderr says that table, csv and json stream instead).
import { accountingLine } from '../accounting-line.js';
import { mdTable } from '../../text/markdown.js';
import { assessmentRows, type AssessmentRow, type CaseRow } from '../../summarise/score/score-listing.js';
import { assessmentMarkdown } from './score-assessments.js';
import { criteriaText, FOOTNOTE, gradeText, label, referralText } from './score-rows.js';
import type { ScoreWriterFactory } from './score-writer.js';

/** Above this many rows, stderr says the layout holds them all. */
const BUFFER_NOTE_ROWS = 10_000;

export const scoreMarkdownWriter: ScoreWriterFactory = (out, { stderr, scale }) => {
  const cases: CaseRow[] = [];
  let assessments: AssessmentRow[] | undefined;
  return {
    start(long) {
      if (long) assessments = [];
    },
    case(c, row) {
      if (assessments) for (const r of assessmentRows(c)) assessments.push(r);
      else cases.push(row);
    },
    end({ accounting }) {
      const rows = assessments?.length ?? cases.length;
      if (rows > BUFFER_NOTE_ROWS) {
        const what = assessments ? 'assessments' : 'cases';
        stderr(
          `case-audit: the markdown layout holds all ${rows} ${what} in memory before printing; --format table, csv or json streams them\n`,
        );
      }
      if (assessments) return out.write(assessmentMarkdown(assessments, accounting, scale));
      const body = cases.map((c) => [
        c.caseId,
        c.caseType,
        label(scale, c.selfGrade),
        gradeText(scale, c),
        criteriaText(c),
        referralText(c),
      ]);
      out.write(
        `${mdTable(['Case', 'Type', 'Self grade', 'Grade', 'Unmet criteria', 'Referral'], body)}\n${FOOTNOTE}\n\n${accountingLine(accounting)}\n`,
      );
    },
  };
};
