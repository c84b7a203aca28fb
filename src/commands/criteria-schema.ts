// `case-audit criteria schema`: the JSON Schema of a criteria file (or, with --of recommendations,
// of a recommendations file), for editors.
import type { Io } from '../domain/io.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { paint } from '../render/terminal/paint.js';
import { criteriaJsonSchema, recommendationsJsonSchema } from '../schema/json-schema.js';
import { emit } from '../write/emit.js';
import type { CommonOptions } from './context.js';

export async function criteriaSchemaCommand(_args: unknown[], options: CommonOptions & { of?: string }, io: Io): Promise<number> {
  const schema = options.of === 'recommendations' ? recommendationsJsonSchema() : criteriaJsonSchema();
  const render = await rendererFor(FORMATS['criteria schema'], options.format);
  await emit(await render(schema, { paint: paint(false), cwd: io.cwd }), options.output, io.stdout);
  return 0;
}
