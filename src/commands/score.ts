// `case-audit score`: load, score, and write one row per case (one per assessment on long-form
// input) as the cases are read, through the format's writer (render/score/score-writer.ts).
import type { Io } from '../domain/io.js';
import { UsageError } from '../domain/errors.js';
import { scaleOf } from '../domain/programme.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { assessmentRow, caseRow } from '../summarise/score/score-listing.js';
import { quote } from '../text/escape.js';
import { openStreamOut } from '../write/stream-out.js';
import {
  accountingToStderr,
  exitCodeFor,
  loadCriteria,
  makeContext,
  preflight,
  readFiles,
  type CommonOptions,
  type Context,
} from './context.js';

type ScoreOptions = CommonOptions & { columns?: string };

export async function scoreCommand(args: unknown[], options: ScoreOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  const columns = carriedColumns(options);
  const makeWriter = await rendererFor(FORMATS.score, options.format);
  const out = openStreamOut(options.output, io.stdout);
  try {
    const width = tableWidth(ctx);
    const writer = makeWriter(out, {
      scale: scaleOf(criteria.programme),
      paint: ctx.paint,
      ...(width !== undefined ? { width } : {}),
      types: criteria.types.map((t) => t.id),
      columns,
      quiet: options.quiet === true,
      stderr: (line) => io.stderr.write(line),
      ...(ctx.key ? { sharing: { pseudonymKey: ctx.key.fingerprint } } : {}),
    });
    const { assessment } = writer;
    const result = await readFiles(
      ctx,
      files,
      criteria,
      {
        form: (long) => writer.start(long),
        case: (c) => writer.case(c, caseRow(c, criteria.typeByName.get(c.caseType)!)),
        // Long form: a writer that takes assessments gets each as it is accepted, never held for a join.
        ...(assessment ? { assessment: (scored, record) => assessment(assessmentRow(scored, record)) } : {}),
        ready: () => writer.ready?.() ?? out.ready(),
      },
      { keepExtra: true },
    );
    await writer.end({ accounting: result.accounting, criteria: criteria.identity });
    await out.end();
    // The table and Markdown print the accounting under the rows; machine formats and files keep their shape.
    if ((options.format !== 'table' && options.format !== 'markdown') || options.output) accountingToStderr(ctx, result);
    return exitCodeFor(ctx, result);
  } catch (e) {
    out.abort();
    throw e;
  }
}

/** `--columns team,officer`: carried columns shown in the table (CSV and JSON carry them all). */
function carriedColumns(options: ScoreOptions): string[] {
  if (options.columns === undefined) return [];
  const names = options.columns.split(',').map((n) => n.trim());
  if (names.some((n) => n === '')) throw new UsageError(`--columns takes column names separated by commas, got ${quote(options.columns)}`);
  return names;
}

/** The terminal's width for the table; none when piped or written to a file (full width). */
function tableWidth(ctx: Context): number | undefined {
  if (ctx.options.output || !ctx.io.stdout.isTTY) return undefined;
  // A pty may report 0 columns: treat it as unknown.
  return Math.max(40, ctx.io.stdout.columns || 80);
}
