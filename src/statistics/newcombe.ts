// The Newcombe (1998) hybrid score interval for a difference of two independent proportions
// (method 10): built from the two Wilson intervals, so it keeps their good behaviour at small n
// and at 0/n and n/n, where p1 - p2 +- z*se gives zero width or runs past -1..1.
import { wilson, Z95 } from './wilson.js';

/**
 * [lo, hi] for p1 - p2, with p1 = x1/n1 and p2 = x2/n2; null when either n is 0 (no proportion).
 * lo = d - sqrt((p1 - l1)^2 + (u2 - p2)^2), hi = d + sqrt((u1 - p1)^2 + (p2 - l2)^2).
 */
export function newcombe(x1: number, n1: number, x2: number, n2: number, z = Z95): [number, number] | null {
  const w1 = wilson(x1, n1, z);
  const w2 = wilson(x2, n2, z);
  if (!w1 || !w2) return null;
  const [l1, u1] = w1;
  const [l2, u2] = w2;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  const lo = d - Math.hypot(p1 - l1, u2 - p2);
  const hi = d + Math.hypot(u1 - p1, p2 - l2);
  return [Math.max(-1, lo), Math.min(1, hi)];
}

/** Whether an interval for a difference excludes 0: the data show a change in one direction. */
export function excludesZero(interval: readonly [number, number]): boolean {
  return interval[0] > 0 || interval[1] < 0;
}
