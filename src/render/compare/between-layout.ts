// What the table and Markdown renderers of `compare --between` say beyond the grade comparison:
// the criterion calibration, the criteria one side marks met where the other marks unmet, and the
// agreement per auditor. Small numbers are shown as counts with an interval, never a bare percentage.
import { sentenceStart } from '../../text/sentence.js';
import type { AuditorAgreement } from '../../summarise/compare/by-auditor.js';
import type { CriterionCalibration } from '../../summarise/compare/calibration.js';
import type { BetweenModel } from '../../summarise/compare/between-model.js';
import { firstFew, LIST_MAX } from '../terminal/text-kit.js';
import { percentText, roundHalfAwayFromZero } from '../../statistics/rounding.js';
import { figure2, kappaColumnCell, netCell } from './figures-layout.js';

const percent = (share: number) => percentText(share);
const kappaValue = (k: number | null) => (k === null ? 'n/a' : figure2(k));
import { casesText } from '../../summarise/report/report-sentences.js';

/** Below this many cases a share is shown as "k of n" and its interval, never as a percentage alone. */
const SMALL_N = 10;

const interval = ([lo, hi]: readonly [number, number]) => `${roundHalfAwayFromZero(lo * 100)}-${percent(hi)}`;

/**
 * "3 of 5 (23-88%)"; "15 of 20: 75% (53-89%)" from 10 cases up.
 * @internal exported for its own tests
 */
export function agreementWithInterval(r: AuditorAgreement): string {
  const count = `${r.agreed} of ${r.n}`;
  return r.n < SMALL_N
    ? `${count} (${interval(r.agreementInterval)})`
    : `${count}: ${percent(r.exactAgreement)} (${interval(r.agreementInterval)})`;
}

export const calibrationHeading = (b: BetweenModel) => `Criterion calibration: ${b.a.label} (A) and ${b.b.label} (B)`;

/** One line instead of a table where a side recorded grades only, or no criterion was marked by both. */
export function calibrationGap(b: BetweenModel): string | null {
  const { aRecordedNoFindings: a, bRecordedNoFindings: bb, criteria } = b.calibration;
  if (a && bb)
    return `Neither ${b.a.label} nor ${b.b.label} recorded findings on these cases (grades only), so there is no criterion calibration.`;
  if (a) return `${b.a.label} recorded no findings on these cases (grades only), so there is no criterion calibration.`;
  if (bb) return `${b.b.label} recorded no findings on these cases (grades only), so there is no criterion calibration.`;
  if (criteria.length === 0) return 'No criterion was marked met or unmet by both on the same case, so there is no criterion calibration.';
  return null;
}

const CALIBRATION_INTRO =
  'Per criterion, the cases where both marked it met or unmet: both met, A met and B unmet, A unmet and B met, both unmet. ' +
  'Agreement is shown as a count under 10 cases; kappa corrects it for chance (n/a where undefined).';

const PARTLY_INTRO =
  'Per criterion, the cases where both marked it met, partly met or not met: where both gave the same finding, and where A ' +
  'or B gave the better one. Agreement is shown as a count under 10 cases; weighted kappa (linear weights: partly met is ' +
  'half way between met and not met) corrects it for chance (n/a where undefined). The CSV and JSON give each 3 x 3.';

export const calibrationIntro = (b: BetweenModel) => (b.calibration.partly ? PARTLY_INTRO : CALIBRATION_INTRO);

/** Criterion ids are unique across a criteria directory, so the type is left to the lists and the machine formats. */
const CALIBRATION_HEAD = ['Criterion', 'Cases', 'Both met', 'A met, B unmet', 'A unmet, B met', 'Both unmet', 'Agreement', 'Kappa'];
const PARTLY_HEAD = ['Criterion', 'Cases', 'Met', 'Partly', 'Unmet', 'A better', 'B better', 'Agreement', 'Kappa (linear)'];

export const calibrationHead = (b: BetweenModel) => (b.calibration.partly ? PARTLY_HEAD : CALIBRATION_HEAD);

const shareText = (agreed: number, n: number, share: number) => (n < SMALL_N ? `${agreed} of ${n}` : percent(share));

export function calibrationRows(b: BetweenModel): string[][] {
  if (b.calibration.partly) return b.calibration.criteria.map(partlyRow);
  return b.calibration.criteria.map((c) => [
    c.criterion,
    String(c.n),
    String(c.bothMet),
    String(c.aMetBUnmet),
    String(c.aUnmetBMet),
    String(c.bothUnmet),
    shareText(c.bothMet + c.bothUnmet, c.n, c.agreement),
    kappaValue(c.kappa),
  ]);
}

