// Issue 26's figures as words and table cells, shared by every compare format: the bias sentence a
// board reads, each coefficient with its interval, and the tests of the margins. Under 10 cases a
// figure is shown with its counts and "too few cases to tell", never bare with a band.
import type { Scale } from '../../domain/scale.js';
import type { AgreementFigures, Bias } from '../../summarise/compare/agreement-figures.js';
import type { ChiSquareTest } from '../../statistics/chi-square.js';
import { intervalText, kappaFigure, roundHalfAwayFromZero, signed } from '../../statistics/rounding.js';
import { sentenceStart } from '../../text/sentence.js';

/** Below this many cases a coefficient or interval says nothing a reader should act on. */
export const TOO_FEW = 10;

const TOO_FEW_WORDS = 'too few cases to tell';

const casesWord = (n: number) => (n === 1 ? '1 case' : `${n} cases`);

/** Two places, halves away from zero, never "-0.00". */
export const figure2 = (x: number) => roundHalfAwayFromZero(x, 2).toFixed(2);

const range = ([lo, hi]: readonly [number, number]) => `${figure2(lo)} to ${figure2(hi)}`;

/** A kappa with its band from the same rounded figure; under 10 cases its count and "too few cases to tell". */
export function kappaWithBand(k: number | null, n: number): string {
  if (k === null) return 'n/a';
  const { text, band } = kappaFigure(k);
  return n < TOO_FEW ? `${text} (${casesWord(n)}: ${TOO_FEW_WORDS})` : `${text} (${band})`;
}

/** A kappa in a table's column (the row gives the count): two places, and under 10 cases "too few cases to tell". */
export function kappaColumnCell(k: number | null, n: number): string {
  if (k === null) return 'n/a';
  return n < TOO_FEW ? `${figure2(k)} (${TOO_FEW_WORDS})` : figure2(k);
}

/** "0.43 to 0.71", or why there is none. */
function intervalCell(interval: readonly [number, number] | null, n: number, reason: string | undefined): string {
  if (n < TOO_FEW) return n === 0 ? 'n/a' : TOO_FEW_WORDS;
  return interval ? range(interval) : `n/a: ${reason ?? 'undefined'}`;
}

/** "0.52 (0.31 to 0.73)", for a coefficient with its interval. */
function coefficientCell(c: { value: number; interval: [number, number] } | null, n: number, reason: string | undefined): string {
  if (n === 0) return 'n/a';
  if (n < TOO_FEW) return c ? `${figure2(c.value)} (${casesWord(n)}: ${TOO_FEW_WORDS})` : TOO_FEW_WORDS;
  return c ? `${figure2(c.value)} (${range(c.interval)})` : `n/a: ${reason ?? 'undefined'}`;
}

const excludesZero = ([lo, hi]: readonly [number, number]) => lo > 0 || hi < 0;

/** "+12 points (95% interval +3 to +21)": the net share graded higher, in points. */
export function netCell(b: Bias | null): string {
  if (!b) return 'n/a';
  // The counts stand beside it (higher, lower): under 10 cases the net says no more than they do.
  if (b.n < TOO_FEW) return TOO_FEW_WORDS;
  const ends = intervalText(b.netInterval[0], b.netInterval[1], { change: excludesZero(b.netInterval) });
  return `${signed(b.net * 100)} (${ends.lo} to ${ends.hi})`;
}

/**
 * "The force graded 25 of the 33 cases higher than HMIC and 1 lower: a net 73 points higher (95%
 * interval +55 to +85)." `first` and `second` are the two sides as named in the outputs.
 */
export function biasSentence(first: string, second: string, b: Bias | null): string | null {
  if (!b) return null;
  const counts = `${sentenceStart(first)} graded ${b.higher} of the ${casesWord(b.n)} higher than ${second} and ${b.lower} lower`;
  if (b.n < TOO_FEW) return `${counts}: ${TOO_FEW_WORDS}.`;
  const points = roundHalfAwayFromZero(Math.abs(b.net) * 100);
  const ends = intervalText(b.netInterval[0], b.netInterval[1], { change: excludesZero(b.netInterval) });
  const net = points === 0 ? 'no net difference' : `a net ${points} points ${b.net > 0 ? 'higher' : 'lower'}`;
  return `${counts}: ${net} (95% interval ${ends.lo} to ${ends.hi}).`;
}

/** "chi-square 23.10 on 2 df, p < 0.001". */
function testCell(t: ChiSquareTest | null, n: number, reason: string | undefined): string {
  if (n < TOO_FEW) return n === 0 ? 'n/a' : TOO_FEW_WORDS;
  if (!t) return `n/a: ${reason ?? 'undefined'}`;
  return `chi-square ${figure2(t.statistic)} on ${t.df} df, ${pText(t.p)}`;
}

