// `case-audit actions`: recommendations against the audits' evidence. Reads and checks the
// recommendations file (every problem at its place; the good recommendations kept), reads every
// round of case files into the actions fold, checks each baseline names a round, renders, writes.
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { Io } from '../domain/io.js';
import { loadRecommendations, unknownBaselines } from '../load/recommendations/recommendations-file.js';
import { expandFileArgs } from '../load/inputs/file-args.js';
import type { ReadResult } from '../read/reading.js';
import { accountingLine } from '../render/accounting-line.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { ActionsBuilder } from '../summarise/actions/actions-builder.js';
import type { ActionsModel } from '../summarise/actions/actions-model.js';
import { emit } from '../write/emit.js';
import { actionsPublished } from '../summarise/suppress/actions-published.js';
import { asOfDate } from './as-of.js';
import { exitCodeFor, loadCriteria, makeContext, preflight, readFiles, type CommonOptions, type Context } from './context.js';

/** The recommendations read and checked (problems printed), the fold to read into, and how its model is finished. */
export function actionsPlan(ctx: Context, recsFile: string, criteria: CriteriaSet) {
  const loaded = loadRecommendations(recsFile, criteria);
  for (const d of loaded.diagnostics) ctx.printer.print(d);
  const builder = new ActionsBuilder(criteria, loaded.recommendations);
  return {
    builder,
    /** The model, and whether the file had an error (a baseline naming no round read is one). */
    finish(result: ReadResult, asOf: string): { model: ActionsModel; bad: boolean } {
      const rounds = result.rounds.filter((r): r is string => r !== null);
      const baselines = unknownBaselines(loaded.recommendations, rounds);
      for (const d of baselines) ctx.printer.print(d);
      const model = builder.finish({ rounds, asOf, source: loaded.source, criteria, totals: result.accounting });
      return { model, bad: loaded.diagnostics.some((d) => d.severity === 'error') || baselines.length > 0 };
    },
  };
}

export async function actionsCommand(args: unknown[], options: CommonOptions & { asOf?: string }, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const recsFile = args[0] as string;
  const files = await expandFileArgs(args[1] as string[]);
  const criteria = loadCriteria(ctx);
  const asOf = asOfDate(options.asOf, io);
  preflight(ctx, [recsFile, ...files]);
  const plan = actionsPlan(ctx, recsFile, criteria);
  const result = await readFiles(ctx, files, criteria, { case: (c) => plan.builder.add(c) });
  const { model, bad } = plan.finish(result, asOf);
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
  return Math.max(bad ? 1 : 0, exitCodeFor(ctx, result));
}
