// `case-audit criteria schema`: the JSON Schema of a criteria file, for editors.
import type { Io } from '../domain/io.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { paint } from '../render/terminal/paint.js';
import { criteriaJsonSchema } from '../schema/json-schema.js';
import { emit } from '../write/emit.js';
import type { CommonOptions } from './context.js';

export async function criteriaSchemaCommand(_args: unknown[], options: CommonOptions, io: Io): Promise<number> {
  const render = await rendererFor(FORMATS['criteria schema'], options.format);
  await emit(await render(criteriaJsonSchema(), { paint: paint(false), cwd: io.cwd }), options.output, io.stdout);
  return 0;
}
