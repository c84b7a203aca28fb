// The chi-square survival function: P(X > x) = Q(df/2, x/2) (Abramowitz & Stegun 26.4.19), from
// the upper incomplete gamma directly so tiny p-values keep their digits.
import { gammaQ } from './gamma.js';

export function chiSquareSf(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`chi-square needs df > 0, not ${df}`);
  if (Number.isNaN(x)) throw new RangeError('chiSquareSf of NaN');
  return x <= 0 ? 1 : gammaQ(df / 2, x / 2);
}

/** A chi-square test result: the statistic, its degrees of freedom and the upper-tail p-value. */
export interface ChiSquareTest {
  readonly statistic: number;
  readonly df: number;
  readonly p: number;
}
