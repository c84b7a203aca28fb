// YAML case files. They are parsed with YAML's failsafe schema (every scalar a string) so that
// ids stay exactly as written; these fields then read the same spellings as CSV cells.
import type { YamlCaseKey } from '../domain/case-columns.js';
import { z } from 'zod';
import { FINDING_SPELLINGS, parseFinding, parseYesNo } from '../domain/findings.js';
import { GRADE_SPELLINGS, parseGrade } from '../domain/grades.js';
import { gotValue } from '../text/value-hint.js';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

const gradeField = z.preprocess(
  blank,
  z
    .string()
    .transform((s, ctx) => parseGrade(s) ?? (ctx.addIssue({ code: 'custom', message: `not a grade; expected one of ${GRADE_SPELLINGS.join(', ')}${gotValue(s, GRADE_SPELLINGS)}` }), z.NEVER))
    .optional(),
);

const findingField = z.string().transform((s, ctx) => {
  const finding = parseFinding(s);
  if (finding === undefined) {
    ctx.addIssue({ code: 'custom', message: `not a finding; expected one of ${FINDING_SPELLINGS.join(', ')}, or blank${gotValue(s, FINDING_SPELLINGS)}` });
    return z.NEVER;
  }
  return finding;
});

const yesNoField = z.preprocess(
  blank,
  z
    .string()
    .transform((s, ctx) => parseYesNo(s) ?? (ctx.addIssue({ code: 'custom', message: 'expected yes or no' }), z.NEVER))
    .optional(),
);

const freeText = z.preprocess(blank, z.string().optional());

const findingsField = z.preprocess(blank, z.record(z.string(), z.preprocess((v) => (v === null ? '' : v), findingField)).optional());

/** One assessment of a YAML case (`assessments:`): the long form's row. */
export const yamlAssessmentSchema = z.strictObject({
  assessor: z.string().trim().min(1, 'assessor is blank'),
  auditor: freeText,
  grade: gradeField,
  override_reason: freeText,
  findings: findingsField,
  referred_back: yesNoField,
  notes: freeText,
});

/** Keys a YAML case may have; any other key is carried along with a warning, like a CSV column. */
export const yamlCaseSchema = z.looseObject({
  id: z.string().trim().min(1, 'id is blank'),
  type: z.string().trim().min(1, 'type is blank'),
  self_grade: gradeField,
  independent_grade: gradeField,
  override_reason: freeText,
  findings: findingsField,
  referred_back: yesNoField,
  notes: freeText,
  assessments: z.array(z.unknown()).optional(),
} satisfies Record<YamlCaseKey, z.ZodType>);


/** Case keys that belong to the wide form: a case with an `assessments:` list gives them per assessment. */
export const WIDE_CASE_KEYS = ['self_grade', 'independent_grade', 'override_reason', 'findings', 'referred_back'];

export const yamlCaseFileSchema = z.strictObject({
  force: z.preprocess(blank, z.string().optional()),
  round: z.preprocess(blank, z.string().optional()),
  inspection: z.preprocess(blank, z.string().optional()),
  cases: z.array(z.unknown()),
});
