// What every command receives from the shell, and the steps they share: load the criteria,
// check the inputs open, read and score them.
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import { InputError, Reported, UsageError } from '../domain/errors.js';
import type { Fold, FoldRecipe } from '../domain/fold.js';
import type { ReadProgress } from '../domain/read-progress.js';
import type { Io } from '../domain/io.js';
import { loadCriteriaDir } from '../load/criteria/criteria-dir.js';
import { checkInputs, inputSizes } from '../load/inputs/input.js';
import type { LoadOptions } from '../load/inputs/sink.js';
import type { InputEncoding } from '../load/inputs/encodings.js';
import { buildMapping } from '../load/register/register-mapping.js';
import type { PartsPlan } from '../read/parts/file-parts.js';
import { readCases } from '../read/read-cases.js';
import type { CaseConsumer, ReadResult } from '../read/reading.js';
import { readFolded } from '../read/read-folded.js';
import { accountingLine } from '../render/accounting-line.js';
import { DiagnosticPrinter, formatDiagnostic } from '../render/diagnostics.js';
import { paint, wantColor, type Paint } from '../render/terminal/paint.js';
import { makeProgress, type Progress } from '../render/progress.js';
import { checkOutputPath } from '../write/output-path.js';
import { quote } from '../text/escape.js';
import { readKeyFile } from '../load/key-file.js';
import { keyFingerprint } from '../domain/pseudonym.js';
import type { Sharing } from '../domain/sharing.js';

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
  /** --pseudonymise: the key file; case ids and auditor codes become pseudonyms (load/key-file.ts). */
  pseudonymise?: string;
  /** --suppress N (report, compare, trend, actions, dashboard): for publication; messages then name no case id. */
  suppress?: number;
}

export interface Context {
  io: Io;
  options: CommonOptions;
  color: boolean;
  paint: Paint;
  printer: DiagnosticPrinter;
  /** --pseudonymise: the key (read and checked once) and its fingerprint. */
  key?: { bytes: Uint8Array; fingerprint: string };
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
    printer: new DiagnosticPrinter(io.stderr, options.maxErrors, options.quiet === true, io.cwd, options.suppress !== undefined),
    ...(options.pseudonymise === undefined ? {} : { key: keyOf(options.pseudonymise) }),
  };
}

function keyOf(file: string): { bytes: Uint8Array; fingerprint: string } {
  const bytes = readKeyFile(file);
  return { bytes, fingerprint: keyFingerprint(bytes) };
}

/** What the renderers say of --pseudonymise (and, later, of --suppress). */
function sharingOf(ctx: Context): Sharing | undefined {
  return ctx.key ? { pseudonymKey: ctx.key.fingerprint } : undefined;
}

/** The same as a renderer option to spread: `{ sharing }`, or nothing. */
export function sharingOption(ctx: Context): { sharing?: Sharing } {
  const sharing = sharingOf(ctx);
  return sharing ? { sharing } : {};
}

