// `case-audit score`: load, score, render one row per case, write.
import type { ScoredCase } from '../domain/types.js';
import type { Io } from '../io.js';
import { scoreCsv, scoreJson, scoreMarkdown, scoreTable, type ScoreModel } from '../render/score.js';
import { accountingLine } from '../summarise/accounting.js';
import { emit } from '../write/output.js';
import { exitCodeFor, loadCriteria, makeContext, preflight, scoreFiles, type CommonOptions } from './context.js';

export async function scoreCommand(args: unknown[], options: CommonOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  const cases: ScoredCase[] = [];
  const result = await scoreFiles(ctx, files, criteria, (scored) => cases.push(scored));
  const model: ScoreModel = { cases, accounting: result.accounting };
  const render = { table: scoreTable, markdown: scoreMarkdown, csv: scoreCsv, json: scoreJson }[options.format as 'table'];
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(render(model, { paint: ctx.paint, width }), options.output, io.stdout);
  // Machine formats keep their contract shape; the accounting goes to stderr for them.
  if (options.format === 'json' || options.format === 'csv' || options.output) io.stderr.write(`${accountingLine(result.accounting)}\n`);
  return exitCodeFor(ctx, result);
}
