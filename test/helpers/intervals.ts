// Wilson and Newcombe intervals computed a second way, with no use of the code under test, for
// checking the core's closed forms to 1e-9.
/** qnorm(0.975), written out rather than taken from the code under test. */
const Z95 = 1.959963984540054;

/**
 * The Wilson bounds found another way: the roots of n (p - pi)^2 = z^2 pi (1 - pi) in [0, p] and
 * [p, 1], by bisection on the score equation, with no use of the closed form.
 */
export function wilsonByBisection(x: number, n: number, z = Z95): [number, number] {
  const p = x / n;
  const f = (pi: number) => n * (p - pi) ** 2 - z * z * pi * (1 - pi);
  const root = (a: number, b: number) => {
    // f changes sign once on each side of p (f(p) <= 0; f(0) >= 0, f(1) >= 0).
    let [lo, hi] = [a, b];
    const rising = f(hi) > f(lo);
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (f(mid) > 0 === rising) hi = mid;
      else lo = mid;
    }
    return (lo + hi) / 2;
  };
  return [x === 0 ? 0 : root(0, p), x === n ? 1 : root(p, 1)];
}

/** Method 10 from bisected Wilson bounds: the square-and-add of Newcombe's paper, written out. */
export function newcombeByBisection(x1: number, n1: number, x2: number, n2: number, z = Z95): [number, number] {
  const [l1, u1] = wilsonByBisection(x1, n1, z);
  const [l2, u2] = wilsonByBisection(x2, n2, z);
  const [p1, p2] = [x1 / n1, x2 / n2];
  return [p1 - p2 - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), p1 - p2 + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}
