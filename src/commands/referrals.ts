// `case-audit referrals`: the referral safety net. Reads the log first (each case's latest step),
// then folds the case files against it, keeping only the cases that need attention, and lists:
// suggested or referred back but not in the log (unaccounted: exit 1, so a scheduled job can
// alert), referred with no response after --overdue-days, dismissed without a reason code, and log
// rows for cases in no case file.
import { UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import { readReferralLog } from '../load/referrals/referral-log.js';
import { displayPath } from '../render/diagnostics.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { warning } from '../domain/diagnostic.js';
import { ReferralsFold, referralsRecipe } from '../summarise/referrals/referrals-fold.js';
import { emit } from '../write/emit.js';
import { logIndex } from '../domain/referral.js';
import { asOfDate } from './as-of.js';
import { accountingToStderr, exitCodeFor, loadCriteria, makeContext, preflight, readIntoFold, type CommonOptions } from './context.js';

export interface ReferralsOptions {
  log?: string;
  overdueDays?: number;
  asOf?: string;
}

const DEFAULT_OVERDUE_DAYS = 28;

export async function referralsCommand(args: unknown[], options: CommonOptions & ReferralsOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  if (options.log === undefined) throw new UsageError('referrals needs --log <file>: the referrals log (CSV or XLSX)');
  const criteria = loadCriteria(ctx);
  const asOf = asOfDate(options.asOf, io);
  preflight(ctx, [options.log, ...files]);
  const log = await readReferralLog(options.log, io.stdin, criteria);
  for (const d of log.diagnostics) ctx.printer.print(d);
  const index = logIndex(log.cases);
  const { result, fold } = await readIntoFold(ctx, files, criteria, () => new ReferralsFold(index, log.cases.length), {
    // A part worker gets the rounds and ids only: no date, status or reason crosses to it.
    recipe: referralsRecipe({ cases: log.cases.map(({ round, caseId }) => ({ round, caseId })) }),
  });
  const model = fold.finish(log, {
    asOf,
    overdueDays: options.overdueDays ?? DEFAULT_OVERDUE_DAYS,
    displayFile: (f) => displayPath(f, io.cwd),
    totals: result.accounting,
  });
  for (const u of model.unknownCases)
    ctx.printer.print({
      ...warning(u.file, u.line, 'unknown-case', `the log names case "${u.caseId}", which is in no case file read`),
      ...(u.sheet ? { sheet: u.sheet } : {}),
    });
  ctx.printer.finish();
  const render = await rendererFor(FORMATS.referrals, options.format);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(await render(model, { paint: ctx.paint, width, cwd: io.cwd }), options.output, io.stdout);
  if (options.format === 'json' || options.format === 'csv' || options.output) accountingToStderr(ctx, result);
  const failed = model.unaccounted.length > 0 || log.errors > 0;
  return Math.max(failed ? 1 : 0, exitCodeFor(ctx, result));
}
