// The JSON Schema of a criteria file, generated from the zod schema so the two never disagree.
import { z } from 'zod';
import { criteriaFileSchema } from './criteria.js';

export function criteriaJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(criteriaFileSchema, { target: 'draft-2020-12' });
  return { $schema, title: 'case-audit criteria file', ...rest };
}
