// `case-audit criteria schema`: the JSON Schema of a criteria file, for editors.
import type { Io } from '../domain/io.js';
import { criteriaJsonSchemaText } from '../schema/json-schema.js';
import { emit } from '../write/output.js';
import type { CommonOptions } from './context.js';

export async function criteriaSchemaCommand(_args: unknown[], options: CommonOptions, io: Io): Promise<number> {
  await emit(criteriaJsonSchemaText(), options.output, io.stdout);
  return 0;
}