const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${roundHalfAwayFromZero(p, 3).toFixed(3)}`);

function meanDifferenceCell(b: Bias | null, reason: string | undefined): string {
  if (!b) return 'n/a';
  if (b.n < TOO_FEW) return TOO_FEW_WORDS;
  const mean = `${signed(b.meanDifference, 2)} grade steps`;
  if (!b.meanDifferenceInterval) return `${mean} (no interval: ${reason ?? 'undefined'})`;
  const [lo, hi] = b.meanDifferenceInterval;
  return `${mean} (95% interval ${signed(lo, 2)} to ${signed(hi, 2)})`;
}

/** "Good +0.52, Requiring improvement -0.03, ...": one index per grade. */
function indexCell(f: AgreementFigures, scale: Scale, n: number, pick: 'prevalenceIndex' | 'biasIndex'): string {
  if (n < TOO_FEW) return n === 0 ? 'n/a' : TOO_FEW_WORDS;
  if (!f.prevalenceBias) return 'n/a';
  return f.prevalenceBias.map((g) => `${scale.tableLabel(g.grade)} ${signed(g[pick], 2)}`).join(', ');
}

/** In place of the figures' lines under 10 cases (none with no case at all). */
export const tooFewLine = (n: number): string | null =>
  n > 0 && n < TOO_FEW ? `Bias and chance-corrected agreement: ${casesWord(n)} graded by both, ${TOO_FEW_WORDS}.` : null;

/** The figures' lines under the agreement statistics, in every text format. */
export function figureLines(f: AgreementFigures, n: number, scale: Scale, weights: string): Array<[string, string]> {
  if (n < TOO_FEW) return [];
  const why = f.undefinedBecause;
  return [
    ['Net graded higher, points (95% interval)', netCell(f.bias)],
    ['Mean difference in grade steps', meanDifferenceCell(f.bias, why['meanDifferenceInterval'])],
    ['Marginal homogeneity (Stuart-Maxwell)', testCell(f.marginalHomogeneity, n, why['marginalHomogeneity'])],
    ['Symmetry (Bowker)', testCell(f.symmetry, n, why['symmetry'])],
    ["Cohen's kappa, 95% interval", intervalCell(f.kappaInterval, n, why['kappaInterval'])],
    [`Weighted kappa (${weights}), 95% interval`, intervalCell(f.weightedKappaInterval, n, why['weightedKappaInterval'])],
    ["Gwet's AC1 (95% interval)", coefficientCell(f.ac1, n, why['ac1'])],
    [`Gwet's AC2 (${weights}) (95% interval)`, coefficientCell(f.ac2, n, why['ac2'])],
    ['Brennan-Prediger (95% interval)', coefficientCell(f.brennanPrediger, n, why['brennanPrediger'])],
    ['Prevalence index per grade', indexCell(f, scale, n, 'prevalenceIndex')],
    ['Bias index per grade', indexCell(f, scale, n, 'biasIndex')],
  ];
}

/** How to read the figures: one note under them. */
export const FIGURES_NOTE =
  "Net: the share of cases graded higher less the share graded lower, in points, with Tango's 95% interval; " +
  'grade steps count best highest. Stuart-Maxwell asks whether the two use the grades in the same proportions, ' +
  'Bowker whether each pair of grades is confused as often one way as the other (a small p says not). ' +
  'Kappa intervals after Fleiss, Cohen & Everitt (1969); AC1/AC2 and Brennan-Prediger (Gwet 2014) do not collapse ' +
  'when one grade dominates: a low kappa beside a high AC1 and a large prevalence index is the "kappa paradox". ' +
  `Under ${TOO_FEW} cases only the counts are shown: ${TOO_FEW_WORDS}.`;

/** A row per group (type, value, auditor): cases, net higher, kappa and AC1 with their intervals. */
export const FIGURES_HEAD = ['Cases', 'Net higher, points (95% interval)', 'Kappa (95% interval)', 'AC1 (95% interval)'];

function kappaCell(kappa: number | null, f: AgreementFigures, n: number): string {
  if (n === 0 || kappa === null) return 'n/a';
  if (n < TOO_FEW) return `${figure2(kappa)} (${casesWord(n)}: ${TOO_FEW_WORDS})`;
  const why = f.undefinedBecause['kappaInterval'] ?? 'undefined';
  return f.kappaInterval ? `${figure2(kappa)} (${range(f.kappaInterval)})` : `${figure2(kappa)} (no interval: ${why})`;
}

export function figuresRow(f: AgreementFigures, n: number, kappa: number | null): string[] {
  return [String(n), netCell(f.bias), kappaCell(kappa, f, n), coefficientCell(f.ac1, n, f.undefinedBecause['ac1'])];
}
