// The blind moderation form as a workbook: the columns of the CSV form (moderation-form.ts), ids
// kept as text (a spreadsheet opening the CSV turns 015 into 15, and the case no longer joins its
// first marking), the drop-downs of the first-marking form, the Criteria sheet and how to fill it in.
import { sharingLines, type Sharing } from '../../domain/sharing.js';
import {
  criteriaSheet,
  caseColumns,
  criterionColumns,
  fieldColumn,
  formChoices,
  FORM_SHEETS,
  YES_NO,
  formCasesSheet,
  gradeMeanings,
} from './form-xlsx.js';
import { moderationHeader, moderationRows, type ModerationForm } from './moderation-form.js';
import { workbook, type XSheet } from '../xlsx/write-book.js';
import type { StreamedOutput } from '../../domain/output.js';

function howToSheet(form: ModerationForm, sharing?: Sharing): XSheet {
  const lines = [
    'How to fill this in',
    ...sharingLines(sharing),
    '',
    `1. This is a blind second marking by ${form.role}: the first marking (${form.firstRole}) is not shown. Mark each case from its file.`,
    `2. Keep case_id, case_type${form.cases.some((c) => c.round !== null) ? ', round' : ''} and assessor as they are: they join this marking to the first one. Ids are text (007 stays 007).`,
    '3. auditor: your staff code.',
    `4. For each criterion of the case's type (highlighted), choose from the list: ${formChoices(form.programme).findings.join(', ')}. Leave the other types' criteria blank.`,
    '5. grade: only to override the grade the findings give; then say why in override_reason.',
    `6. referred_back: ${YES_NO.join(' or ')}.`,
    '7. notes and override_reason are never printed or exported by case-audit.',
    '8. Type values, do not use formulas: case-audit reads what a cell holds and never calculates.',
    ...gradeMeanings(form.programme),
    '',
    `Then run: case-audit compare --between ${form.role},${form.firstRole} <first marking> <this file>.xlsx`,
    `The "${FORM_SHEETS.criteria}" sheet lists each criterion, its severity and how a grade is worked out.`,
  ];
  return { name: FORM_SHEETS.howTo, widths: [110], rows: lines.map((l) => [l]), boldRows: new Set([0]), wrap: true };
}

export function moderationXlsx(form: ModerationForm, sharing?: Sharing): StreamedOutput {
  const { fields, criteria } = moderationHeader(form);
  const choices = formChoices(form.programme);
  const columns = [
    ...caseColumns(form.types),
    ...fields.slice(2).map((name) => fieldColumn(name, choices)),
    ...criterionColumns(form.types, choices),
  ];
  const cases = formCasesSheet(
    columns,
    [...fields, ...criteria],
    moderationRows(form, null),
    form.types,
    form.cases.map((c) => c.caseType),
  );
  return workbook([cases, criteriaSheet(form.types, form.programme), howToSheet(form, sharing)]);
}
