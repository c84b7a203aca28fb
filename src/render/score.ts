// The `score` listing in each format: one row per case, pure functions of the scored cases.
import { GRADE_LABELS, type Grade } from '../domain/grades.js';
import type { ScoredCase } from '../domain/types.js';
import { accountingLine, type Accounting } from '../summarise/accounting.js';
import { escapeText } from '../text/escape.js';
import { BOM, csvLine } from './csv-cells.js';
import { mdTable } from './markdown-kit.js';
import type { RenderOptions } from './options.js';
import { textTable } from './text-table.js';

export interface ScoreModel {
  cases: ScoredCase[];
  accounting: Accounting;
}

/** The contract's JSON row: canonical ids, booleans, nulls. */
export function scoreJsonRow(c: ScoredCase) {
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

const label = (g: Grade | null) => (g ? GRADE_LABELS[g] : '');

function gradeText(c: ScoredCase): string {
  if (c.grade === null) return 'ungraded';
  if (c.gradeSource === 'override') return `${GRADE_LABELS[c.grade]} (override)`;
  if (c.gradeSource === 'recorded') return `${GRADE_LABELS[c.grade]} (recorded)`;
  return GRADE_LABELS[c.grade];
}

function criteriaText(c: ScoredCase): string {
  const parts = [];
  if (c.unmet.length) parts.push(c.unmet.join(' '));
  if (c.missing.length) parts.push(`missing: ${c.missing.join(' ')}`);
  return parts.join('; ');
}

function referralText(c: ScoredCase): string {
  if (c.referredBack) return 'referred back';
  if (c.referralSuggested) return 'suggested';
  return '';
}

const FOOTNOTE =
  'Grade: the independent grade, derived from the criteria; "(recorded)" is an assessor\'s grade without complete findings, "(override)" one that differs from the criteria, with a reason in the case file.';

export function scoreTable(model: ScoreModel, { paint, width = 80 }: RenderOptions): string {
  const rows = model.cases.map((c) => [
    escapeText(c.caseId),
    c.caseType,
    label(c.selfGrade),
    c.grade ? paint.grade(c.grade, gradeText(c)) : paint.warn('ungraded'),
    criteriaText(c),
    referralText(c),
  ]);
  const table = textTable({ head: ['Case', 'Type', 'Self', 'Grade', 'Unmet criteria', 'Referral'], rows, wrap: [4, 2, 3, 5], width });
  return `${table}\n${paint.dim(FOOTNOTE)}\n${accountingLine(model.accounting)}\n`;
}

export function scoreMarkdown(model: ScoreModel): string {
  const rows = model.cases.map((c) => [c.caseId, c.caseType, label(c.selfGrade), gradeText(c), criteriaText(c), referralText(c)]);
  return `${mdTable(['Case', 'Type', 'Self grade', 'Grade', 'Unmet criteria', 'Referral'], rows)}\n${FOOTNOTE}\n\n${accountingLine(model.accounting)}\n`;
}

const SCORE_CSV_HEADER = [
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

function scoreCsvRow(c: ScoredCase) {
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
export interface StreamedListing {
  start: string;
  row(c: ScoredCase, index: number): string;
  end(rows: number): string;
}

export const scoreCsvListing: StreamedListing = {
  start: BOM + csvLine(SCORE_CSV_HEADER),
  row: (c) => csvLine(scoreCsvRow(c)),
  end: () => '',
};

/** Exactly `JSON.stringify(rows, null, 2)`, a row at a time. */
export const scoreJsonListing: StreamedListing = {
  start: '[',
  row: (c, i) => `${i === 0 ? '' : ','}\n  ${JSON.stringify(scoreJsonRow(c), null, 2).replaceAll('\n', '\n  ')}`,
  end: (rows) => (rows === 0 ? ']\n' : '\n]\n'),
};

function listing(format: StreamedListing, cases: readonly ScoredCase[]): string {
  let out = format.start;
  cases.forEach((c, i) => (out += format.row(c, i)));
  return out + format.end(cases.length);
}

export function scoreCsv(model: ScoreModel): string {
  return listing(scoreCsvListing, model.cases);
}

export function scoreJson(model: ScoreModel): string {
  return listing(scoreJsonListing, model.cases);
}
