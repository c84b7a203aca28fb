// `case-audit score`: load, score, render one row per case (one per assessment on long-form input),
// write. The table, CSV, JSON and workbook (XLSX) rows are written as cases are scored; the Markdown
// layout (and the long-form table, which groups each case's assessments) needs every row first.
import type { AssembledCase } from '../domain/assessment.js';
import type { CriteriaSet } from '../domain/criteria-set.js';
import { UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import { rendererFor, SCORE_FORMATS } from '../render/formats.js';
import {
  scoreCsvListing,
  scoreCsvListingWith,
  scoreJsonListing,
  type ScoreModel,
  type StreamedListing,
} from '../render/score/score-formats.js';
import { assessmentCsvListing, assessmentJsonListing, assessmentTable } from '../render/score/score-assessments.js';
import type { Carried } from '../summarise/by-column.js';
import { assessmentRow, assessmentRows, caseRow, type AssessmentRow, type CaseRow } from '../summarise/score/score-listing.js';
import { quote } from '../text/escape.js';
import { emit } from '../write/output.js';
import { openStreamOut } from '../write/stream-out.js';
import type { ScoreBook } from '../render/score/score-xlsx.js';
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

/** Above this many cases, the buffered layout says on stderr that csv or json would stream. */
const BUFFER_NOTE_ROWS = 10_000;

/** Layouts that need every row before writing. */
const BUFFERED = new Set(['markdown']);

type ScoreOptions = CommonOptions & { columns?: string };

export async function scoreCommand(args: unknown[], options: ScoreOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  const columns = carriedColumns(options);
  if (!BUFFERED.has(options.format)) return streamed(ctx, files, criteria, columns);
  const cases: CaseRow[] = [];
  let assessments: AssessmentRow[] | undefined;
  const result = await readFiles(ctx, files, criteria, {
    form: (long) => void (assessments = long ? [] : undefined),
    case(c) {
      if (assessments) assessments.push(...assessmentRows(c));
      else cases.push(viewOf(criteria, c));
    },
  });
  const rows = assessments?.length ?? cases.length;
  if (rows > BUFFER_NOTE_ROWS) {
    const what = assessments ? 'assessments' : 'cases';
    io.stderr.write(
      `case-audit: the ${options.format} layout holds all ${rows} ${what} in memory before printing; --format table, csv or json streams them\n`,
    );
  }
  const model: ScoreModel = { cases, accounting: result.accounting, criteria: criteria.identity, ...(assessments ? { assessments } : {}) };
  const render = await rendererFor(SCORE_FORMATS, options.format);
  await emit(await render(model, { paint: ctx.paint }), options.output, io.stdout);
  if (options.output) accountingToStderr(ctx, result);
  return exitCodeFor(ctx, result);
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

const viewOf = (criteria: CriteriaSet, c: AssembledCase) => caseRow(c, criteria.typeByName.get(c.caseType)!);

async function streamed(ctx: Context, files: string[], criteria: CriteriaSet, columns: string[]): Promise<number> {
  const out = openStreamOut(ctx.options.output, ctx.io.stdout);
  const book = ctx.options.format === 'xlsx' ? await import('../render/score/score-xlsx.js').then((m) => new m.ScoreBook(out)) : undefined;
  const wide = book ? () => bookCases(book) : await rowWriter(ctx, criteria, columns, (text) => out.write(text));
  try {
    let write: RowWriter | undefined;
    let long: LongWriter | undefined;
    const result = await readFiles(
      ctx,
      files,
      criteria,
      {
        form(isLong) {
          if (isLong) long = book ? bookAssessments(book) : longWriter(ctx, (text) => out.write(text));
          else write = wide();
        },
        case: (c) => (long ? long.add(c) : write!.row(viewOf(criteria, c), c)),
        // Long form, CSV and JSON: each assessment as it is accepted, never held for a join.
        ...(ctx.options.format === 'table' ? {} : { assessment: (scored, record) => long!.row(assessmentRow(scored, record)) }),
        ready: book?.ready ?? out.ready,
      },
      { keepExtra: true },
    );
    if (long) long.end(result);
    else write!.end(result);
    await book?.end(result.accounting, criteria.identity);
    await out.end();
    if (ctx.options.format !== 'table' || ctx.options.output) accountingToStderr(ctx, result);
    return exitCodeFor(ctx, result);
  } catch (e) {
    out.abort();
    throw e;
  }
}

interface RowWriter {
  row(scored: CaseRow, record: Carried): void;
  end(result: { accounting: ScoreModel['accounting'] }): void;
}

/** The wide form's writer, made once the inputs' form is known (the JSON listing starts at once). */
async function rowWriter(ctx: Context, criteria: CriteriaSet, columns: string[], write: (text: string) => void): Promise<() => RowWriter> {
  if (ctx.options.format === 'table') {
    const { ScoreTableWriter } = await import('../render/score/score-table.js');
    const width = tableWidth(ctx);
    return () => {
      const table = new ScoreTableWriter({
        paint: ctx.paint,
        types: criteria.types.map((t) => t.id),
        columns,
        ...(width !== undefined ? { width } : {}),
      });
      return {
        row: (scored, record) =>
          write(table.row(scored, new Map((record.extra ?? []).map(([name, value]) => [name.toLowerCase(), value])))),
        end: (result) => write(table.end(result.accounting)),
      };
    };
  }
  return () => listingWriter(ctx, write);
}

/** A workbook's rows, one per case; the book itself ends after the accounting (ScoreBook.end). */
function bookCases(book: ScoreBook): RowWriter {
  book.start(false);
  return { row: (scored) => book.case(scored), end: () => undefined };
}

/** Long form: every assessment comes through `row`, as for CSV and JSON; none is held for a join. */
function bookAssessments(book: ScoreBook): LongWriter {
  book.start(true);
  return { row: (r) => book.assessment(r), add: () => undefined, end: () => undefined };
}

interface LongWriter {
  /** CSV and JSON: one assessment, written as it arrives. */
  row(r: AssessmentRow): void;
  /** Table: a case's assessments, held so that they print together. */
  add(c: AssembledCase): void;
  end(result: { accounting: ScoreModel['accounting'] }): void;
}

/** Long-form input: one row per assessment, with its assessor, auditor and round. */
function longWriter(ctx: Context, write: (text: string) => void): LongWriter {
  const held: AssessmentRow[] = [];
  const listing = ctx.options.format === 'json' ? assessmentJsonListing : assessmentCsvListing;
  const table = ctx.options.format === 'table';
  if (!table) write(listing.start);
  let rows = 0;
  return {
    row: (r) => write(listing.row(r, rows++)),
    add: (c) => held.push(...assessmentRows(c)),
    end(result) {
      const width = tableWidth(ctx);
      write(
        table
          ? assessmentTable(held, result.accounting, { paint: ctx.paint, ...(width !== undefined ? { width } : {}) })
          : listing.end(rows),
      );
    },
  };
}

/**
 * CSV and JSON. The CSV header waits for the first case, so the carried columns of the first file
 * become its columns; a later file's other carried columns are named once at the end (JSON keeps
 * every one).
 */
function listingWriter(ctx: Context, write: (text: string) => void): RowWriter {
  const csv = ctx.options.format === 'csv';
  let listing: StreamedListing | undefined;
  const begin = (chosen: StreamedListing) => {
    listing = chosen;
    write(chosen.start);
    return chosen;
  };
  if (!csv) begin(scoreJsonListing);
  const inHeader = new Set<string>();
  const left = new Map<string, string>();
  let rows = 0;
  return {
    row(scored, record) {
      if (!listing) {
        const names = (record.extra ?? []).map(([name]) => name);
        for (const n of names) inHeader.add(n.toLowerCase());
        begin(scoreCsvListingWith(names));
      }
      if (csv) for (const [name] of record.extra ?? []) if (!inHeader.has(name.toLowerCase())) left.set(name.toLowerCase(), name);
      write(listing!.row(scored, rows++, record.extra));
    },
    end() {
      write((listing ?? begin(scoreCsvListing)).end(rows));
      if (left.size > 0 && !ctx.options.quiet) {
        ctx.io.stderr.write(
          `case-audit: warning: carried column(s) ${[...left.values()].map(quote).join(', ')} are not in the CSV: its columns come from the first file's header (--format json keeps every column)\n`,
        );
      }
    },
  };
}
