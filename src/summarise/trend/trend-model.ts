// The `trend` model: audit rounds side by side. Every figure a renderer prints is here (shares,
// intervals, bar cells, verdicts, the lines that explain them), so renderers do no arithmetic.
import type { AgreementFigures } from '../compare/agreement-figures.js';
import type { Scale } from '../../domain/scale.js';
import type { RoleLabel } from '../../domain/assessment.js';
import type { CriteriaIdentity } from '../../domain/criteria-identity.js';
import type { Grade, GradeCounts } from '../../domain/grades.js';
import type { Accounting } from '../../domain/accounting.js';
import type { Band } from '../../statistics/kappa.js';
import type { AreaFigures } from '../report/areas.js';

/** Below this many graded cases a share is shown as a count ("3 of 7"), not a percentage. */
export const FEW = 10;
/** Cells in a round's text bar. */
export const BAR_CELLS = 20;

export type Interval = [number, number];
export type Caution = 'none' | 'few' | null;

/** The A-vs-B gap in one round (`--between A,B`), over the cases both graded. */
/** With issue 26's bias and agreement figures for the round's cases graded by both. */
export interface RoundGap extends AgreementFigures {
  n: number;
  agreed: number;
  /** agreed / n; null with no cases. */
  exactAgreement: number | null;
  /** 95% Wilson interval of exactAgreement. */
  agreementInterval: Interval | null;
  kappa: number | null;
  kappaBand: Band | null;
  /** A graded higher than B. */
  higher: number;
  lower: number;
}

export interface TrendRound {
  /** As named in the files or by --round; null where no round is named. */
  round: string | null;
  /** What people read: the round, or "(no round named)". */
  label: string;
  /** Graded cases of the role shown. */
  n: number;
  counts: GradeCounts;
  /** counts / n; null when n is 0. */
  share: Record<Grade, number | null>;
  /** 95% Wilson score interval of each share; null when n is 0. */
  interval: Record<Grade, Interval | null>;
  /** Cases of this round the role assessed without a grade (not in n). */
  ungraded: number;
  /** 'none': no graded case; 'few': fewer than FEW. */
  caution: Caution;
  /** Bar cells per grade, adding up to BAR_CELLS (0 each when n is 0). */
  bar: Record<Grade, number>;
  gap: RoundGap | null;
}

type Verdict = 'change' | 'no clear change' | 'not comparable';

/** A share in one round against the round before: a grade's share of cases, or an area's share unmet. */
export interface ShareChange {
  from: string | null;
  to: string | null;
  fromLabel: string;
  toLabel: string;
  /** The two rounds' totals (graded cases; an area's applied findings) and the counts in them. */
  nFrom: number;
  nTo: number;
  countFrom: number;
  countTo: number;
  /** Either round has fewer than FEW graded cases: show counts, not percentages. */
  few: boolean;
  shareFrom: number | null;
  shareTo: number | null;
  /** shareTo - shareFrom. */
  difference: number | null;
  /** Newcombe hybrid score interval of the difference, at the model's adjustment level (95% unadjusted). */
  differenceInterval: Interval | null;
  /** The interval excludes 0. */
  significant: boolean;
  verdict: Verdict;
}

export interface TrendChange extends ShareChange {
  grade: Grade;
}

/** An area's share unmet against the round before. */
export interface AreaChange extends ShareChange {
  area: string;
  title: string;
}

/** How the intervals of the changes are set: each at `level`, so that all `comparisons` verdicts hold 95% together. */
export interface TrendAdjustment {
  /** 'bonferroni': each verdict at 1 - 0.05/m; 'none': each at 95% (--per-comparison, or a single verdict). */
  method: 'bonferroni' | 'none';
  /** The verdicts shown (changes that can be compared, and trend tests that can be made). */
  comparisons: number;
  /** The confidence level of each interval (the trend tests call a trend where p < 1 - level). */
  level: number;
  /** The normal quantile of that level. */
  z: number;
  /** --per-comparison: unadjusted intervals were asked for. */
  perComparison: boolean;
}

/** A grade's share across every round in order: the Cochran-Armitage test (three rounds or more). */
export interface TrendTestRow {
  grade: Grade;
  /** The chi-square statistic on 1 df; null where the test cannot be made (reason says why). */
  statistic: number | null;
  p: number | null;
  /** The share's direction across the rounds (from the test's z); null where no test. */
  direction: 'rising' | 'falling' | null;
  /** p below the adjusted threshold (1 - adjustment.level). */
  significant: boolean;
  verdict: 'rising' | 'falling' | 'no clear trend' | 'not testable';
  reason: string | null;
}

/** The case-type x round chi-square on the graded cases; null where fewer than two types or rounds have cases. */
export interface CaseMix {
  statistic: number;
  df: number;
  p: number;
  /** p < 0.05: the mix differs and a note says so. */
  differs: boolean;
}

/** Programme areas only: an area's evidence round by round. */
export interface TrendArea {
  area: string;
  title: string;
  criteria: string[];
  rounds: Array<{ round: string | null; label: string } & AreaFigures>;
}

interface TrendTable {
  table: number;
  label: string;
  rounds: Array<{ round: string | null; label: string; n: number; counts: GradeCounts }>;
}

export interface TrendCriterion {
  criterion: string;
  type: string;
  text: string;
  /** n: graded cases it applied to (met or unmet); share = unmet / n, null when n is 0. */
  rounds: Array<{ round: string | null; label: string; n: number; unmet: number; share: number | null }>;
  /** Unmet at least once in every round that checked it (n > 0), and two or more rounds did. */
  unmetEveryRound: boolean;
}

/** A criterion with findings in one round only, though its case type was assessed in others. */
export interface CriterionMismatch {
  criterion: string;
  type: string;
  round: string | null;
  label: string;
}

export interface TrendModel {
  /** The programme's grades, best first. */
  /** With areas: whether the programme records partly met findings (tables show a Partly column only then). */
  areasPartly?: boolean;
  scale: Scale;
  force: string;
  role: RoleLabel;
  between: [RoleLabel, RoleLabel] | null;
  rounds: TrendRound[];
  changes: TrendChange[];
  /** Three rounds or more: the first round against the last, per grade (with two, `changes` is that). */
  firstLast: TrendChange[];
  /** Three rounds or more: a test per grade for a trend across all the rounds in order. */
  trendTests: TrendTestRow[];
  /** How every verdict's interval is set (changes, first against last, trend tests, areas' changes). */
  adjustment: TrendAdjustment;
  caseMix: CaseMix | null;
  byTable: TrendTable[];
  criteria: TrendCriterion[];
  /** Only where programme.yaml declares `areas:`: evidence per area per round, and its changes. */
  areas?: TrendArea[];
  areaChanges?: AreaChange[];
  /** Criteria that only one round has findings for: the rounds may have used different criteria. */
  mismatches: CriterionMismatch[];
  /** Plain lines: single round, empty or small rounds, re-audited cases, criteria mismatches. */
  notes: string[];
  /** What a change's interval means, in one line. */
  intervalMeaning: string;
  criteriaSet: CriteriaIdentity;
  totals: Accounting;
}

export const INTERVAL_MEANING =
  'Each change has a 95% interval (Newcombe): the range of true changes these samples fit. A "change" is called only where that range excludes 0; where it includes 0 the difference may be chance ("no clear change").';
