// `case-audit dashboard`: the performance dashboard. One read of every round's case files, folded
// at once into the summaries of `trend`, `report` and `compare --by auditor` (the latest round's),
// and, where their files are given, `actions` and `referrals`; each finished as its own command
// finishes it, then rendered as one page, a workbook or JSON.
import { INDEPENDENT, SELF } from '../domain/assessment.js';
import { UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import { roleLabel } from '../domain/roles.js';
import { displayPath } from '../render/diagnostics.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { DashboardFold, roundAccounting } from '../summarise/dashboard/dashboard-fold.js';
import type { DashboardModel } from '../summarise/dashboard/dashboard-model.js';
import { dashboardPublished } from '../summarise/suppress/dashboard-published.js';
import { orderRounds } from '../summarise/trend/trend-rounds.js';
import { emit } from '../write/emit.js';
import { actionsPlan } from './actions.js';
import { asOfDate } from './as-of.js';
import {
  accountingToStderr,
  exitCodeFor,
  forceName,
  inspectorateName,
  loadCriteria,
  makeContext,
  preflight,
  readFiles,
  sharingOption,
  type CommonOptions,
} from './context.js';
import { DEFAULT_OVERDUE_DAYS, referralsPlan } from './referrals.js';
import { trendRequest } from './trend-options.js';

export interface DashboardOptions {
  recommendations?: string;
  log?: string;
  asOf?: string;
  overdueDays?: number;
  order?: string;
}

export async function dashboardCommand(args: unknown[], options: CommonOptions & DashboardOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  const { order } = trendRequest({ ...(options.order === undefined ? {} : { order: options.order }) }, criteria);
  const counted = options.recommendations !== undefined || options.log !== undefined;
  const asOf = counted ? asOfDate(options.asOf, io) : '';
  const extraFiles = [options.recommendations, options.log].filter((f): f is string => f !== undefined);
  preflight(ctx, [...extraFiles, ...files]);
  const actions = options.recommendations === undefined ? undefined : actionsPlan(ctx, options.recommendations, criteria);
  const referrals = options.log === undefined ? undefined : await referralsPlan(ctx, options.log, criteria);
  const referralsFold = referrals?.makeFold();
  const fold = new DashboardFold(criteria, {
    ...(actions ? { actions: actions.builder } : {}),
    ...(referralsFold ? { referrals: referralsFold } : {}),
  });
  const result = await readFiles(ctx, files, criteria, { case: (c) => fold.add(c) });
  // As `trend` orders them: rounds whose every row was rejected have no cases, and are not shown.
  const met = result.rounds.filter((r) => fold.trend.roundsMet().includes(r));
  const ordered = orderRounds(met, order);
  if (!ordered.ok) throw new UsageError(ordered.message);
  const names = { force: forceName(ctx, result), inspectorate: inspectorateName(ctx, criteria) };
  const label = (role: string) => roleLabel(role, criteria.programme, names);
  const latestRound = ordered.rounds.at(-1) ?? null;
  const latest = fold.folds(latestRound);
  // One round read: its accounting and rejected rows are the read's, as `report` and `compare` give them.
  const single = result.rounds.length <= 1;
  const totals = single ? result.accounting : roundAccounting(latest, result.longForm);
  const rejected = single ? result.rejected.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) })) : [];
  const acted = actions?.finish(result, asOf);
  const referred =
    referrals && referralsFold
      ? referrals.finish(referralsFold, result, { asOf, overdueDays: options.overdueDays ?? DEFAULT_OVERDUE_DAYS })
      : undefined;
  ctx.printer.finish();
  const model: DashboardModel = {
    force: names.force,
    latestRound,
    report: latest.report.finish(totals, rejected, names),
    compare: latest.between.finish(totals, names, { a: label(SELF), b: label(INDEPENDENT) }),
    severalAuditors: latest.auditors.size > 1,
    trend: fold.trend.finish({ order: ordered.rounds, totals: result.accounting, force: names.force, label }),
    actions: acted?.model ?? null,
    referrals: referred?.model ?? null,
    totals: result.accounting,
  };
  const render = { paint: ctx.paint, cwd: io.cwd, ...sharingOption(ctx) };
  const below = options.suppress;
  const out =
    below === undefined
      ? (await rendererFor(FORMATS.dashboard, options.format))(model, render)
      : (await rendererFor(FORMATS.published, options.format))(dashboardPublished(model, below), render);
  await emit(await out, options.output, io.stdout);
  if (options.format === 'json' || options.output) accountingToStderr(ctx, result);
  const bad = acted?.bad === true || referred?.bad === true;
  return Math.max(bad ? 1 : 0, exitCodeFor(ctx, result));
}
