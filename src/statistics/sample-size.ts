// How many cases to dip, before the round.
//
// A share within +-m: the smallest n whose 95% (or `level`) Wilson score interval, at the
// expected share p, is no wider than 2m: hi - lo <= 2m with the Wilson interval of
// src/statistics/wilson.ts (Wilson 1927; the interval `compare` and `trend` print). Its width,
// 2 z sqrt(p(1-p) n + z^2/4) / (n + z^2), falls as n grows, so the smallest such n is found by
// bisection; it is a little below the textbook z^2 p(1-p) / m^2 (the Wald interval), most at small n.
// Given the population N (the register's cases of that type), the finite-population correction
// n = n0 / (1 + (n0 - 1) / N) (Cochran, Sampling Techniques, 3rd ed., 1977, ch. 4, the sample
// size for proportions), rounded up and never above N.
//
// A change of d points between two rounds: per round, two independent samples of equal size, a
// two-sided test at level alpha with the stated power, on Cohen's arcsine effect size
// h = |2 asin sqrt(p2) - 2 asin sqrt(p1)| (Cohen, Statistical Power Analysis for the Behavioral
// Sciences, 2nd ed., 1988, ch. 6): n solves
//   Phi(h sqrt(n/2) - z) + Phi(-h sqrt(n/2) - z) = power,  z = Phi^-1(1 - alpha/2),
// exactly as statsmodels' NormalIndPower (ratio 1, two-sided) does, then rounded up.
//
// Agreement within +-m in a moderation sample: the share of cases on which the two agree is a
// proportion like any other, so it is the first formula at the expected agreement.
import { wilson } from './wilson.js';
import { normalCdf, normalQuantile } from './normal.js';

export interface SampleSize {
  readonly n: number;
  /** The method in words, for the report and JSON. */
  readonly method: string;
}

export interface ShareGoal {
  /** Half the interval width, as a fraction (0.05 for +-5 points). */
  readonly margin: number;
  /** The share expected (default 0.5, the most cases). */
  readonly share?: number;
  readonly level?: number;
  /** Cases in the population sampled from, for the finite-population correction. */
  readonly population?: number;
}

function checkFraction(x: number, what: string, open = false): void {
  const ok = open ? x > 0 && x < 1 : x >= 0 && x <= 1;
  if (!(Number.isFinite(x) && ok))
    throw new RangeError(`statistics: ${what} must be ${open ? 'between 0 and 1' : 'from 0 to 1'}, not ${x}`);
}

function wilsonWidth(share: number, n: number, z: number): number {
  const [lo, hi] = wilson(share * n, n, z)!;
  return hi - lo;
}

function levelText(level: number): string {
  return `${+(level * 100).toFixed(4)}%`;
}

export function sampleForShare(goal: ShareGoal): SampleSize {
  const share = goal.share ?? 0.5;
  const level = goal.level ?? 0.95;
  checkFraction(goal.margin, 'the margin', true);
  checkFraction(share, 'the share');
  checkFraction(level, 'the level', true);
  const z = normalQuantile(1 - (1 - level) / 2);
  // The width is at most z / sqrt(n + z^2) at any share, so this many always suffice.
  let hi = Math.max(1, Math.ceil((z * z) / (4 * goal.margin * goal.margin)));
  let lo = 0; // width(lo) > 2m is taken as given at n = 0
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wilsonWidth(share, mid, z) <= 2 * goal.margin) hi = mid;
    else lo = mid;
  }
  const method = `Wilson score interval at ${levelText(level)} no wider than +-${+(goal.margin * 100).toFixed(4)} points at an expected share of ${+(share * 100).toFixed(4)}%`;
  if (goal.population === undefined) return { n: hi, method };
  const population = goal.population;
  if (!(Number.isInteger(population) && population >= 0))
    throw new RangeError(`statistics: a population is a whole number of cases, not ${population}`);
  const corrected = Math.min(population, Math.ceil(hi / (1 + (hi - 1) / population)));
  return { n: population === 0 ? 0 : corrected, method: `${method}, with the finite-population correction for ${population} cases` };
}

export interface ChangeGoal {
  /** The share in the first round (0..1). */
  readonly from: number;
  /** The change to detect, as a fraction (0.1 for 10 points; either sign). */
  readonly change: number;
  /** Default 0.8. */
  readonly power?: number;
  /** Confidence level of the two-sided test, 1 - alpha (default 0.95). */
  readonly level?: number;
}

/** Power of the two-sided arcsine test with n per group. */
function power(h: number, n: number, z: number): number {
  const shift = h * Math.sqrt(n / 2);
  return normalCdf(shift - z) + normalCdf(-shift - z);
}

/** The real-valued n per round (before rounding up), for checking against other tools. */
export function exactSampleForChange(goal: ChangeGoal): number {
  const target = goal.power ?? 0.8;
  const level = goal.level ?? 0.95;
  checkFraction(goal.from, 'the starting share');
  checkFraction(goal.from + goal.change, 'the share after the change');
  checkFraction(target, 'the power', true);
  checkFraction(level, 'the level', true);
  if (goal.change === 0) throw new RangeError('statistics: a change of 0 points cannot be detected');
  const z = normalQuantile(1 - (1 - level) / 2);
  const h = Math.abs(2 * Math.asin(Math.sqrt(goal.from + goal.change)) - 2 * Math.asin(Math.sqrt(goal.from)));
  if (power(h, 1e-12, z) >= target) throw new RangeError(`statistics: a power of ${target} is below the test's level; ask for more`);
  // Power rises with n: bracket, then bisect to full precision.
  let lo = 0;
  let hi = 1;
  while (power(h, hi, z) < target) [lo, hi] = [hi, hi * 2];
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (power(h, mid, z) < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

export function sampleForChange(goal: ChangeGoal): SampleSize {
  // The bisection stops within 1e-12 (relative) above the root: that dust must not round a whole
  // number of cases up to the next one.
  const n = Math.ceil(exactSampleForChange(goal) - 1e-9);
  const method =
    `per round: two-sided test at ${levelText(goal.level ?? 0.95)} with ${levelText(goal.power ?? 0.8)} power ` +
    `to detect ${+(goal.from * 100).toFixed(4)}% -> ${+((goal.from + goal.change) * 100).toFixed(4)}% (Cohen's arcsine effect size, normal approximation)`;
  return { n, method };
}

export interface AgreementGoal {
  readonly margin: number;
  /** The agreement expected (default 0.5, the most cases). */
  readonly agreement?: number;
  readonly level?: number;
  readonly population?: number;
}

export function sampleForAgreement(goal: AgreementGoal): SampleSize {
  const { n, method } = sampleForShare({
    margin: goal.margin,
    share: goal.agreement ?? 0.5,
    level: goal.level,
    population: goal.population,
  });
  return { n, method: method.replace('expected share', 'expected agreement') };
}
