// The blank form as a workbook an auditor can fill in without a manual: each header says what the
// column wants (its name on the first line, for case-audit; the words below, for people), drop-down
// lists for findings, grades and yes/no, the cells to fill in highlighted, ids kept as typed, and
// two more sheets: the criteria with the grading rule, and how to fill the form in.
import { sharingLines, type Sharing } from '../../domain/sharing.js';
import type { CaseType } from '../../domain/types.js';
import { findingsOf, scaleOf } from '../../domain/programme.js';
import { DEFAULT_GRADES, type Scale } from '../../domain/scale.js';
import type { Programme } from '../../domain/types.js';
import type { StreamedOutput } from '../../domain/output.js';
import { ruleInWords } from '../rule-words.js';
import { workbook, type XCell, type XColumn, type XSheet } from '../xlsx/write-book.js';
import { fieldValue, formCsvHeader, formFields, type FormModel } from './form-text.js';

export const FORM_SHEETS = { cases: 'Cases', criteria: 'Criteria', howTo: 'How to fill this in' } as const;
/** What the drop-downs offer: the programme's grades as tables name them, and its finding labels (both accepted spellings). */
export interface FormChoices {
  grades: readonly string[];
  findings: readonly string[];
}

export function formChoices(programme: Programme): FormChoices {
  const scale = scaleOf(programme);
  return { grades: scale.ids.map((g) => scale.tableLabel(g)), findings: findingsOf(programme).choices() };
}

export const YES_NO = ['yes', 'no'] as const;

/** The 2017 scale, whose forms have always listed the grades without their meanings. */
const is2017 = (scale: Scale) =>
  scale.size === DEFAULT_GRADES.length &&
  DEFAULT_GRADES.every((g, i) => scale.ids[i] === g.id && scale.label(g.id) === g.label && scale.def(g.id).meaning === g.meaning);

/**
 * What each grade means, for the "How to fill this in" sheet: a heading and a line per grade (its
 * label and meaning, or the label alone). None for the 2017 scale, so its forms stay as they were.
 */
export function gradeMeanings(programme: Programme): string[] {
  const scale = scaleOf(programme);
  if (is2017(scale)) return [];
  return ['', 'The grades, best first:', ...scale.grades.map((g) => (g.meaning ? `${g.label}: ${g.meaning}` : g.label))];
}

/** Rows the drop-downs cover in a template (a sample form covers at least its cases). */
const FORM_ROWS = 1000;
/** To fill in: a criterion of the row's own case type. */
const TO_FILL = 'FFF2CC';

const FIELD_COLUMNS: Record<string, Omit<XColumn, 'header' | 'list'> & { label: string; grades?: true; list?: readonly string[] }> = {
  self_grade: { label: "The force's own grade", width: 22, text: true, grades: true },
  independent_grade: { label: 'Only to override the grade the findings give', width: 24, text: true, grades: true },
  override_reason: { label: 'Why (never printed or exported)', width: 30, text: true },
  referred_back: { label: 'Referred back to the force?', width: 16, text: true, list: YES_NO },
  notes: { label: 'Notes (never printed or exported)', width: 30, text: true },
  // The long form's (moderation forms).
  round: { label: 'Audit round (keep it)', width: 16, text: true },
  assessor: { label: 'Who assesses (keep it)', width: 14, text: true },
  auditor: { label: 'Your staff code', width: 14, text: true },
  grade: { label: 'Only to override the grade the findings give', width: 24, text: true, grades: true },
};

/** A case file column headed with its name (for case-audit) and its words (for people). */
export function fieldColumn(name: string, choices: FormChoices): XColumn {
  const { label, grades, ...column } = FIELD_COLUMNS[name]!;
  return { header: `${name}\n${label}`, ...column, ...(grades ? { list: choices.grades } : {}) };
}

/** The case_id and case_type columns every form starts with: ids as text, the types as a list. */
export function caseColumns(types: readonly CaseType[]): XColumn[] {
  const typeIds = types.map((t) => t.id);
  return [
    { header: 'case_id\nCase id', width: 16, text: true },
    { header: 'case_type\nCase type', width: Math.max(14, ...typeIds.map((id) => id.length + 2)), text: true, list: typeIds },
  ];
}

/** A finding drop-down per criterion, headed with its id and words; a one-type form highlights them all. */
export function criterionColumns(types: readonly CaseType[], choices: FormChoices): XColumn[] {
  const single = types.length === 1;
  return types.flatMap((t) =>
    t.criteria.map((c) => ({
      header: `${c.id}\n${c.text}`,
      width: 28,
      text: true,
      list: choices.findings,
      note: `${t.title}: ${c.severity}${c.refer ? '; if not met, consider referring the case back to the force' : ''}`,
      // A template is one type: every criterion column is to be filled in.
      ...(single ? { fill: TO_FILL } : {}),
    })),
  );
}

