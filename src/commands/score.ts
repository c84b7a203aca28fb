// `case-audit score`: load, score, render one row per case, write. CSV and JSON rows are written
// as cases are scored; the table and Markdown layouts need every row first.
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { ScoredCase } from '../domain/types.js';
import type { Io } from '../io.js';
import { rendererFor, SCORE_FORMATS } from '../render/formats.js';
import { scoreCsvListing, scoreJsonListing, type ScoreModel } from '../render/score.js';
import { accountingLine } from '../summarise/accounting.js';
import { emit } from '../write/output.js';
import { openStreamOut } from '../write/stream-out.js';
import { exitCodeFor, loadCriteria, makeContext, preflight, scoreFiles, type CommonOptions, type Context } from './context.js';

/** Above this many cases, the buffered layouts say on stderr that csv or json would stream. */
const BUFFER_NOTE_ROWS = 10_000;

export async function scoreCommand(args: unknown[], options: CommonOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  if (options.format === 'json' || options.format === 'csv') return streamed(ctx, files, criteria);
  const cases: ScoredCase[] = [];
  const result = await scoreFiles(ctx, files, criteria, (scored) => cases.push(scored));
  if (cases.length > BUFFER_NOTE_ROWS) {
    io.stderr.write(`case-audit: the ${options.format} layout holds all ${cases.length} cases in memory before printing; --format csv or json streams them\n`);
  }
  const model: ScoreModel = { cases, accounting: result.accounting };
  const render = await rendererFor(SCORE_FORMATS, options.format);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(await render(model, { paint: ctx.paint, width }), options.output, io.stdout);
  if (options.output) io.stderr.write(`${accountingLine(result.accounting)}\n`);
  return exitCodeFor(ctx, result);
}

async function streamed(ctx: Context, files: string[], criteria: CriteriaSet): Promise<number> {
  const listing = ctx.options.format === 'json' ? scoreJsonListing : scoreCsvListing;
  const out = openStreamOut(ctx.options.output, ctx.io.stdout);
  try {
    out.write(listing.start);
    let rows = 0;
    const result = await scoreFiles(ctx, files, criteria, (scored) => out.write(listing.row(scored, rows++)), false, out.ready);
    out.write(listing.end(rows));
    await out.end();
    // Machine formats keep their contract shape; the accounting goes to stderr for them.
    ctx.io.stderr.write(`${accountingLine(result.accounting)}\n`);
    return exitCodeFor(ctx, result);
  } catch (e) {
    out.abort();
    throw e;
  }
}
