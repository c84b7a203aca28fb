// `case-audit referrals`: the referral safety net. Reads the log first (each case's latest step),
// then folds the case files against it, keeping only the cases that need attention, and lists:
// suggested or referred back but not in the log (unaccounted: exit 1, so a scheduled job can
// alert), referred with no response after --overdue-days, dismissed without a reason code, and log
// rows for cases in no case file.
import type { CriteriaSet } from '../domain/criteria-set.js';
import { UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import { readReferralLog } from '../load/referrals/referral-log.js';
import { pseudonymsOf } from '../load/rows/case-id.js';
import type { ReadResult } from '../read/reading.js';
import { displayPath } from '../render/diagnostics.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { warning } from '../domain/diagnostic.js';
import { ReferralsFold, referralsRecipe, type ReferralsModel } from '../summarise/referrals/referrals-fold.js';
import { emit } from '../write/emit.js';
import { logIndex } from '../domain/referral.js';
import { asOfDate } from './as-of.js';
import {
  accountingToStderr,
  exitCodeFor,
  loadCriteria,
  makeContext,
  preflight,
  readIntoFold,
  sharingOption,
  type CommonOptions,
  type Context,
} from './context.js';

export interface ReferralsOptions {
  log?: string;
  overdueDays?: number;
  asOf?: string;
}

export const DEFAULT_OVERDUE_DAYS = 28;

/** The log read (its problems printed), the fold to read the case files into, and how the model is finished. */
export async function referralsPlan(ctx: Context, logFile: string, criteria: CriteriaSet) {
  const ids = ctx.key ? pseudonymsOf({ pseudonymKey: ctx.key.bytes }) : undefined;
  const log = await readReferralLog(logFile, ctx.io.stdin, criteria, ids);
  for (const d of log.diagnostics) ctx.printer.print(d);
  const index = logIndex(log.cases);
  return {
    makeFold: () => new ReferralsFold(index, log.cases.length),
    // A part worker gets the rounds and ids only: no date, status or reason crosses to it.
    recipe: referralsRecipe({ cases: log.cases.map(({ round, caseId }) => ({ round, caseId })) }),
    /** The model (log rows for cases in no case file printed as warnings), and whether the log had an error. */
    finish(fold: ReferralsFold, result: ReadResult, when: { asOf: string; overdueDays: number }): { model: ReferralsModel; bad: boolean } {
      const model = fold.finish(log, { ...when, displayFile: (f) => displayPath(f, ctx.io.cwd), totals: result.accounting });
      for (const u of model.unknownCases)
        ctx.printer.print({
          ...warning(u.file, u.line, 'unknown-case', `the log names case "${u.caseId}", which is in no case file read`),
          ...(u.sheet ? { sheet: u.sheet } : {}),
        });
      return { model, bad: log.errors > 0 };
    },
  };
}

export async function referralsCommand(args: unknown[], options: CommonOptions & ReferralsOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  if (options.log === undefined) throw new UsageError('referrals needs --log <file>: the referrals log (CSV or XLSX)');
  const criteria = loadCriteria(ctx);
  const asOf = asOfDate(options.asOf, io);
  preflight(ctx, [options.log, ...files]);
  const plan = await referralsPlan(ctx, options.log, criteria);
  const { result, fold } = await readIntoFold(ctx, files, criteria, plan.makeFold, { recipe: plan.recipe });
  const { model, bad } = plan.finish(fold, result, { asOf, overdueDays: options.overdueDays ?? DEFAULT_OVERDUE_DAYS });
  ctx.printer.finish();
  const render = await rendererFor(FORMATS.referrals, options.format);
  const width = Math.max(60, Math.min(io.stdout.columns ?? 80, 120));
  await emit(await render(model, { paint: ctx.paint, width, cwd: io.cwd, ...sharingOption(ctx) }), options.output, io.stdout);
  if (options.format === 'json' || options.format === 'csv' || options.output) accountingToStderr(ctx, result);
  const failed = model.unaccounted.length > 0 || bad;
  return Math.max(failed ? 1 : 0, exitCodeFor(ctx, result));
}
