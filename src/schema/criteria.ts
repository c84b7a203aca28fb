// The criteria file format: the one source of truth for validation, types and the JSON Schema.
import { z } from 'zod';
import { DEFAULT_FINDINGS } from '../domain/findings.js';
import { DEFAULT_GRADING } from '../domain/grading.js';
import { DEFAULT_GRADES } from '../domain/scale.js';
import { SENTENCE_SETS, type Programme } from '../domain/types.js';

const CRITERION_ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const TYPE_ID = /^[a-z0-9][a-z0-9_-]*$/;
/** Assessor role ids (programme.yaml `roles:`) follow the case type ids' pattern. */
export const ROLE_ID = TYPE_ID;

export const criterionSchema = z
  .strictObject({
    id: z
      .string()
      .regex(CRITERION_ID, 'a criterion id starts with a letter and has only letters, digits, "_", "." or "-"')
      .describe('Unique across the whole criteria directory; it is the column name in CSV case files.'),
    text: z.string().trim().min(1).describe('What an assessor checks, in one line.'),
    severity: z
      .enum(['serious', 'expected'], { error: 'expected "serious" or "expected"' })
      .describe('serious: unmet leaves a child harmed or at risk, so the case is inadequate. expected: good practice.'),
    refer: z
      .boolean({ error: 'expected true or false' })
      .optional()
      .describe('Unmet suggests referring the case back to the force (child at immediate risk).'),
    area: z
      .string()
      .regex(TYPE_ID, 'an area id is lowercase letters, digits, "-" or "_"')
      .optional()
      .describe("The programme area (programme.yaml areas:) this criterion's evidence counts in."),
  })
  .describe('One criterion an assessor checks for every case of this type.');

export const criteriaFileSchema = z
  .strictObject({
    id: z
      .string()
      .regex(TYPE_ID, 'a case type id is lowercase letters, digits, "-" or "_"')
      .describe('The case type: the case_type value in case files.'),
    title: z.string().trim().min(1).describe('The sampling label, as the inspection methodology lists it.'),
    aliases: z
      .array(z.string().trim().min(1))
      .optional()
      .describe('Other names accepted for case_type, matched case-insensitively.'),
    report: z
      .strictObject({
        table: z
          .number({ error: 'expected a whole number: the report table' })
          .int('expected a whole number: the report table')
          .min(1, 'a table number is at least 1')
          .describe('The report table this type is counted in; types may share one.'),
        label: z.string().trim().min(1).describe("The table's row label."),
        caption: z.string().trim().min(1).describe("The table's caption, without 'Table N:'."),
      })
      .describe('Where the type is counted in the report.'),
    criteria: z.array(criterionSchema).min(1, 'at least one criterion is required').describe('The criteria, in assessment order.'),
    grading: z
      .strictObject({
        widespread: z
          .number({ error: 'expected a whole number of unmet criteria, at least 1' })
          .int('expected a whole number of unmet criteria, at least 1')
          .min(1, 'expected a whole number of unmet criteria, at least 1')
          .optional()
          .describe('This many unmet criteria (any severity) make a failure widespread: inadequate. Default 3.'),
      })
      .optional()
      .describe('How the derived grade is worked out.'),
  })
  .describe('A case-audit criteria file: one case type, its report table and its criteria.');

export const DEFAULT_WIDESPREAD = 3;

/** Grade ids: what JSON keys and CSV cells hold. */
const GRADE_ID = /^[a-z][a-z0-9_]*$/;

const gradeDefSchema = z
  .strictObject({
    id: z
      .string()
      .regex(GRADE_ID, 'a grade id is lowercase letters, digits or "_", starting with a letter')
      .describe('The id used in JSON, CSV and case files, e.g. requires_improvement.'),
    label: z.string().trim().min(1).describe('The grade in words, e.g. Requires improvement.'),
    table_label: z.string().trim().min(1).optional().describe('What tables print, when it differs from the label (Requiring improvement).'),
    accept: z.array(z.string().trim().min(1)).optional().describe('More spellings case files may use, compared without case (the id and label always are).'),
    meaning: z.string().trim().min(1).optional().describe('What the grade means, shown on forms and board papers.'),
  })
  .describe('One grade of the scale.');

const findingKindSchema = z
  .strictObject({
    label: z.string().trim().min(1).optional().describe('The words forms and tables use, e.g. Partly met.'),
    accept: z.array(z.string().trim().min(1)).min(1, 'at least one spelling').describe('The spellings case files may use, compared without case.'),
  })
  .describe('How one finding kind is spelt.');

/** "At least N": a whole number from 1, or the case type's grading.widespread. */
const AT_LEAST = 'expected a whole number of at least 1, or widespread';
const atLeast = z.union([z.number().int(AT_LEAST).min(1, AT_LEAST), z.literal('widespread')], { error: AT_LEAST }).optional();

