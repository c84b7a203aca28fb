// `case-audit validate`: read and check case files, print the problems and the accounting; no scores.
import { rejectedEntry } from '../domain/diagnostic.js';
import type { Io } from '../domain/io.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import type { ValidateModel } from '../render/validate/validate-model.js';
import { caseRow } from '../summarise/score/score-listing.js';
import { emit } from '../write/emit.js';
import { exitCodeFor, loadCriteria, makeContext, preflight, readFiles, sharingOption, type CommonOptions } from './context.js';

export async function validateCommand(args: unknown[], options: CommonOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  const ungraded: ValidateModel['ungraded'] = [];
  const result = await readFiles(ctx, files, criteria, {
    case(c) {
      const row = caseRow(c, criteria.typeByName.get(c.caseType)!);
      if (row.grade === null) ungraded.push({ caseId: row.caseId, missing: row.missing });
    },
  });
  const model: ValidateModel = {
    valid: exitCodeFor(ctx, result) === 0,
    totals: result.accounting,
    ungraded,
    rejected: result.rejected.map(rejectedEntry),
    criteria: criteria.identity,
  };
  // -q: a clean run says nothing in the table; the exit code is the answer.
  const quietTable = options.quiet && model.valid && options.format === 'table';
  const render = await rendererFor(FORMATS.validate, options.format);
  await emit(quietTable ? '' : await render(model, { paint: ctx.paint, cwd: io.cwd, ...sharingOption(ctx) }), options.output, io.stdout);
  return exitCodeFor(ctx, result);
}
