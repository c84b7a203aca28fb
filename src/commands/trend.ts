// `case-audit trend`: audit rounds side by side. Reads every round (large files in parts on worker
// threads), folds each assembled case into the trend builder, orders the rounds (as first met, or --order), renders, writes.
import type { Role } from '../domain/assessment.js';
import { UsageError } from '../domain/errors.js';
import { roleLabel } from '../domain/roles.js';
import type { Io } from '../domain/io.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { escapeText } from '../text/escape.js';
import { TrendBuilder, trendRecipe, type TrendOptions as TrendFoldOptions } from '../summarise/trend/trend-builder.js';
import { mismatchLine } from '../summarise/trend/trend-notes.js';
import { orderRounds } from '../summarise/trend/trend-rounds.js';
import { emit } from '../write/emit.js';
import { trendPublished } from '../summarise/suppress/trend-published.js';
import {
  accountingToStderr,
  exitCodeFor,
  forceName,
  inspectorateName,
  loadCriteria,
  makeContext,
  preflight,
  readIntoFold,
  sharingOption,
  type CommonOptions,
} from './context.js';
import { trendRequest, type TrendOptions } from './trend-options.js';

export async function trendCommand(args: unknown[], options: CommonOptions & TrendOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  const request = trendRequest(options, criteria);
  preflight(ctx, files);
  const fold: TrendFoldOptions = { role: request.role, between: request.between, perComparison: options.perComparison === true };
  // Large files in parts on worker threads, each part folded by the same builder and merged in file order.
  const { result, fold: builder } = await readIntoFold(ctx, files, criteria, () => new TrendBuilder(criteria, fold), {
    recipe: trendRecipe(fold),
  });
  // Rounds whose every row was rejected have no cases: they are accounted for, not shown.
  const met = result.rounds.filter((r) => builder.roundsMet().includes(r));
  const ordered = orderRounds(met, request.order);
  if (!ordered.ok) throw new UsageError(ordered.message);
  const names = { force: forceName(ctx, result), inspectorate: inspectorateName(ctx, criteria) };
  const model = builder.finish({
    order: ordered.rounds,
    totals: result.accounting,
    force: names.force,
    label: (role: Role) => roleLabel(role, criteria.programme, names),
  });
  const machine = options.format === 'json' || options.format === 'csv' || options.output !== undefined;
  const below = options.suppress;
  // The table and markdown say it among their notes; machine formats (and a published trend, which has no notes) keep their shape.
  if ((machine || below !== undefined) && model.mismatches.length)
    io.stderr.write(`case-audit: warning: ${escapeText(mismatchLine(model.mismatches))}\n`);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  const render = { paint: ctx.paint, width, cwd: io.cwd, ...sharingOption(ctx) };
  const out =
    below === undefined
      ? (await rendererFor(FORMATS.trend, options.format))(model, render)
      : (await rendererFor(FORMATS.published, options.format))(trendPublished(model, below), render);
  await emit(await out, options.output, io.stdout);
  if (machine) accountingToStderr(ctx, result);
  return exitCodeFor(ctx, result);
}