const conditionsSchema = z
  .strictObject({
    unmet: atLeast.describe('At least this many criteria unmet (any severity).'),
    serious_unmet: atLeast.describe('At least this many serious criteria unmet.'),
    partly: atLeast.describe('At least this many criteria partly met.'),
    serious_partly: atLeast.describe('At least this many serious criteria partly met.'),
    not_met: atLeast.describe('At least this many criteria unmet or partly met.'),
    met_share_below: z
      .number({ error: 'expected a share above 0 and at most 1, e.g. 0.5' })
      .gt(0, 'expected a share above 0 and at most 1, e.g. 0.5')
      .lte(1, 'expected a share above 0 and at most 1, e.g. 0.5')
      .optional()
      .describe('Fewer than this share of the applicable criteria met.'),
  })
  .describe('Conditions that must all hold.');

const gradingRuleSchema = z
  .strictObject({
    grade: z.string().trim().min(1).describe('The grade this rule gives: an id of the scale.'),
    if: conditionsSchema.optional().describe('Absent: every other case (the last rule).'),
  })
  .describe('One rule: the first whose conditions all hold gives the derived grade.');

export const programmeSchema = z
  .strictObject({
    name: z.string().trim().min(1).optional().describe('The inspection programme.'),
    version: z
      .union([z.string().trim().min(1), z.number()], { error: 'expected a version such as "2026.1" (quote it so YAML keeps it as written)' })
      .optional()
      .describe('The version of these criteria, shown with every JSON result; quote it ("1.10") so YAML keeps it as written.'),
    inspectorate: z.string().trim().min(1).optional().describe('Who grades independently; default "Inspectorate".'),
    table1_caption: z.string().trim().min(1).optional().describe('Caption of Table 1; {force} and {inspectorate} are filled in.'),
    table2_caption: z.string().trim().min(1).optional().describe('Caption of Table 2; {force} and {inspectorate} are filled in.'),
    row_labels: z
      .strictObject({
        self: z.string().trim().min(1).optional().describe("The force's row; default \"{force_short} assessment\"."),
        independent: z.string().trim().min(1).optional().describe('The inspectorate\'s row; default "{inspectorate} assessment".'),
      })
      .optional()
      .describe('Row labels of Tables 1 and 2: {force}, {force_short} (Constabulary, Police...) and {inspectorate} are filled in.'),
    sentences: z
      .enum(SENTENCE_SETS, { error: 'expected "inspection" or "internal-audit"' })
      .optional()
      .describe('The report\'s summary sentences: inspection (default, as the 2017 report words them) or internal-audit (a force\'s own dip sample).'),
    roles: z
      .record(
        // Role ids are checked with their positions in criteria-rules (roleChecks).
        z.string(),
        z.string({ error: 'expected a label: the words tables print for this role' }).trim().min(1, 'a role label cannot be blank'),
      )
      .optional()
      .describe('Assessor roles beyond self (the force) and independent (the inspectorate): id -> label, e.g. moderator: Moderator.'),
    scale: z.array(gradeDefSchema).min(2, 'a scale has at least two grades').optional().describe('The grades, best first (default: good, requires improvement, inadequate).'),
    findings: z
      .strictObject({
        met: findingKindSchema.optional(),
        partly: findingKindSchema.optional(),
        unmet: findingKindSchema.optional(),
        na: findingKindSchema.optional(),
      })
      .optional()
      .describe('The finding kinds and their spellings; partly is optional, the others default to the 2017 spellings.'),
    grading: z.array(gradingRuleSchema).min(1, 'at least one rule').optional().describe('The derived grade: the first rule whose conditions all hold; the last has no if.'),
    areas: z
      .array(
        z.strictObject({
          id: z.string().regex(TYPE_ID, 'an area id is lowercase letters, digits, "-" or "_"'),
          title: z.string().trim().min(1),
        }),
      )
      .optional()
      .describe('Themes that cut across case types; a criterion names one with area:.'),
    referral_reasons: z
      .array(
        z.strictObject({
          id: z.string().regex(TYPE_ID, 'a reason code is lowercase letters, digits, "-" or "_"'),
          label: z.string().trim().min(1),
        }),
      )
      .optional()
      .describe("The reason codes a referrals log's reason column may hold (case-audit referrals)."),
  })
  .describe('programme.yaml: the programme the criteria belong to.');

export const DEFAULT_PROGRAMME: Programme = {
  name: 'Case file audit',
  inspectorate: 'Inspectorate',
  table1Caption: 'Cases assessed by both {force} and {inspectorate}',
  table2Caption: 'Additional cases assessed only by {inspectorate}',
  selfLabel: '{force_short} assessment',
  independentLabel: '{inspectorate} assessment',
  scale: DEFAULT_GRADES,
  findings: DEFAULT_FINDINGS,
  grading: DEFAULT_GRADING,
  areas: [],
};
