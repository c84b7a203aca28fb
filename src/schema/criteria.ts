// The criteria file format: the one source of truth for validation, types and the JSON Schema.
import { z } from 'zod';

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

export const programmeSchema = z
  .strictObject({
    name: z.string().trim().min(1).optional().describe('The inspection programme.'),
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
    roles: z
      .record(
        // Role ids are checked with their positions in criteria-rules (roleChecks).
        z.string(),
        z.string({ error: 'expected a label: the words tables print for this role' }).trim().min(1, 'a role label cannot be blank'),
      )
      .optional()
      .describe('Assessor roles beyond self (the force) and independent (the inspectorate): id -> label, e.g. moderator: Moderator.'),
  })
  .describe('programme.yaml: the programme the criteria belong to.');

export const DEFAULT_PROGRAMME = {
  name: 'Case file audit',
  inspectorate: 'Inspectorate',
  table1Caption: 'Cases assessed by both {force} and {inspectorate}',
  table2Caption: 'Additional cases assessed only by {inspectorate}',
  selfLabel: '{force_short} assessment',
  independentLabel: '{inspectorate} assessment',
} as const;
