// `dashboard`, folded from one read: every assembled case goes to the summaries the page shows, each
// the very fold of the command that owns its figures. `trend` (and `actions`, `referrals` where
// asked) take every round; `report` and `compare` sum one round at a time, so each round has its
// own report builder and self-against-independent fold, and the page shows the latest round's.
// Counters per round only: no case is kept. Pure.
import { INDEPENDENT, isGraded, SELF, type AssembledCase } from '../../domain/assessment.js';
import type { Accounting } from '../../domain/accounting.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { ActionsBuilder } from '../actions/actions-builder.js';
import { BetweenFold } from '../compare/between-fold.js';
import type { ReferralsFold } from '../referrals/referrals-fold.js';
import { DEFAULT_THEMES, ReportBuilder } from '../report/report-model.js';
import { TrendBuilder } from '../trend/trend-builder.js';

/** One round's `report` and `compare --by auditor` folds, and its own count of cases. */
export interface RoundFolds {
  report: ReportBuilder;
  between: BetweenFold;
  /** The round's cases as the accounting counts them: graded when the independent grade is there. */
  graded: number;
  ungraded: number;
  /** The assessments of its cases (long form counts them). */
  assessments: number;
  /** The self-assessment's auditor codes met in the round (the table per auditor needs two or more). */
  auditors: Set<string>;
}

export class DashboardFold {
  readonly trend: TrendBuilder;
  private readonly rounds = new Map<string | null, RoundFolds>();

  constructor(
    private readonly criteria: CriteriaSet,
    /** The summaries the page shows only when their file is given. */
    readonly extra: { actions?: ActionsBuilder; referrals?: ReferralsFold } = {},
  ) {
    // As `trend` runs by default: the independent grades, every change adjusted together.
    this.trend = new TrendBuilder(criteria, { role: INDEPENDENT, between: null, perComparison: false });
  }

  add(c: AssembledCase): void {
    this.trend.add(c);
    this.extra.actions?.add(c);
    this.extra.referrals?.add(c);
    const folds = this.round(c.round);
    folds.report.add(c);
    folds.between.add(c);
    if (isGraded(c)) folds.graded++;
    else folds.ungraded++;
    folds.assessments += c.assessments.size;
    const auditor = c.assessments.get(SELF)?.auditor;
    if (auditor) folds.auditors.add(auditor);
  }

  private round(round: string | null): RoundFolds {
    let folds = this.rounds.get(round);
    if (!folds) {
      folds = {
        // As `report` and `compare --by auditor` run by default.
        report: new ReportBuilder(this.criteria, DEFAULT_THEMES),
        between: new BetweenFold(this.criteria, { a: SELF, b: INDEPENDENT, byAuditor: true, weights: 'linear' }),
        graded: 0,
        ungraded: 0,
        assessments: 0,
        auditors: new Set(),
      };
      this.rounds.set(round, folds);
    }
    return folds;
  }

  /** A round's folds (the rounds are those `trend` met). */
  folds(round: string | null): RoundFolds {
    return this.round(round);
  }
}

/**
 * One round's accounting out of several: its cases read, graded and ungraded, and (long form) its
 * assessments. A rejected row is counted in the read's accounting only: it may name no round.
 */
export function roundAccounting(f: RoundFolds, longForm: boolean): Accounting {
  return {
    read: f.graded + f.ungraded,
    graded: f.graded,
    ungraded: f.ungraded,
    rejected: 0,
    ...(longForm ? { assessments: f.assessments } : {}),
  };
}
