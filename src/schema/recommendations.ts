// The recommendations file (`case-audit actions`): what an inspection asked for, who owns it, by
// when, and which criteria or areas are its evidence. Read with YAML's failsafe schema, so every
// value arrives as text: ids and dates stay exactly as written (007 is not 7, 2023-09-30 is not a
// timestamp). The JSON Schema for editors is made from this (schema/json-schema.ts).
import { z } from 'zod';
import { RECOMMENDATION_STATUSES } from '../domain/recommendation.js';


const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}, not blank`);
const ids = (what: string) => z.array(text(what), { error: `expected a list, e.g. [DA1, DA2]` });

export const recommendationSchema = z
  .strictObject({
    id: z
      .string({ error: 'expected an id such as R1' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id is letters, digits, "_", "." or "-" (e.g. R1)')
      .describe('Unique in the file, e.g. R1.'),
    text: text('the recommendation in words').describe('The recommendation as the report words it.'),
    baseline: text('the round the recommendation was made on').describe(
      'The audit round the recommendation was made on: a round named in the case files.',
    ),
    due: text('a date').describe('The date it is due: yyyy-mm-dd, or dd/mm/yyyy as UK users write it.'),
    owner: text('a role or staff code').describe("Who owns it: a role or a staff code, never a child's details."),
    criteria: ids('a criterion id').optional().describe('The evidence: these criteria (ids from the criteria directory).'),
    areas: ids('an area id').optional().describe("The evidence: every criterion of these areas (programme.yaml's areas:)."),
    status: z
      .enum(RECOMMENDATION_STATUSES, { error: `expected one of ${RECOMMENDATION_STATUSES.join(', ')}` })
      .describe('The status recorded by the owner.'),
  })
  .describe('One recommendation, its owner, due date and evidence.');

export const recommendationsFileSchema = z
  .strictObject({
    source: text('where the recommendations come from').describe('Where the recommendations come from, e.g. Re-inspection, March 2023.'),
    recommendations: z
      .array(recommendationSchema, { error: 'expected a list of recommendations' })
      .min(1, 'at least one recommendation is required')
      .describe('The recommendations, in the order to show them.'),
  })
  .describe('A case-audit recommendations file: recommendations with their owners, dates and evidence.');
