// The blind form for a second marker: long form, one row per drawn case, `assessor` the moderating
// role and everything else blank. Never the first marker's grade, findings or auditor: the second
// marking must be the moderator's own. Read back beside the first marking, `compare --between` joins
// the two by (round, case id).
import type { Programme } from '../../domain/types.js';
import type { CaseType } from '../../domain/types.js';
import type { Marked } from '../../summarise/sample/moderation-plan.js';
import { csvDocument, type Cell } from '../../text/csv.js';
import { comment, findingWords, scalar } from './form-text.js';

export interface ModerationForm {
  /** The programme: its grades and finding spellings are the workbook's choices. */
  programme: Programme;
  /** The second marker's role: the form's `assessor` on every row. */
  role: string;
  /** The first marker's role, for the line that says how to compare the two. */
  firstRole: string;
  /** The types of the drawn cases, in table order: their criteria get the columns. */
  types: readonly CaseType[];
  cases: readonly Marked[];
}

/** The long-form fields after case_id and case_type (and round, where the cases name one). */
const LONG_FORM_FIELDS = ['assessor', 'auditor', 'grade', 'override_reason', 'referred_back', 'notes'] as const;

const hasRound = (form: ModerationForm) => form.cases.some((c) => c.round !== null);

/** The form's columns: case_id, case_type, round (where the cases name one), the long-form fields, the criteria. */
export function moderationHeader(form: ModerationForm): { fields: string[]; criteria: string[] } {
  const fields = ['case_id', 'case_type', ...(hasRound(form) ? ['round'] : []), ...LONG_FORM_FIELDS];
  return { fields, criteria: form.types.flatMap((t) => t.criteria.map((c) => c.id)) };
}

/** Per case: its id, type and round, the second marker's role, and a blank for everything else. */
export function moderationRows<B extends Cell | null>(form: ModerationForm, blank: B): Array<Array<string | B>> {
  const round = hasRound(form);
  const { criteria } = moderationHeader(form);
  const blanks = new Array<B>(LONG_FORM_FIELDS.length - 1 + criteria.length).fill(blank);
  return form.cases.map((c) => [c.caseId, c.caseType, ...(round ? [c.round ?? ''] : []), form.role, ...blanks]);
}

export function moderationCsv(form: ModerationForm): string {
  const { fields, criteria } = moderationHeader(form);
  return csvDocument([...fields, ...criteria], moderationRows(form, ''));
}

/** YAML names a round once, at the top: a sample across rounds goes to CSV (the caller checks). */
export function moderationYaml(form: ModerationForm): string {
  const byId = new Map(form.types.map((t) => [t.id, t]));
  const rounds = [...new Set(form.cases.map((c) => c.round))];
  const lines = [`# case-audit moderation form: second marking by ${comment(form.role)}, blind (the first marking is not shown)`];
  lines.push(
    `# Fill in the grade and each finding, then run: case-audit compare --between ${comment(form.role)},${comment(form.firstRole)} <first marking> <this file>`,
  );
  if (rounds.length === 1 && rounds[0] !== null) lines.push(`round: ${scalar(rounds[0]!)}`);
  if (form.cases.length === 0) lines.push('cases: []');
  else lines.push('cases:');
  for (const c of form.cases) {
    lines.push(
      `  - id: ${scalar(c.caseId)}`,
      `    type: ${scalar(c.caseType)}`,
      '    assessments:',
      `      - assessor: ${scalar(form.role)}`,
    );
    lines.push(
      '        auditor:             # your staff code',
      '        grade:',
      '        override_reason:     # never printed or exported',
    );
    const criteria = byId.get(c.caseType)?.criteria ?? [];
    if (criteria.length === 0) lines.push('        findings: {}');
    else lines.push(`        findings:            # ${findingWords(form.programme)}`);
    for (const cr of criteria) lines.push(`          ${scalar(cr.id)}:   # ${comment(cr.text)}`);
  }
  return `${lines.join('\n')}\n`;
}
