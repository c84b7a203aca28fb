// Per-file checks on records that are valid but probably not what the user meant: an override
// reason with nothing to override (warned at its line), and cases whose blank self_grade moves them
// from Table 1 (both assessed) to Table 2 (independent only), named once per file.
import { warning, type Diagnostic } from '../../domain/diagnostic.js';
import type { AssessmentRecord } from '../../domain/assessment.js';
import { independentOf, selfGradeOf } from './wide.js';
import { quote } from '../../text/escape.js';

const NAMED = 10;

export interface ChecksState {
  blankSelf: number;
  /** The first cases named (quoted). */
  named: string[];
  anySelfGrade: boolean;
}

/** An override_reason beside a blank grade (wide: independent_grade; long form: grade) explains nothing. */
export function reasonWithoutGrade(
  record: { caseId: string; hasOverrideReason: boolean; source: { file: string; line: number } },
  column: string,
): Diagnostic | undefined {
  if (!record.hasOverrideReason) return undefined;
  return warning(
    record.source.file,
    record.source.line,
    'reason-without-override',
    `case ${quote(record.caseId)}: override_reason is given but ${column} is blank, so there is nothing to override and the reason is ignored; give the ${column} it explains, or clear the reason`,
  );
}

export class RecordChecks {
  private blankSelf = 0;
  private readonly named: string[] = [];
  private anySelfGrade = false;

  /**
   * `selfGradeColumn`: whether the file has a self_grade column (CSV; YAML cases may each give one).
   * The warning needs one case with a self grade too: a file with none is plainly independent-only
   * (a filled dip-sample form), and naming every case there would only be noise.
   */
  constructor(
    private readonly file: string,
    private readonly selfGradeColumn?: boolean,
  ) {}

  /** A wide row's records; `selfGradeGiven`: false for a YAML case without a self_grade key: absent is not blank. */
  check(records: readonly AssessmentRecord[], selfGradeGiven = true): Diagnostic | undefined {
    const independent = independentOf(records);
    if (selfGradeOf(records) !== null) this.anySelfGrade = true;
    else if (selfGradeGiven && (independent.grade !== null || independent.findings.size > 0)) {
      this.blankSelf++;
      if (this.named.length < NAMED) this.named.push(quote(independent.caseId));
    }
    return independent.grade === null ? reasonWithoutGrade(independent, 'independent_grade') : undefined;
  }

  /** What the closing warning needs, for a file read in parts: merged with `absorb`, in file order. */
  state(): ChecksState {
    return { blankSelf: this.blankSelf, named: this.named, anySelfGrade: this.anySelfGrade };
  }

  /** A later part's tally. */
  absorb(later: ChecksState): void {
    this.blankSelf += later.blankSelf;
    this.anySelfGrade ||= later.anySelfGrade;
    for (const name of later.named) if (this.named.length < NAMED) this.named.push(name);
  }

  /** After the file's last record: the one warning about blank self grades, if any. */
  finish(): Diagnostic | undefined {
    if (this.selfGradeColumn === false || !this.anySelfGrade || this.blankSelf === 0) return undefined;
    const n = this.blankSelf;
    const more = n > this.named.length ? ` and ${n - this.named.length} more` : '';
    return warning(
      this.file,
      0,
      'blank-self-grade',
      `${n} ${n === 1 ? 'case has' : 'cases have'} a blank self_grade, so ${n === 1 ? 'it counts' : 'they count'} in Table 2 (independent only), not Table 1: ${this.named.join(', ')}${more}; fill in self_grade where the force graded the case`,
    );
  }
}
