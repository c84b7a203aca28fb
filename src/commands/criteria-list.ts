// `case-audit criteria list [dir]`: the case types, their report tables and criteria.
import type { Io } from '../domain/io.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { emit } from '../write/emit.js';
import { loadCriteria, makeContext, type CommonOptions } from './context.js';

export async function criteriaListCommand(args: unknown[], options: CommonOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const dir = args[0] as string | undefined;
  const set = dir === undefined ? loadCriteria(ctx) : loadCriteria(ctx, dir);
  const render = await rendererFor(FORMATS['criteria list'], options.format);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(await render(set, { paint: ctx.paint, width, cwd: io.cwd }), options.output, io.stdout);
  return 0;
}
