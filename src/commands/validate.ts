// `case-audit validate`: read and check case files, print the problems and the accounting; no scores.
import { rejectedEntry } from '../domain/diagnostic.js';
import type { Io } from '../domain/io.js';
import { accountingLine } from '../render/accounting-line.js';
import { ungradedList } from '../render/ungraded-list.js';
import { emit } from '../write/output.js';
import { caseRow } from '../summarise/score/score-listing.js';
import { exitCodeFor, loadCriteria, makeContext, preflight, readFiles, type CommonOptions } from './context.js';

export async function validateCommand(args: unknown[], options: CommonOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  const ungraded: Array<{ caseId: string; missing: string[] }> = [];
  const result = await readFiles(ctx, files, criteria, {
    case(c) {
      const scored = caseRow(c, criteria.typeByName.get(c.caseType)!);
      if (scored.grade === null) ungraded.push({ caseId: scored.caseId, missing: scored.missing });
    },
  });
  const { accounting } = result;
  const valid = exitCodeFor(ctx, result) === 0;
  let text: string;
  if (options.format === 'json') {
    text = `${JSON.stringify(
      {
        valid,
        totals: accounting,
        ungraded,
        rejected: result.rejected.map(rejectedEntry),
        criteria: criteria.identity,
      },
      null,
      2,
    )}\n`;
  } else {
    const status = valid ? 'valid' : 'problems found';
    // -q: a clean run says nothing; the exit code is the answer.
    text = options.quiet && valid ? '' : `${ungradedList(ungraded)}${accountingLine(accounting)}: ${status}\n`;
  }
  await emit(text, options.output, io.stdout);
  return exitCodeFor(ctx, result);
}
