// `case-audit plan`: how many cases to dip for an answer, before the round. The goal from the
// options, each case type's size from the register (read as `sample` reads it) where one is given,
// the sizes from the statistics library, rendered in the format asked for.
import type { Io } from '../domain/io.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { planSizes } from '../summarise/plan/plan-sizes.js';
import { emit } from '../write/emit.js';
import { accountingLine } from '../render/accounting-line.js';
import { loadCriteria, makeContext, preflight, type CommonOptions } from './context.js';
import { planGoal, type PlanOptions } from './plan-options.js';
import { readRegister } from './register-read.js';

export async function planCommand(args: unknown[], options: CommonOptions & PlanOptions, io: Io): Promise<number> {
  const goal = planGoal(options);
  const files = (args[0] as string[] | undefined) ?? [];
  const ctx = makeContext(io, options);
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  const read = files.length > 0 ? await readRegister(ctx, files, criteria) : null;
  const sizes = read ? new Map([...read.register.idsByType].map(([type, ids]) => [type, ids.length])) : null;
  const model = planSizes(goal, criteria.types, sizes, read?.result.accounting ?? null);
  const render = await rendererFor(FORMATS.plan, options.format);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(await render(model, { paint: ctx.paint, width, cwd: io.cwd }), options.output, io.stdout);
  if (!read) return 0;
  // Not exitCodeFor: a register is ungraded by nature, so --strict has nothing to say here (as in `sample`).
  const code = read.result.accounting.rejected > 0 || read.result.fileErrors > 0 ? 1 : 0;
  const machine = options.format === 'json' || options.format === 'csv' || options.output !== undefined;
  if (machine && (!options.quiet || code !== 0)) io.stderr.write(`${accountingLine(read.result.accounting)}\n`);
  return code;
}
