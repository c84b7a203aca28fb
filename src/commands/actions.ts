// `case-audit actions`: recommendations against the audits' evidence. Reads and checks the
// recommendations file (every problem at its place; the good recommendations kept), reads every
// round of case files into the actions fold, checks each baseline names a round, renders, writes.
import type { Io } from '../domain/io.js';
import { loadRecommendations, unknownBaselines } from '../load/recommendations/recommendations-file.js';
import { expandFileArgs } from '../load/inputs/file-args.js';
import { accountingLine } from '../render/accounting-line.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { ActionsBuilder } from '../summarise/actions/actions-builder.js';
import { emit } from '../write/emit.js';
import { actionsPublished } from '../summarise/suppress/actions-published.js';
import { asOfDate } from './as-of.js';
import { exitCodeFor, loadCriteria, makeContext, preflight, readFiles, type CommonOptions } from './context.js';

export async function actionsCommand(args: unknown[], options: CommonOptions & { asOf?: string }, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const recsFile = args[0] as string;
  const files = await expandFileArgs(args[1] as string[]);
  const criteria = loadCriteria(ctx);
  const asOf = asOfDate(options.asOf, io);
  preflight(ctx, [recsFile, ...files]);
  const loaded = loadRecommendations(recsFile, criteria);
  for (const d of loaded.diagnostics) ctx.printer.print(d);
  const builder = new ActionsBuilder(criteria, loaded.recommendations);
  const result = await readFiles(ctx, files, criteria, { case: (c) => builder.add(c) });
  const rounds = result.rounds.filter((r): r is string => r !== null);
  const baselines = unknownBaselines(loaded.recommendations, rounds);
  for (const d of baselines) ctx.printer.print(d);
  const model = builder.finish({ rounds, asOf, source: loaded.source, criteria, totals: result.accounting });
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  const render = { paint: ctx.paint, width, cwd: io.cwd };
  const below = options.suppress;
  const out =
    below === undefined
      ? (await rendererFor(FORMATS.actions, options.format))(model, render)
      : (await rendererFor(FORMATS.published, options.format))(actionsPublished(model, below), render);
  await emit(await out, options.output, io.stdout);
  const machine = options.format === 'json' || options.format === 'csv' || options.output !== undefined;
  if (machine) io.stderr.write(`${accountingLine(result.accounting)}\n`);
  const bad = loaded.diagnostics.some((d) => d.severity === 'error') || baselines.length > 0;
  return Math.max(bad ? 1 : 0, exitCodeFor(ctx, result));
}