/** Loads and checks the criteria; an invalid directory stops the command with exit 1. */
export function loadCriteria(ctx: Context, dir = ctx.options.criteria ?? BUNDLED_CRITERIA): CriteriaSet {
  const loaded = loadCriteriaDir(dir, missingHint(ctx.options, dir));
  for (const d of loaded.diagnostics) ctx.printer.print(d);
  if (!loaded.set) {
    ctx.io.stderr.write(`case-audit: the criteria directory ${dir} has problems; fix them first (case-audit criteria validate ${dir})\n`);
    // A programme whose grades or rule are wrong cannot grade anything: a usage error, not a bad row.
    throw new Reported(loaded.languageInvalid ? 2 : 1);
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
    ctx.io.stderr.write(
      `${formatDiagnostic({ file: p.file, line: 0, severity: 'error', rule: 'input', message: p.message }, ctx.io.cwd)}\n`,
    );
  throw new Reported(2);
}

/** What a command asks of the read path, beside its consumer. */
export interface ReadRequest {
  /** Keep register columns on each record (`sample`, `--by`). */
  keepExtra?: boolean;
  /** Every row's case id as written, valid row or not (`sample --exclude`). */
  onRowId?(id: string): void;
}

/** The inputs read into `consumer`: messages printed as they come, a progress line for a person watching. */
export async function readFiles(
  ctx: Context,
  files: readonly string[],
  criteria: CriteriaSet,
  consumer: CaseConsumer,
  request: ReadRequest = {},
): Promise<ReadResult> {
  return reading(
    ctx,
    files,
    (shared) => readCases(files, criteria, { ...shared, load: loadOptions(ctx, criteria, request), consumer }),
    (r) => r,
  );
}

/**
 * The inputs folded (`report`, `compare`): with case ids checked at the end where the inputs can be
 * read again (read/read-folded.ts), and large CSV files read in parts on worker threads.
 */
export async function readIntoFold<F extends Fold>(
  ctx: Context,
  files: readonly string[],
  criteria: CriteriaSet,
  makeFold: () => F,
  request: ReadRequest & { recipe?: FoldRecipe },
): Promise<{ result: ReadResult; fold: F }> {
  const { io, options } = ctx;
  let fold: F | undefined;
  const parts: PartsPlan | undefined =
    request.recipe && options.threads !== 1
      ? {
          recipe: request.recipe,
          ...(options.threads === undefined ? {} : { threads: options.threads }),
          merge: (state) => fold!.merge(state),
          // Straight to stderr: never held with the messages.
          ...(options.debug ? { debug: (m: string) => io.stderr.write(`case-audit: debug: ${m}\n`) } : {}),
        }
      : undefined;
  return reading(
    ctx,
    files,
    (shared) =>
      readFolded(files, criteria, () => (fold = makeFold()), {
        ...shared,
        load: loadOptions(ctx, criteria, request),
        messages: ctx.printer,
        ...(parts ? { parts } : {}),
        onReadAgain: (why) => {
          if (options.debug) io.stderr.write(`case-audit: debug: ${why.debug}: reading again with the id table\n`);
          shared.progress?.clear();
          shared.restartProgress(why.progress);
        },
      }),
    (r) => r.result,
  );
}

function loadOptions(ctx: Context, criteria: CriteriaSet, request: ReadRequest): LoadOptions {
  const { options } = ctx;
  return {
    ...buildMapping(options, criteria),
    ...(request.keepExtra ? { keepExtra: true } : {}),
    ...(request.onRowId ? { onRowId: request.onRowId } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
    ...(options.round ? { round: options.round } : {}),
    ...(ctx.key ? { pseudonymKey: ctx.key.bytes } : {}),
  };
}

interface Shared {
  stdin: Readable;
  onDiagnostic(d: Diagnostic): void;
  onProgress?(p: ReadProgress): void;
  progress: Progress | undefined;
  restartProgress(again: string): void;
}

/** Around one reading: the progress line, messages printed as they come, and what is said at the end. */
async function reading<R>(
  ctx: Context,
  files: readonly string[],
  read: (shared: Shared) => Promise<R>,
  resultOf: (r: R) => ReadResult,
): Promise<R> {
  const { io, options, printer } = ctx;
  const sizes = inputSizes(files);
  const shared: Shared = {
    stdin: io.stdin,
    progress: makeProgress(io.stderr, { env: io.env, quiet: options.quiet }, { total: sizes, cwd: io.cwd }),
    onDiagnostic: (d) => {
      // Held back, a message is not printed now: the line can stay.
      if (!printer.holding) shared.progress?.clear();
      printer.print(d);
    },
    onProgress: (p) => shared.progress?.update(p),
    restartProgress: (again) =>
      (shared.progress = makeProgress(io.stderr, { env: io.env, quiet: options.quiet }, { total: sizes, cwd: io.cwd, again })),
  };
  let result: R | undefined;
  try {
    result = await read(shared);
    return result;
  } finally {
    shared.progress?.clear();
    printer.finish();
    const incomplete = result && resultOf(result).incomplete;
    if (options.strict && incomplete && incomplete.count > 0) {
      const n = incomplete.count;
      io.stderr.write(
        `case-audit: --strict: ${n} ${n === 1 ? 'case is' : 'cases are'} graded by a recorded grade whose findings are incomplete${options.suppress === undefined ? ` (first: ${quote(incomplete.first)})` : ''}; complete the findings\n`,
      );
    }
  }
}

/** The contract's exit code for a run that read cases. */
export function exitCodeFor(ctx: Context, result: ReadResult): number {
  if (result.accounting.rejected > 0 || result.fileErrors > 0) return 1;
  if (ctx.options.strict && (result.accounting.ungraded > 0 || result.incomplete.count > 0)) return 1;
  return 0;
}

/** The accounting line on stderr; `--quiet` leaves it out of a clean run. */
export function accountingToStderr(ctx: Context, result: ReadResult): void {
  if (ctx.options.quiet && exitCodeFor(ctx, result) === 0) return;
  ctx.io.stderr.write(`${accountingLine(result.accounting)}\n`);
}

export function forceName(ctx: Context, result: ReadResult): string {
  return ctx.options.forceName ?? result.forces[0] ?? 'the force';
}

export function inspectorateName(ctx: Context, criteria: CriteriaSet): string {
  return ctx.options.inspectorate ?? criteria.programme.inspectorate;
}

/** Commands that sum one round refuse inputs holding several, rather than merge them into one Table 1. */
export function refuseRounds(ctx: Context, result: ReadResult): void {
  if (result.rounds.length <= 1) return;
  const names = result.rounds.map((r) => (r === null ? '(no round named)' : JSON.stringify(r))).join(', ');
  ctx.io.stderr.write(
    `case-audit: the inputs hold ${result.rounds.length} audit rounds (${names}); this command takes one round at a time, so give it one round's files (or one --round), or compare rounds with case-audit trend\n`,
  );
  throw new Reported(2);
}
