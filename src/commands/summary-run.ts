// The shape `report` and `compare` share: load the criteria, fold each scored case into a
// builder as it arrives (no list of cases is kept), finish the model, render it, write it.
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { AssembledCase } from '../domain/assessment.js';
import type { Io } from '../io.js';
import type { PipelineResult } from '../pipeline.js';
import type { FoldSpec } from '../threads/fold-spec.js';
import { rendererFor, type FormatMap } from '../render/formats.js';
import { emit } from '../write/output.js';
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
} from './context.js';

export interface Fold<M> {
  add(c: AssembledCase): void;
  finish(result: PipelineResult, names: { force: string; inspectorate: string }): M;
  /** Folds a worker thread can make too (src/threads): large files are then read in parts. */
  parts?: { fold: FoldSpec; merge(state: unknown): void };
}

export async function runSummary<M>(
  args: unknown[],
  options: CommonOptions,
  io: Io,
  start: (criteria: CriteriaSet) => Fold<M>,
  formats: FormatMap<M>,
): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  const fold = start(criteria);
  // --by needs the carried columns kept on each record.
  const keepExtra = (options as { by?: string }).by !== undefined;
  const parts = fold.parts && options.threads !== 1 ? fold.parts : undefined;
  const result = await scoreFiles(
    ctx,
    files,
    criteria,
    { onCase: (c) => fold.add(c) },
    keepExtra,
    undefined,
    {},
    parts && {
      fold: parts.fold,
      ...(options.threads === undefined ? {} : { threads: options.threads }),
      merge: (r) => parts.merge(r.fold),
      ...(options.debug ? { debug: (m: string) => io.stderr.write(`case-audit: debug: ${m}\n`) } : {}),
    },
  );
  refuseRounds(ctx, result);
  const model = fold.finish(result, { force: forceName(ctx, result), inspectorate: inspectorateName(ctx, criteria) });
  const render = await rendererFor(formats, options.format);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(await render(model, { paint: ctx.paint, width }), options.output, io.stdout);
  // Machine formats keep their shape; the accounting goes to stderr for them, and for files.
  if (options.format === 'json' || options.format === 'csv' || options.output) accountingToStderr(ctx, result);
  return exitCodeFor(ctx, result);
}
