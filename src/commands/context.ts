// What every command receives from the shell, and the steps they share: load the criteria,
// check the inputs open, read and score them.
import { fileURLToPath } from 'node:url';
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { AssembledCase, AssessmentRecord, ScoredAssessment } from '../domain/assessment.js';
import { InputError, Reported, UsageError } from '../domain/errors.js';
import type { Io } from '../io.js';
import { loadCriteriaDir } from '../load/criteria-dir.js';
import { checkInputs } from '../load/input.js';
import { readCases, type PipelineResult } from '../pipeline.js';
import type { LoadOptions } from '../load/sink.js';
import type { InputEncoding } from '../load/encodings.js';
import { buildMapping } from '../load/mapping.js';
import { DiagnosticPrinter, formatDiagnostic } from '../render/diagnostics.js';
import { paint, wantColor, type Paint } from '../render/paint.js';
import { makeProgress } from '../render/progress.js';
import { checkOutputPath } from '../write/output-path.js';
import { quote } from '../text/escape.js';
import { accountingLine } from '../summarise/accounting.js';
import { RecordedIncomplete } from '../summarise/recorded-incomplete.js';
import type { PartsOptions } from '../threads/file-parts.js';
import type { PartResult } from '../threads/part-job.js';

export interface CommonOptions {
  criteria?: string;
  format: string;
  output?: string;
  forceName?: string;
  /** Who grades independently, when programme.yaml's name does not fit (a force's own QA team). */
  inspectorate?: string;
  /** The audit round of inputs that name none. */
  round?: string;
  color: boolean;
  strict?: boolean;
  delimiter?: string;
  /** Workbook inputs: the sheet to read. */
  sheet?: string;
  maxErrors: number;
  quiet?: boolean;
  debug?: boolean;
  /** --map, --map-file, --type-map, --encoding: how to read a register (load/mapping.ts, load/encodings.ts). */
  map?: string[];
  mapFile?: string;
  typeMap?: string[];
  encoding?: InputEncoding;
  /** --threads: parts of a large CSV file read at once (commands that fold their cases). */
  threads?: number;
}

export interface Context {
  io: Io;
  options: CommonOptions;
  color: boolean;
  paint: Paint;
  printer: DiagnosticPrinter;
  /** Cases graded by a recorded grade whose findings are incomplete: --strict fails on them. */
  recordedIncomplete: RecordedIncomplete;
  /** Why the inputs are being read a second time, for the progress line (src/commands/summary-run.ts). */
  readingAgain?: string;
}

export const BUNDLED_CRITERIA = fileURLToPath(new URL('../../criteria', import.meta.url));

export function makeContext(io: Io, options: CommonOptions): Context {
  // Colour only for a terminal; an --output file never gets escape codes.
  const color = !options.output && wantColor(io.stdout, io.env, options.color);
  return {
    io,
    options,
    color,
    paint: paint(color),
    printer: new DiagnosticPrinter(io.stderr, options.maxErrors, options.quiet === true),
    recordedIncomplete: new RecordedIncomplete(),
  };
}

/** Loads and checks the criteria; an invalid directory stops the command with exit 1. */
export function loadCriteria(ctx: Context, dir = ctx.options.criteria ?? BUNDLED_CRITERIA): CriteriaSet {
  const loaded = loadCriteriaDir(dir, missingHint(ctx.options, dir));
  for (const d of loaded.diagnostics) ctx.printer.print(d);
  if (!loaded.set) {
    ctx.io.stderr.write(`case-audit: the criteria directory ${dir} has problems; fix them first (case-audit criteria validate ${dir})\n`);
    throw new Reported(1);
  }
  return loaded.set;
}

/** The hint is true only for how the directory was named: --criteria, or a [dir] argument. */
export function missingHint(options: Pick<CommonOptions, 'criteria'>, dir: string): string {
  if (dir === BUNDLED_CRITERIA) return '';
  return dir === options.criteria
    ? ' (or leave out --criteria for the bundled ones)'
    : ' (or leave out the directory for the bundled ones)';
}

/** Every input and the --output folder checked before any is read: exit 2, one line each. */
export function preflight(ctx: Context, files: readonly string[]): void {
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('stdin (-) can be read only once; name it once');
  const problems = checkInputs(files);
  if (ctx.options.output) {
    try {
      checkOutputPath(ctx.options.output, files);
    } catch (e) {
      if (e instanceof InputError) problems.push(e);
      else throw e;
    }
  }
  if (problems.length === 0) return;
  for (const p of problems)
    ctx.io.stderr.write(`${formatDiagnostic({ file: p.file, line: 0, severity: 'error', rule: 'input', message: p.message })}\n`);
  throw new Reported(2);
}

