// Figures that read right (issue 26, item 6): a printed figure never contradicts the verdict
// beside it. Pure formatting: numbers in, strings out.
import { landisKoch, type Band } from './kappa.js';

/**
 * x rounded to `decimals` places, halves away from zero, the same for + and - (2.5 -> 3,
 * -2.5 -> -3; Math.round gives -2). Binary dust is removed first at 15 significant digits, so
 * 0.285 * 100 (28.499999999999996) rounds as the 28.5 it stands for. Never returns -0.
 */
export function roundHalfAwayFromZero(x: number, decimals = 0): number {
  if (!Number.isFinite(x)) throw new RangeError(`cannot round ${x}`);
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(x) * scale).toPrecision(15));
  const rounded = (Math.sign(x) * Math.floor(scaled + 0.5)) / scale;
  return rounded === 0 ? 0 : rounded;
}

/** A number with a sign: "+3", "-3", "0" (rounded half away from zero; never "-0" or "+0"). */
export function signed(x: number, decimals = 0): string {
  const r = roundHalfAwayFromZero(x, decimals);
  return `${r > 0 ? '+' : r < 0 ? '-' : ''}${Math.abs(r).toFixed(decimals)}`;
}

/**
 * A share 0..1 as a percentage (whole, or to `decimals` places), except that a share strictly
 * between 0 and 1 never prints as "0%" or "100%": it prints "<1%" or ">99%" ("<0.1%" / ">99.9%"
 * at one place), since 1999 of 2000 is not "100%".
 */
export function percentText(share: number, decimals = 0): string {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`a share is from 0 to 1, not ${share}`);
  const r = roundHalfAwayFromZero(share * 100, decimals);
  const step = 10 ** -decimals;
  if (share > 0 && r === 0) return `<${step.toFixed(decimals)}%`;
  if (share < 1 && r === 100) return `>${(100 - step).toFixed(decimals)}%`;
  return `${r.toFixed(decimals)}%`;
}

/** A change's interval in points, as printed beside its verdict. */
export interface IntervalText {
  readonly lo: string;
  readonly hi: string;
  /** The decimal places used. */
  readonly decimals: number;
}

/**
 * The ends of an interval in points (lo, hi as fractions: 0.05 is 5 points), signed. Where the
 * verdict is "change" (the interval excludes 0), an end must not print as 0, or "0 to +61,
 * change" contradicts itself: a decimal place more is used (up to `decimals + extra`), and an end
 * still too near 0 prints as "+<0.5" / "-<0.5" at the base decimals instead ("<0.05" at one
 * place). Where the verdict is "no change" the ends print as they round (a 0 end is then true).
 */
export function intervalText(lo: number, hi: number, options: { change: boolean; decimals?: number; extra?: number }): IntervalText {
  if (!(lo <= hi)) throw new RangeError(`an interval runs from low to high, not ${lo} to ${hi}`);
  const base = options.decimals ?? 0;
  const extra = options.extra ?? 1;
  const touches = (x: number, d: number) => x !== 0 && roundHalfAwayFromZero(x * 100, d) === 0;
  if (options.change && lo <= 0 && hi >= 0) throw new RangeError('a "change" interval must exclude 0');
  if (!options.change) return { lo: signed(lo * 100, base), hi: signed(hi * 100, base), decimals: base };
  for (let d = base; d <= base + extra; d++) {
    if (!touches(lo, d) && !touches(hi, d)) return { lo: signed(lo * 100, d), hi: signed(hi * 100, d), decimals: d };
  }
  const near = `<${(0.5 * 10 ** -base).toFixed(base + 1)}`;
  const end = (x: number) => (touches(x, base) ? `${x > 0 ? '+' : '-'}${near}` : signed(x * 100, base));
  return { lo: end(lo), hi: end(hi), decimals: base };
}

/**
 * A kappa as printed and its Landis & Koch band, both from the same figure: rounded to 2 places
 * half away from zero, then banded. (The bug this replaces: the band came from
 * Math.round(k * 100) / 100 but the figure from toFixed(2), so 41/200 printed "0.20 (fair)" and
 * -1/200 "-0.01 (slight)".) Never "-0.00".
 */
export function kappaFigure(k: number): { text: string; band: Band } {
  const r = roundHalfAwayFromZero(k, 2);
  return { text: r.toFixed(2), band: landisKoch(r)! };
}