function partlyRow(c: CriterionCalibration): string[] {
  const p = c.partly!;
  const both = p.matrix[1]![1]!;
  return [
    c.criterion,
    String(c.n),
    String(c.bothMet),
    String(both),
    String(c.bothUnmet),
    String(p.aHigher),
    String(p.bHigher),
    shareText(c.bothMet + both + c.bothUnmet, c.n, c.agreement),
    kappaValue(p.weightedKappa),
  ];
}

export interface RankedList {
  title: string;
  /** Empty: say "none". */
  items: string[];
  more: number;
}

function rankedItem(c: CriterionCalibration, count: number): string {
  return `${c.criterion} (${c.type}): ${count} of ${casesText(c.n)}. ${c.text}`;
}

/** "V2 (visit): 3 of 10 cases, 4 steps." A step is met to partly or partly to unmet. */
function stepsItem(c: CriterionCalibration, cases: number, steps: number): string {
  return `${c.criterion} (${c.type}): ${cases} of ${casesText(c.n)}, ${steps} step${steps === 1 ? '' : 's'}. ${c.text}`;
}

/** The two lists a QA lead takes to the auditors' meeting. */
export function rankedLists(b: BetweenModel): RankedList[] {
  const list = (title: string, ranked: readonly CriterionCalibration[], item: (c: CriterionCalibration) => string): RankedList => {
    const { shown, more } = firstFew(ranked, LIST_MAX);
    return { title, items: shown.map(item), more };
  };
  if (b.calibration.partly) {
    const better = (x: string) =>
      `${sentenceStart(x)} gave the better finding (where ${x} is more generous), most steps first (met against not met is two steps):`;
    return [
      list(better(b.a.label), b.calibration.aMoreGenerous, (c) => stepsItem(c, c.partly!.aHigher, c.partly!.aSteps)),
      list(better(b.b.label), b.calibration.bMoreGenerous, (c) => stepsItem(c, c.partly!.bHigher, c.partly!.bSteps)),
    ];
  }
  return [
    list(
      `${sentenceStart(b.a.label)} marked met, ${b.b.label} marked unmet (where ${b.a.label} is more generous), most often first:`,
      b.calibration.aMoreGenerous,
      (c) => rankedItem(c, c.aMetBUnmet),
    ),
    list(
      `${sentenceStart(b.a.label)} marked unmet, ${b.b.label} marked met (where ${b.b.label} is more generous), most often first:`,
      b.calibration.bMoreGenerous,
      (c) => rankedItem(c, c.aUnmetBMet),
    ),
  ];
}

export const byAuditorHeading = (b: BetweenModel) => `Agreement by auditor: ${b.a.label} against ${b.b.label}`;

export const BY_AUDITOR_HEAD = [
  'Auditor',
  'Cases',
  'Agreement (95% interval)',
  'Higher',
  'Lower',
  'Kappa',
  'Net (95% interval)',
  'Differs most on',
];

const NO_CODE = '(no code)';

export function byAuditorRows(rows: readonly AuditorAgreement[]): string[][] {
  return rows.map((r) => [
    r.auditor ?? NO_CODE,
    String(r.n),
    agreementWithInterval(r),
    String(r.higher),
    String(r.lower),
    kappaColumnCell(r.kappa, r.n),
    netCell(r.bias),
    r.differMost.length === 0 ? '-' : differText(r),
  ]);
}

const differText = (r: AuditorAgreement) => r.differMost.map((d) => `${d.criterion} (${d.differ} of ${d.n})`).join(', ');

/** For the terminal, where the table has no room for them: "A2 differs most from B on MC6 (3 of 10), ..". */
export const differLines = (b: BetweenModel): string[] =>
  (b.byAuditor ?? [])
    .filter((r) => r.differMost.length > 0)
    .map((r) => `${r.auditor ?? NO_CODE} differs most from ${b.b.label} on ${differText(r)}.`);

/** The one line naming the auditors to review, only where the evidence supports it. */
export function reviewLines(b: BetweenModel): string[] {
  const review = b.auditorsToReview ?? [];
  if (review.length === 0) return ['No auditor stands out on this evidence.'];
  return [`Auditors to review: ${review.map((r) => r.auditor).join(', ')}.`, ...review.map((r) => `${r.auditor}: ${r.reason}.`)];
}

export const byAuditorNote = (b: BetweenModel) =>
  `Auditors of ${b.a.label}. Higher / lower: the auditor graded the case higher / lower than ${b.b.label}. ` +
  'Furthest from agreement first (by the upper end of the 95% Wilson interval). Under 10 cases agreement is a count and its interval only. ' +
  `Net higher: the share graded higher less the share graded lower, with Tango's 95% interval. Differs most on: the criteria where the auditor's findings and ${b.b.label}'s differ most often (cases differing of cases both marked). ` +
  'An auditor is named for review only where the net interval excludes 0 or the agreement interval lies wholly below that of the rest of the pool.';