export async function scoreFiles(
  ctx: Context,
  files: readonly string[],
  criteria: CriteriaSet,
  handlers: {
    onForm?(long: boolean): void;
    onCase?(c: AssembledCase): void;
    onAssessment?(scored: ScoredAssessment, record: AssessmentRecord): void;
  },
  keepExtra = false,
  ready?: () => Promise<void> | undefined,
  load: Pick<LoadOptions, 'onRowId'> & { deferIds?: boolean } = {},
  parts?: PartsOptions,
): Promise<PipelineResult> {
  const mapping = buildMapping(ctx.options, criteria);
  const progress = makeProgress(ctx.io.progress ?? ctx.io.stderr, ctx.io.env, ctx.options.quiet, files, undefined, ctx.readingAgain);
  const incomplete = ctx.recordedIncomplete;
  try {
    const result = await readCases(files, criteria, {
      stdin: ctx.io.stdin,
      keepExtra,
      ...load,
      ...mapping,
      ...(ctx.options.encoding ? { encoding: ctx.options.encoding } : {}),
      ...(ctx.options.delimiter ? { delimiter: ctx.options.delimiter } : {}),
      ...(ctx.options.sheet ? { sheet: ctx.options.sheet } : {}),
      ...(ctx.options.round ? { round: ctx.options.round } : {}),
      ...handlers,
      ...(handlers.onAssessment
        ? {
            onAssessment: (scored: ScoredAssessment, record: AssessmentRecord) => {
              incomplete.note(scored, record.caseId);
              handlers.onAssessment!(scored, record);
            },
          }
        : {}),
      onCase: (c: AssembledCase) => {
        for (const a of c.assessments.values()) incomplete.note(a, c.caseId);
        handlers.onCase?.(c);
      },
      onDiagnostic: (d) => {
        // Held back (ctx.io.progress set), a message is not printed now: the line can stay.
        if (!ctx.io.progress) progress?.clear();
        ctx.printer.print(d);
      },
      ...(progress ? { onProgress: progress.update } : {}),
      ...(ready ? { ready } : {}),
      ...(parts
        ? {
            parts: {
              ...parts,
              merge: (r: PartResult) => {
                incomplete.absorb(r.incomplete);
                parts.merge(r);
              },
            },
          }
        : {}),
    });
    return result;
  } finally {
    progress?.clear();
    ctx.printer.finish();
    if (ctx.options.strict && incomplete.count > 0) {
      const n = incomplete.count;
      ctx.io.stderr.write(
        `case-audit: --strict: ${n} ${n === 1 ? 'case is' : 'cases are'} graded by a recorded grade whose findings are incomplete (first: ${quote(incomplete.first)}); complete the findings\n`,
      );
    }
  }
}

/** The contract's exit code for a run that read cases. */
export function exitCodeFor(ctx: Context, result: PipelineResult): number {
  if (result.accounting.rejected > 0 || result.fileErrors > 0) return 1;
  if (ctx.options.strict && (result.accounting.ungraded > 0 || ctx.recordedIncomplete.count > 0)) return 1;
  return 0;
}

/** The accounting line on stderr; `--quiet` leaves it out of a clean run. */
export function accountingToStderr(ctx: Context, result: PipelineResult): void {
  if (ctx.options.quiet && exitCodeFor(ctx, result) === 0) return;
  ctx.io.stderr.write(`${accountingLine(result.accounting)}\n`);
}

export function forceName(ctx: Context, result: PipelineResult): string {
  return ctx.options.forceName ?? result.forces[0] ?? 'the force';
}

export function inspectorateName(ctx: Context, criteria: CriteriaSet): string {
  return ctx.options.inspectorate ?? criteria.programme.inspectorate;
}

/** Commands that sum one round refuse inputs holding several, rather than merge them into one Table 1. */
export function refuseRounds(ctx: Context, result: PipelineResult): void {
  if (result.rounds.length <= 1) return;
  const names = result.rounds.map((r) => (r === null ? '(no round named)' : JSON.stringify(r))).join(', ');
  ctx.io.stderr.write(
    `case-audit: the inputs hold ${result.rounds.length} audit rounds (${names}); this command takes one round at a time, so give it one round's files (or one --round), or compare rounds with case-audit trend\n`,
  );
  throw new Reported(2);
}
