// `referrals`, folded one assembled case at a time against the log read first: a case the audit
// referred back, or that the criteria suggest for referral (an unmet `refer: true` criterion), must
// have a step in the log. Only the log (one entry per logged case) and the cases that need
// attention are held; every other case is looked up and dropped, so memory stays flat in the
// number of cases read.
import type { Accounting } from '../../domain/accounting.js';
import type { AssembledCase } from '../../domain/assessment.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { Fold, FoldRecipe } from '../../domain/fold.js';
import { daysBetween } from '../../domain/dates.js';
import { logIndex, REFERRAL_STATUSES, type LogIndex, type LoggedReferral, type ReferralStatus } from '../../domain/referral.js';

export interface ReferralsModel {
  asOf: string;
  overdueDays: number;
  byStatus: Record<ReferralStatus, number>;
  unaccounted: Array<{ caseId: string; round: string | null; because: 'suggested' | 'referred back' }>;
  overdue: Array<{ caseId: string; round: string | null; status: ReferralStatus; date: string; days: number }>;
  dismissedWithoutReason: Array<{ caseId: string; round: string | null }>;
  unknownCases: Array<{ file: string; line: number; sheet?: string; caseId: string }>;
  /** Cases read that the audit referred back or the criteria suggest (accounted for or not). */
  needing: number;
  totals: Accounting;
}

type Unaccounted = ReferralsModel['unaccounted'][number];

/** What a part of the input found: plain data, so it crosses threads. */
interface ReferralsState {
  /** Indexes of the log's cases met in the case files. */
  matched: number[];
  unaccounted: Unaccounted[];
  needing: number;
}

/** Options a part worker's fold is made from: the log's cases' rounds and ids (the log itself stays on the main thread). */
interface ReferralsFoldOptions {
  cases: Array<Pick<LoggedReferral, 'round' | 'caseId'>>;
}

export class ReferralsFold implements Fold<ReferralsState> {
  /** One flag per case of the log. */
  private readonly matched: Uint8Array;
  private readonly unaccounted: Unaccounted[] = [];
  private needing = 0;

  constructor(
    private readonly index: LogIndex,
    logged: number,
  ) {
    this.matched = new Uint8Array(logged);
  }

  add(c: AssembledCase): void {
    const at = this.index.get(c.round)?.get(c.caseId);
    const inLog = at !== undefined;
    if (inLog) this.matched[at] = 1;
    let referred = false;
    let suggested = false;
    for (const a of c.assessments.values()) {
      referred ||= a.referredBack;
      suggested ||= a.referralSuggested;
    }
    if (!referred && !suggested) return;
    this.needing++;
    if (!inLog) this.unaccounted.push({ caseId: c.caseId, round: c.round, because: referred ? 'referred back' : 'suggested' });
  }

  state(): ReferralsState {
    const matched: number[] = [];
    for (let i = 0; i < this.matched.length; i++) if (this.matched[i]) matched.push(i);
    return { matched, unaccounted: this.unaccounted, needing: this.needing };
  }

  merge(later: ReferralsState): void {
    for (const i of later.matched) this.matched[i] = 1;
    for (const u of later.unaccounted) this.unaccounted.push(u);
    this.needing += later.needing;
  }

  /** The model: the fold's findings joined with the log's latest steps. */
  finish(
    log: { file: string; cases: readonly LoggedReferral[] },
    options: { asOf: string; overdueDays: number; displayFile: (file: string) => string; totals: Accounting },
  ): ReferralsModel {
    const byStatus = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, 0])) as Record<ReferralStatus, number>;
    const overdue: ReferralsModel['overdue'] = [];
    const dismissedWithoutReason: ReferralsModel['dismissedWithoutReason'] = [];
    const unknownCases: ReferralsModel['unknownCases'] = [];
    const file = options.displayFile(log.file);
    log.cases.forEach((r, i) => {
      if (!this.matched[i]) {
        unknownCases.push({ file, line: r.line, ...(r.sheet ? { sheet: r.sheet } : {}), caseId: r.caseId });
        return;
      }
      byStatus[r.status]++;
      const days = daysBetween(r.date, options.asOf);
      if (r.status === 'referred' && days > options.overdueDays)
        overdue.push({ caseId: r.caseId, round: r.round, status: r.status, date: r.date, days });
      if (r.status === 'dismissed' && r.reason === null) dismissedWithoutReason.push({ caseId: r.caseId, round: r.round });
    });
    // The longest wait first (a stable sort: equal waits in log order).
    overdue.sort((a, b) => b.days - a.days);
    return {
      asOf: options.asOf,
      overdueDays: options.overdueDays,
      byStatus,
      unaccounted: this.unaccounted,
      overdue,
      dismissedWithoutReason,
      unknownCases,
      needing: this.needing,
      totals: options.totals,
    };
  }
}

/**
 * A part worker's fold (read/parts): the same fold, made from plain options.
 * @public named in the recipe, not imported
 */
export function makeReferralsFold(_criteria: CriteriaSet, options: ReferralsFoldOptions): ReferralsFold {
  return new ReferralsFold(logIndex(options.cases), options.cases.length);
}

export const referralsRecipe = (options: ReferralsFoldOptions): FoldRecipe => ({
  module: import.meta.url,
  name: makeReferralsFold.name,
  options,
});
