// `case-audit criteria list [dir]`: the case types, their report tables and criteria.
import type { Io } from '../io.js';
import { listCsv, listJson, listMarkdown, listTable } from '../render/criteria-list.js';
import { emit } from '../write/output.js';
import { loadCriteria, makeContext, type CommonOptions } from './context.js';

export async function criteriaListCommand(args: unknown[], options: CommonOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const dir = args[0] as string | undefined;
  const set = dir === undefined ? loadCriteria(ctx) : loadCriteria(ctx, dir);
  const render = { table: listTable, markdown: listMarkdown, csv: listCsv, json: listJson }[options.format as 'table'];
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(render(set.types, { width }), options.output, io.stdout);
  return 0;
}
