// The JSON Schema of a criteria (or recommendations) file, generated from the zod schema so the two never disagree.
import { z } from 'zod';
import { criteriaFileSchema } from './criteria.js';
import { recommendationsFileSchema } from './recommendations.js';

export function criteriaJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(criteriaFileSchema, { target: 'draft-2020-12' });
  return { $schema, title: 'case-audit criteria file', ...rest };
}

/** The JSON Schema of a recommendations file (`case-audit actions`). */
export function recommendationsJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(recommendationsFileSchema, { target: 'draft-2020-12' });
  return { $schema, title: 'case-audit recommendations file', ...rest };
}