function columns(model: FormModel): XColumn[] {
  const choices = formChoices(model.programme);
  return [
    ...caseColumns(model.types),
    ...model.extraColumns.map((name) => ({ header: name, width: Math.min(30, Math.max(12, name.length + 2)), text: true })),
    ...formFields(model).map((name) => fieldColumn(name, choices)),
    ...criterionColumns(model.types, choices),
  ];
}

/** The Cases sheet of a form: `header` the column names (for each row's own criteria), rows of `caseTypes`. */
export function formCasesSheet(
  cols: XColumn[],
  header: readonly string[],
  rows: XCell[][],
  types: readonly CaseType[],
  caseTypes: readonly string[],
): XSheet {
  const owner = new Map(types.flatMap((t) => t.criteria.map((c) => [c.id, t.id] as const)));
  const longest = Math.max(...cols.map((c) => c.header.length / Math.max(1, c.width - 2)));
  return {
    name: FORM_SHEETS.cases,
    columns: cols,
    rows,
    headerHeight: Math.min(165, 15 * (Math.ceil(longest) + 1)),
    listRows: Math.max(FORM_ROWS, rows.length),
    fill: (r, col) => {
      const type = owner.get(header[col]!);
      if (type === undefined || types.length === 1) return undefined;
      // Only the row's own criteria are styled: every styled cell is written out, and greying the
      // other types' criteria too would multiply a large sample form's size and writing time.
      return type === caseTypes[r] ? TO_FILL : undefined;
    },
  };
}

function casesSheet(model: FormModel): XSheet {
  const header = formCsvHeader(model);
  const fields = new Set(formFields(model));
  const rows = model.cases.map((c): XCell[] =>
    header.map((name, i) => {
      if (i === 0) return c.caseId;
      if (i === 1) return c.caseType;
      if (fields.has(name)) return fieldValue(model, c, name) || null;
      return c.extra?.find(([key]) => key === name)?.[1] ?? null;
    }),
  );
  return formCasesSheet(
    columns(model),
    header,
    rows,
    model.types,
    model.cases.map((c) => c.caseType),
  );
}

export function criteriaSheet(types: readonly CaseType[], programme: Programme): XSheet {
  const rows: XCell[][] = [];
  const bold = new Set<number>();
  for (const t of types) {
    bold.add(rows.length);
    rows.push([`${t.title} (${t.id})`, null, `Grading: ${ruleInWords(programme, t.widespread)}`, null, null]);
    for (const c of t.criteria) rows.push([t.id, c.id, c.text, c.severity, c.refer ? 'consider referring back' : null]);
    rows.push([]);
  }
  return {
    name: FORM_SHEETS.criteria,
    columns: [
      { header: 'Case type', width: 26, text: true },
      { header: 'Criterion', width: 11, text: true },
      { header: 'What the case file should show', width: 80, text: true },
      { header: 'Severity', width: 10, text: true },
      { header: 'If not met', width: 24, text: true },
    ],
    rows,
    boldRows: bold,
    wrap: true,
  };
}

function howToSheet(model: FormModel, sharing?: Sharing): XSheet {
  const lines = [
    'How to fill this in',
    ...sharingLines(sharing),
    '',
    `1. One row per case, on the "${FORM_SHEETS.cases}" sheet. Keep the first row: its first line names each column for case-audit.`,
    '2. case_id and case_type are required. Ids are kept exactly as typed (007 stays 007).',
    `3. For each criterion of the case's type (highlighted), choose from the list: ${formChoices(model.programme).findings.join(', ')}. Leave it blank until assessed.`,
    model.types.length > 1
      ? '4. Leave the criteria of other case types (not highlighted in the row) blank: a value there rejects the row.'
      : '4. Every criterion column belongs to this case type.',
    `5. self_grade: the force's own grade, if it graded the case (${formChoices(model.programme).grades.join(', ')}).`,
    '6. independent_grade: only to override the grade the findings give; then say why in override_reason.',
    `7. referred_back: ${YES_NO.join(' or ')}.`,
    '8. notes and override_reason are never printed or exported by case-audit.',
    '9. Type values, do not use formulas: case-audit reads what a cell holds and never calculates.',
    ...gradeMeanings(model.programme),
    '',
    'Then run: case-audit score <this file>.xlsx   (or report / compare)',
    `The "${FORM_SHEETS.criteria}" sheet lists each criterion, its severity and how a grade is worked out.`,
  ];
  return { name: FORM_SHEETS.howTo, widths: [110], rows: lines.map((l) => [l]), boldRows: new Set([0]), wrap: true };
}

/** `sharing`: with --pseudonymise, the key's fingerprint is said at the top of the how-to sheet. */
export function formXlsx(model: FormModel, sharing?: Sharing): StreamedOutput {
  return workbook([casesSheet(model), criteriaSheet(model.types, model.programme), howToSheet(model, sharing)]);
}
