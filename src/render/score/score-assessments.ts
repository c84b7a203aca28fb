// The `score` listing when the input is long form: one row per assessment, with its assessor role,
// auditor and round, so that no assessment's grade or unmet criteria is hidden behind another's.
import { SELF, type ScoredAssessment } from '../../domain/assessment.js';
import type { AssessmentRow } from '../../summarise/score/score-listing.js';
import type { Scale } from '../../domain/scale.js';
import { type Accounting } from '../../domain/accounting.js';
import { accountingLine } from '../accounting-line.js';
import { escapeText } from '../../text/escape.js';
import { BOM, csvLine } from '../../text/csv.js';
import { mdTable } from '../../text/markdown.js';
import type { RenderOptions } from '../options.js';
import type { StreamedListing } from './score-rows.js';
import { textTable } from '../terminal/text-table.js';

/** The contract's score row, plus `round`, `assessor` and `auditor`; `selfGrade` is the grade of a `self` row. */
function assessmentJsonRow({ caseId, caseType, round, assessment: a }: AssessmentRow) {
  return {
    caseId,
    caseType,
    round,
    assessor: a.role,
    auditor: a.auditor,
    selfGrade: a.role === SELF ? a.grade : null,
    grade: a.grade,
    derivedGrade: a.derivedGrade,
    gradeSource: a.gradeSource,
    override: a.override,
    unmet: a.unmet,
    missing: a.missing,
    referredBack: a.referredBack,
    referralSuggested: a.referralSuggested,
  };
}

export const ASSESSMENT_CSV_HEADER = [
  'case_id',
  'case_type',
  'round',
  'assessor',
  'auditor',
  'grade',
  'derived_grade',
  'grade_source',
  'override',
  'unmet',
  'missing',
  'referred_back',
  'referral_suggested',
];

export function assessmentCsvRow({ caseId, caseType, round, assessment: a }: AssessmentRow) {
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  return [
    caseId,
    caseType,
    round,
    a.role,
    a.auditor,
    a.grade,
    a.derivedGrade,
    a.gradeSource,
    yes(a.override),
    a.unmet.join(' '),
    a.missing.join(' '),
    yes(a.referredBack),
    yes(a.referralSuggested),
  ];
}

export const assessmentCsvListing: StreamedListing<AssessmentRow> = {
  start: BOM + csvLine(ASSESSMENT_CSV_HEADER),
  row: (r) => csvLine(assessmentCsvRow(r)),
  end: () => '',
};

export const assessmentJsonListing: StreamedListing<AssessmentRow> = {
  start: '[',
  row: (r, i) => `${i === 0 ? '' : ','}\n  ${JSON.stringify(assessmentJsonRow(r), null, 2).replaceAll('\n', '\n  ')}`,
  end: (rows) => (rows === 0 ? ']\n' : '\n]\n'),
};

function gradeText(scale: Scale, a: ScoredAssessment): string {
  if (a.grade === null) return 'ungraded';
  const label = scale.tableLabel(a.grade);
  return a.gradeSource === 'override' || a.gradeSource === 'recorded' ? `${label} (${a.gradeSource})` : label;
}

/** The carried columns asked for (--columns), matched without case; blank where the case has none. */
function carried(r: AssessmentRow, columns: readonly string[]): string[] {
  const byName = new Map((r.extra ?? []).map(([name, value]) => [name.toLowerCase(), value]));
  return columns.map((name) => byName.get(name.toLowerCase()) ?? '');
}

function cells(scale: Scale, r: AssessmentRow, withRound: boolean, columns: readonly string[]): string[] {
  const a = r.assessment;
  // A grade recorded with no findings at all (the wide form's self grade) lists nothing as missing.
  const gradeOnly = a.gradeSource === 'recorded' && a.codes.every((code) => code === 0);
  const unmet = gradeOnly
    ? 'grade only, no findings'
    : [a.unmet.join(' '), a.missing.length ? `missing: ${a.missing.join(' ')}` : ''].filter(Boolean).join('; ');
  const referral = a.referredBack ? 'referred back' : a.referralSuggested ? 'suggested' : '';
  return [
    r.caseId,
    r.caseType,
    ...carried(r, columns),
    ...(withRound ? [r.round ?? ''] : []),
    a.role,
    a.auditor ?? '',
    gradeText(scale, a),
    unmet,
    referral,
  ];
}

const head = (withRound: boolean, columns: readonly string[]) => [
  'Case',
  'Type',
  ...columns,
  ...(withRound ? ['Round'] : []),
  'Assessor',
  'Auditor',
  'Grade',
  'Unmet criteria',
  'Referral',
];
const FOOTNOTE =
  'One row per assessment. Grade: derived from that assessor\'s findings; "(recorded)" a grade without complete findings, "(override)" one that differs from them.';

export function assessmentTable(
  rows: readonly AssessmentRow[],
  accounting: Accounting,
  { paint, width = Number.POSITIVE_INFINITY }: Pick<RenderOptions, 'paint' | 'width'>,
  scale: Scale,
  columns: readonly string[] = [],
): string {
  // No width (piped, or --output): full width, as the wide listing prints.
  const withRound = rows.some((r) => r.round !== null);
  const body = rows.map((r) => cells(scale, r, withRound, columns).map(escapeText));
  // The unmet criteria wrap: the column after Case, Type, the carried columns, Round, Assessor, Auditor, Grade.
  const table = textTable({ head: head(withRound, columns), rows: body, wrap: [columns.length + (withRound ? 6 : 5)], width });
  return `${table}\n${paint.dim(FOOTNOTE)}\n${accountingLine(accounting)}\n`;
}

export function assessmentMarkdown(rows: readonly AssessmentRow[], accounting: Accounting, scale: Scale): string {
  const withRound = rows.some((r) => r.round !== null);
  return `${mdTable(
    head(withRound, []),
    rows.map((r) => cells(scale, r, withRound, [])),
  )}\n${FOOTNOTE}\n\n${accountingLine(accounting)}\n`;
}
