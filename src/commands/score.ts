// `case-audit score`: load, score, render one row per case (one per assessment on long-form input),
// write. CSV and JSON rows are written as they are scored; the table and Markdown layouts need every row first.
import { caseView } from '../assemble/case-view.js';
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { ScoredCase } from '../domain/types.js';
import type { Io } from '../io.js';
import { rendererFor, SCORE_FORMATS } from '../render/formats.js';
import { scoreCsvListing, scoreJsonListing, type ScoreModel, type StreamedListing } from '../render/score.js';
import { assessmentCsvListing, assessmentJsonListing, assessmentRow, assessmentRows, type AssessmentRow } from '../render/score-assessments.js';
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
  let assessments: AssessmentRow[] | undefined;
  const result = await scoreFiles(ctx, files, criteria, {
    onForm: (long) => void (assessments = long ? [] : undefined),
    onCase(c) {
      if (assessments) assessments.push(...assessmentRows(c));
      else cases.push(caseView(c, criteria.typeByName.get(c.caseType)!));
    },
  });
  const rows = assessments?.length ?? cases.length;
  if (rows > BUFFER_NOTE_ROWS) {
    const what = assessments ? 'assessments' : 'cases';
    io.stderr.write(`case-audit: the ${options.format} layout holds all ${rows} ${what} in memory before printing; --format csv or json streams them\n`);
  }
  const model: ScoreModel = { cases, accounting: result.accounting, ...(assessments ? { assessments } : {}) };
  const render = await rendererFor(SCORE_FORMATS, options.format);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(await render(model, { paint: ctx.paint, width }), options.output, io.stdout);
  if (options.output) io.stderr.write(`${accountingLine(result.accounting)}\n`);
  return exitCodeFor(ctx, result);
}

async function streamed(ctx: Context, files: string[], criteria: CriteriaSet): Promise<number> {
  const json = ctx.options.format === 'json';
  const out = openStreamOut(ctx.options.output, ctx.io.stdout);
  try {
    let rows = 0;
    let listing: StreamedListing<ScoredCase> | StreamedListing<AssessmentRow> = json ? scoreJsonListing : scoreCsvListing;
    const result = await scoreFiles(
      ctx,
      files,
      criteria,
      {
        onForm(long) {
          if (long) listing = json ? assessmentJsonListing : assessmentCsvListing;
          out.write(listing.start);
        },
        onCase: (c) => out.write((listing as StreamedListing<ScoredCase>).row(caseView(c, criteria.typeByName.get(c.caseType)!), rows++)),
        // Long form: each assessment as it is accepted, never held for a join.
        onAssessment: (scored, record) => out.write((listing as StreamedListing<AssessmentRow>).row(assessmentRow(scored, record), rows++)),
      },
      false,
      out.ready,
    );
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
