// The wide `score` listing's rows, one per case, in each format's cells: pure functions of a case's row.
import type { Grade } from '../../domain/grades.js';
import type { Scale } from '../../domain/scale.js';
import type { CaseRow } from '../../summarise/score/score-listing.js';
import { BOM, csvCell, csvLine } from '../../text/csv.js';
import { memoText } from '../../text/text-memo.js';

/** Carried columns of a row (team, officer...), as the register spelt them. */
type Carried = ReadonlyArray<readonly [string, string]>;

/**
 * The contract's JSON row: canonical ids, booleans, nulls.
 * @internal exported for its own tests
 */
export function scoreJsonRow(c: CaseRow) {
  return {
    caseId: c.caseId,
    caseType: c.caseType,
    selfGrade: c.selfGrade,
    grade: c.grade,
    derivedGrade: c.derivedGrade,
    gradeSource: c.gradeSource,
    override: c.override,
    unmet: c.unmet,
    missing: c.missing,
    referredBack: c.referredBack,
    referralSuggested: c.referralSuggested,
  };
}

/** The JSON row with `carried` (the register's own columns) where the file had any. */
function scoreJsonRowCarried(c: CaseRow, carried?: Carried) {
  const row = scoreJsonRow(c);
  // fromEntries defines own properties: a column named __proto__ stays data.
  return carried && carried.length ? { ...row, carried: Object.fromEntries(carried) } : row;
}

export const label = (scale: Scale, g: Grade | null) => (g ? scale.tableLabel(g) : '');

export function gradeText(scale: Scale, c: CaseRow): string {
  if (c.grade === null) return 'ungraded';
  const words = scale.tableLabel(c.grade);
  if (c.gradeSource === 'override') return `${words} (override)`;
  if (c.gradeSource === 'recorded') return `${words} (recorded)`;
  return words;
}

export function criteriaText(c: CaseRow): string {
  const parts = [];
  if (c.unmet.length) parts.push(c.unmet.join(' '));
  if (c.missing.length) parts.push(`missing: ${c.missing.join(' ')}`);
  return parts.join('; ');
}

export function referralText(c: CaseRow): string {
  if (c.referredBack) return 'referred back';
  if (c.referralSuggested) return 'suggested';
  return '';
}

export const FOOTNOTE =
  'Grade: the independent grade, derived from the criteria; "(recorded)" is an assessor\'s grade without complete findings, "(override)" one that differs from the criteria, with a reason in the case file.';

export const SCORE_CSV_HEADER = [
  'case_id',
  'case_type',
  'self_grade',
  'grade',
  'derived_grade',
  'grade_source',
  'override',
  'unmet',
  'missing',
  'referred_back',
  'referral_suggested',
];

export function scoreCsvRow(c: CaseRow) {
  return [
    c.caseId,
    c.caseType,
    c.selfGrade,
    c.grade,
    c.derivedGrade,
    c.gradeSource,
    c.override ? 'yes' : 'no',
    c.unmet.join(' '),
    c.missing.join(' '),
    c.referredBack ? 'yes' : 'no',
    c.referralSuggested ? 'yes' : 'no',
  ];
}

/** A listing written a row at a time, so `score` streams csv and json with no array of cases. */
export interface StreamedListing<R = CaseRow> {
  start: string;
  row(c: R, index: number, carried?: Carried): string;
  end(rows: number): string;
}

/** The CSV listing with these carried columns after the contract's (matched case-insensitively). */
export function scoreCsvListingWith(columns: readonly string[]): StreamedListing {
  const keys = columns.map((name) => name.toLowerCase());
  const row = scoreCsvRowText();
  return {
    start: BOM + csvLine([...SCORE_CSV_HEADER, ...columns]),
    row: (c, _i, carried) => {
      if (keys.length === 0) return row(c);
      const values = new Map((carried ?? []).map(([name, value]) => [name.toLowerCase(), value]));
      return csvLine([...scoreCsvRow(c), ...keys.map((k) => values.get(k) ?? '')]);
    },
    end: () => '',
  };
}

/**
 * `csvLine(scoreCsvRow(c))` with no array per row: the cells that repeat (type, grades, source, the
 * shared lists of criteria) are escaped once each; building each row's cells and joining them was
 * most of `score --format csv`'s writing (score-stream.test.ts compares the two on random rows).
 * @internal exported for its own tests
 */
export function scoreCsvRowText(): (c: CaseRow) => string {
  const cell = memoText((value: string | null) => csvCell(value));
  // Keyed by the list itself: grading shares one list among every case with the same findings.
  const list = memoText((ids: readonly string[]) => csvCell(ids.join(' ')));
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  return (c) =>
    `${csvCell(c.caseId)},${cell(c.caseType)},${cell(c.selfGrade)},${cell(c.grade)},${cell(c.derivedGrade)},${cell(c.gradeSource)},${yes(c.override)},${list(c.unmet)},${list(c.missing)},${yes(c.referredBack)},${yes(c.referralSuggested)}\r\n`;
}

/** @internal exported for its own tests: the listing with no carried columns */
export const scoreCsvListing: StreamedListing = scoreCsvListingWith([]);

/** A list of ids as JSON.stringify(row, null, 2) writes it inside the listing's array. */
const idList = (ids: readonly string[]) =>
  ids.length === 0 ? '[]' : `[\n      ${ids.map((id) => JSON.stringify(id)).join(',\n      ')}\n    ]`;

/** Printable ASCII but `"` and `\`: JSON.stringify only puts quotes round it. */
const PLAIN_JSON = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** JSON.stringify of a string (or null), without calling it for the usual id. */
const jsonText = (value: string | null) => (value !== null && PLAIN_JSON.test(value) ? `"${value}"` : JSON.stringify(value));

/**
 * The row as `JSON.stringify(row, null, 2)` writes it inside the listing's array, written field by
 * field: stringifying an object a row at a time was a third of `score --format json`'s time, and
 * stringifying each field most of the rest, so the fields that repeat (type, grades, source, the
 * shared lists of criteria) are made once each (score-stream.test.ts compares with JSON.stringify).
 */
function scoreJsonRowText(): (c: CaseRow) => string {
  const q = memoText(jsonText);
  // Keyed by the list itself: grading shares one list among every case with the same findings.
  const list = memoText(idList);
  return (c) => `{
    "caseId": ${jsonText(c.caseId)},
    "caseType": ${q(c.caseType)},
    "selfGrade": ${q(c.selfGrade)},
    "grade": ${q(c.grade)},
    "derivedGrade": ${q(c.derivedGrade)},
    "gradeSource": ${q(c.gradeSource)},
    "override": ${c.override},
    "unmet": ${list(c.unmet)},
    "missing": ${list(c.missing)},
    "referredBack": ${c.referredBack},
    "referralSuggested": ${c.referralSuggested}
  }`;
}

const jsonRowText = scoreJsonRowText();

/** Exactly `JSON.stringify(rows, null, 2)`, a row at a time. */
export const scoreJsonListing: StreamedListing = {
  start: '[',
  // Carried columns (rare, named by the register: any key order JavaScript gives them) go through JSON.stringify.
  row: (c, i, carried) =>
    `${i === 0 ? '' : ','}\n  ${carried && carried.length ? JSON.stringify(scoreJsonRowCarried(c, carried), null, 2).replaceAll('\n', '\n  ') : jsonRowText(c)}`,
  end: (rows) => (rows === 0 ? ']\n' : '\n]\n'),
};
