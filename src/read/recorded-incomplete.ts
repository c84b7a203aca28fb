// Cases graded by a recorded grade whose findings are incomplete (some findings given, not all):
// `--strict` fails on them, naming the first. A grade with no findings at all is a judgement, not a gap.
import type { ScoredAssessment } from '../domain/assessment.js';

export interface IncompleteState {
  count: number;
  /** The first such case's id, '' while there is none. */
  first: string;
}

export class RecordedIncomplete implements IncompleteState {
  count = 0;
  first = '';

  note(a: ScoredAssessment, caseId: string): void {
    if (a.gradeSource !== 'recorded' || a.missing.length === 0 || !a.codes.some((c) => c !== 0)) return;
    if (this.count++ === 0) this.first = caseId;
  }

  /** A later part of the input's tally. */
  absorb(later: IncompleteState): void {
    if (this.count === 0) this.first = later.first;
    this.count += later.count;
  }
}
