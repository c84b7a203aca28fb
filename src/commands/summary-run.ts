// The shape `report` and `compare` share: load the criteria, fold each scored case into a
// builder as it arrives (no list of cases is kept), finish the model, render it, write it.
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { AssembledCase } from '../domain/assessment.js';
import type { Io } from '../io.js';
import type { PipelineResult } from '../pipeline.js';
import type { FoldSpec } from '../threads/fold-spec.js';
import { rendererFor, type FormatMap } from '../render/formats.js';
import { emit } from '../write/output.js';
import { STDIN } from '../load/file-args.js';
import { HeldStderr } from '../write/held-stderr.js';
import { checkByColumn } from './by-option.js';
import {
  accountingToStderr,
  exitCodeFor,
  forceName,
  inspectorateName,
  loadCriteria,
  makeContext,
  preflight,
  refuseRounds,
  scoreFiles,
  type CommonOptions,
  type Context,
} from './context.js';

export interface Fold<M> {
  add(c: AssembledCase): void;
  finish(result: PipelineResult, names: { force: string; inspectorate: string }): M;
  /** Folds a worker thread can make too (src/threads): large files are then read in parts. */
  parts?: { fold: FoldSpec; merge(state: unknown): void };
  /** `--by`: the carried column the model is broken down by (some input must have it). */
  byColumn?: string;
}

export async function runSummary<M>(
  args: unknown[],
  options: CommonOptions,
  io: Io,
  start: (criteria: CriteriaSet) => Fold<M>,
  formats: FormatMap<M>,
): Promise<number> {
  const files = args[0] as string[];
  // Inputs that can be read again are read with case ids kept as hashes (8 bytes an id, not ~35)
  // and stderr held back; if two ids may be equal, all of it is read again with the id table, which
  // names each duplicate where it is. Either way the output is the id table's.
  let run: Read<M> | undefined;
  let again: string | undefined;
  if (!files.includes(STDIN)) {
    const held = new HeldStderr(io.stderr);
    try {
      run = await read({ ...io, stderr: held, progress: io.stderr }, options, files, start, true);
    } catch (e) {
      // A failure stands, with what it printed; only if that was not all held is it read again.
      if (!held.overflowed) {
        held.release();
        throw e;
      }
    }
    if (run && !run.result.idsToRecheck && !held.overflowed) held.release();
    else {
      const why = held.overflowed ? 'more messages than are held back' : 'two case ids may be equal';
      if (options.debug) io.stderr.write(`case-audit: debug: ${why}: reading again with the id table\n`);
      again = held.overflowed ? 'to print every message' : 'to check the case ids';
      run = undefined;
    }
  }
  run ??= await read(io, options, files, start, false, again);
  const { ctx, criteria, fold, result } = run;
  refuseRounds(ctx, result);
  if (fold.byColumn !== undefined) checkByColumn(fold.byColumn, result.columns);
  const model = fold.finish(result, { force: forceName(ctx, result), inspectorate: inspectorateName(ctx, criteria) });
  const render = await rendererFor(formats, options.format);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(await render(model, { paint: ctx.paint, width }), options.output, io.stdout);
  // Machine formats keep their shape; the accounting goes to stderr for them, and for files.
  if (options.format === 'json' || options.format === 'csv' || options.output) accountingToStderr(ctx, result);
  return exitCodeFor(ctx, result);
}

interface Read<M> {
  ctx: Context;
  criteria: CriteriaSet;
  fold: Fold<M>;
  result: PipelineResult;
}

/** The criteria loaded, the inputs checked, read and folded. */
async function read<M>(
  io: Io,
  options: CommonOptions,
  files: readonly string[],
  start: (criteria: CriteriaSet) => Fold<M>,
  deferIds: boolean,
  readingAgain?: string,
): Promise<Read<M>> {
  const ctx = makeContext(io, options);
  if (readingAgain) ctx.readingAgain = readingAgain;
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  const fold = start(criteria);
  // --by needs the carried columns kept on each record.
  const keepExtra = fold.byColumn !== undefined;
  const parts = fold.parts && options.threads !== 1 ? fold.parts : undefined;
  const result = await scoreFiles(
    ctx,
    files,
    criteria,
    { onCase: (c) => fold.add(c) },
    keepExtra,
    undefined,
    { deferIds },
    parts && {
      fold: parts.fold,
      ...(options.threads === undefined ? {} : { threads: options.threads }),
      merge: (r) => parts.merge(r.fold),
      // Straight to stderr: not held with the rest.
      ...(options.debug ? { debug: (m: string) => (io.progress ?? io.stderr).write(`case-audit: debug: ${m}\n`) } : {}),
    },
  );
  return { ctx, criteria, fold, result };
}
