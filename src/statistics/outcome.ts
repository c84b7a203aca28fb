// A statistic that may be undefined for the data it is given (no cases, one grade only, a zero
// denominator). It is then `null` with the reason in words, never NaN, Infinity or -0, so the
// JSON can carry `null` and the text can say why.

export interface Undefined {
  readonly value: null;
  readonly reason: string;
}

export type Outcome<T> = { readonly value: T; readonly reason?: undefined } | Undefined;

export function defined<T>(value: T): Outcome<T> {
  return { value };
}

export function undefinedBecause(reason: string): Undefined {
  return { value: null, reason };
}

/**
 * A finite figure with -0 turned into 0 (so it never prints "-0"); throws on NaN or Infinity,
 * which would mean a missed undefined case here, not bad input.
 */
export function finite(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`statistics: a non-finite figure (${x}) where a case should have been undefined`);
  return x === 0 ? 0 : x;
}

/** An interval with both ends passed through `finite`. */
export function finiteInterval(lo: number, hi: number): [number, number] {
  return [finite(lo), finite(hi)];
}
