// The shape `report` and `compare` share: load the criteria, fold each case into the summary as it
// arrives (no list of cases is kept; large files in parts on worker threads), finish the model,
// render it, write it.
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { Fold, FoldRecipe } from '../domain/fold.js';
import type { Io } from '../domain/io.js';
import type { ReadResult } from '../read/reading.js';
import { rendererFor, type FormatMap, type Renderer } from '../render/formats.js';
import { emit } from '../write/emit.js';
import { checkByColumn } from './by-option.js';
import {
  accountingToStderr,
  exitCodeFor,
  forceName,
  inspectorateName,
  loadCriteria,
  makeContext,
  preflight,
  readIntoFold,
  refuseRounds,
  sharingOption,
  type CommonOptions,
} from './context.js';

/** A summary command's fold and how its model is finished. */
export interface Summary<M, F extends Fold> {
  /** A fresh fold: the inputs may be read twice (read/read-folded.ts). */
  makeFold(): F;
  /** How a part worker makes the same fold; absent, every file is read on one thread. */
  recipe?: FoldRecipe;
  /** `--by`: the carried column the model is broken down by (some input must have it). */
  byColumn?: string;
  finish(fold: F, result: ReadResult, names: { force: string; inspectorate: string }): M;
}

/** The same summary with its model turned into another at the end (`--suppress`: the published document). */
export function publishing<M, P, F extends Fold>(summary: Summary<M, F>, publish: (model: M) => P): Summary<P, F> {
  return { ...summary, finish: (fold, result, names) => publish(summary.finish(fold, result, names)) };
}

export async function runSummary<M, F extends Fold>(
  args: unknown[],
  options: CommonOptions,
  io: Io,
  plan: (criteria: CriteriaSet) => Summary<M, F>,
  formats: FormatMap<Renderer<M>>,
): Promise<number> {
  const files = args[0] as string[];
  const ctx = makeContext(io, options);
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  const summary = plan(criteria);
  // --by needs the carried columns kept on each record.
  const keepExtra = summary.byColumn !== undefined;
  const { result, fold } = await readIntoFold(ctx, files, criteria, () => summary.makeFold(), {
    keepExtra,
    ...(summary.recipe ? { recipe: summary.recipe } : {}),
  });
  refuseRounds(ctx, result);
  if (summary.byColumn !== undefined) checkByColumn(summary.byColumn, result.columns);
  const model = summary.finish(fold, result, { force: forceName(ctx, result), inspectorate: inspectorateName(ctx, criteria) });
  const render = await rendererFor(formats, options.format);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(await render(model, { paint: ctx.paint, width, cwd: io.cwd, ...sharingOption(ctx) }), options.output, io.stdout);
  // Machine formats keep their shape; the accounting goes to stderr for them, and for files.
  if (options.format === 'json' || options.format === 'csv' || options.output) accountingToStderr(ctx, result);
  return exitCodeFor(ctx, result);
}
