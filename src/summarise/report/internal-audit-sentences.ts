// The summary sentences of an internal audit (programme.yaml `sentences: internal-audit`): a force's
// own dip sample, where the first marking is its team leaders' or auditors' and the second its QA
// team's, is not an inspection, so nobody "asked the force to self-assess". The sides are named by
// the programme's row labels, as Tables 1 and 2 name them.
import { sentenceStart } from '../../text/sentence.js';
import type { Grade, GradeCounts } from '../../domain/grades.js';
import { countTotal } from '../../domain/grades.js';
import type { Scale } from '../../domain/scale.js';
import { casesText, joinAnd, type ReportSentences, type SentenceInput } from './report-sentences.js';

/** A name inside a sentence: a leading "The" is lowered ("the QA team"); anything else as written. */
const midSentence = (name: string) => name.replace(/^The\b/, 'the');

/** "3 as good, 2 as requiring improvement and 1 as inadequate": the grades given, best first. */
function gradeList(counts: GradeCounts, scale: Scale): string {
  const given = scale.ids.filter((g: Grade) => counts[g]! > 0);
  return joinAnd(given.map((g) => `${counts[g]} as ${scale.tableLabel(g).toLowerCase()}`));
}

export function internalAuditSentences(input: SentenceInput & { selfLabel: string; independentLabel: string }): ReportSentences {
  const { scale } = input;
  const first = sentenceStart(input.selfLabel);
  const second = sentenceStart(input.independentLabel);
  const n = countTotal(input.bothAssessed.self);
  const only = countTotal(input.independentOnly);
  const summary: string[] = [];
  if (n > 0) {
    summary.push(
      `${first} graded ${casesText(n)}; ${midSentence(input.independentLabel)} graded the same ${n === 1 ? 'case' : 'cases'}.`,
      `${first} graded ${gradeList(input.bothAssessed.self, scale)}; ${midSentence(input.independentLabel)} graded ${gradeList(input.bothAssessed.independent, scale)}.`,
    );
  } else if (only > 0) {
    summary.push(`No case was graded by both ${midSentence(input.selfLabel)} and ${midSentence(input.independentLabel)}.`);
  } else {
    summary.push('No case was graded.');
  }
  if (only > 0) {
    summary.push(
      `${second} also graded ${casesText(only)} that ${midSentence(input.selfLabel)} did not: ${gradeList(input.independentOnly, scale)}.`,
    );
  }
  const k = input.referredBack.length;
  const referredBack =
    k === 0 ? 'No case was referred back for action.' : `${casesText(k)} ${k === 1 ? 'was' : 'were'} referred back for action.`;
  return { summary, referredBack: sentenceStart(referredBack) };
}
