// Agreement between two raters: Cohen's kappa and weighted kappa on a scale's k ordinal grades, kappa on met/unmet
// findings, and the Landis & Koch band. Counts stay integers until the last division, so "undefined" (expected
// agreement = 1) is an exact test rather than a float comparison.
import type { Grade } from '../domain/grades.js';

/** rows = first rater (the force), columns = second rater (the inspectorate), grades in scale order. */
export type Matrix = Record<Grade, Record<Grade, number>>;

export type Weights = 'linear' | 'quadratic';
export const WEIGHTS: readonly Weights[] = ['linear', 'quadratic'];

/** Every cell 0, rows and columns in the scale's order (`ids`, best first). */
export function emptyMatrix(ids: readonly Grade[]): Matrix {
  const m: Matrix = {};
  for (const r of ids) {
    const row: Record<Grade, number> = {};
    for (const c of ids) row[c] = 0;
    m[r] = row;
  }
  return m;
}

/** Agreement weight scaled to an integer: (k-1)^p - |i-j|^p, so full agreement is (k-1)^p. */
export function weight(i: number, j: number, k: number, weights: Weights | 'none'): number {
  if (weights === 'none') return i === j ? 1 : 0;
  const p = weights === 'linear' ? 1 : 2;
  const distance = Math.abs(i - j) ** p;
  // Stryker disable next-line ArithmeticOperator: equivalent, kappa is a ratio of differences: the constant cancels, and so does the sign of the distance
  return (k - 1) ** p - distance;
}

/** Kappa of any k x k table of counts (rows = first rater): the 3x3 grades and the 2x2 met/unmet. */
export function squareKappa(cells: readonly (readonly number[])[], weights: Weights | 'none'): number | null {
  const k = cells.length;
  const rows = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const cols = cells.map((_, j) => cells.reduce((s, r) => s + r[j]!, 0));
  const n = rows.reduce((a, b) => a + b, 0);
  const full = weight(0, 0, k, weights);
  let observed = 0; // n * sum(w * o), scaled
  let expected = 0; // sum(w * row * col), scaled
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = weight(i, j, k, weights);
      observed += w * cells[i]![j]! * n;
      expected += w * rows[i]! * cols[j]!;
    }
  }
  // kappa = (po - pe) / (1 - pe), multiplied through by n^2 * full.
  const denominator = n * n * full - expected;
  // Undefined: no cases (everything is 0), or expected agreement of 1.
  if (denominator === 0) return null;
  return (observed - expected) / denominator;
}

const kappaWith = (m: Matrix, ids: readonly Grade[], weights: Weights | 'none') =>
  squareKappa(
    ids.map((r) => ids.map((c) => m[r]![c]!)),
    weights,
  );

/** Cohen's kappa of two raters' met/unmet findings: [[both met, first met only], [second met only, both unmet]]. */
export function binaryKappa(bothMet: number, firstMetOnly: number, secondMetOnly: number, bothUnmet: number): number | null {
  const cells = [
    [bothMet, firstMetOnly],
    [secondMetOnly, bothUnmet],
  ];
  // Stryker disable next-line StringLiteral: equivalent, on a 2x2 table every weighting gives agreement 1 and disagreement 0
  return squareKappa(cells, 'none');
}

/** Cohen's (1960) kappa; null where undefined (no cases, or expected agreement of 1). */
export function cohenKappa(m: Matrix, ids: readonly Grade[]): number | null {
  return kappaWith(m, ids, 'none');
}

/** Cohen's (1968) weighted kappa with linear or quadratic agreement weights. */
export function weightedKappa(m: Matrix, ids: readonly Grade[], weights: Weights): number | null {
  return kappaWith(m, ids, weights);
}

export type Band = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost perfect';

/**
 * Landis & Koch (1977). Banded on the value rounded to 2 places, the precision it is printed at,
 * so a printed 0.21 always reads "fair".
 */
export function landisKoch(k: number | null): Band | null {
  if (k === null) return null;
  const r = Math.round(k * 100) / 100;
  if (r < 0) return 'poor';
  if (r <= 0.2) return 'slight';
  if (r <= 0.4) return 'fair';
  if (r <= 0.6) return 'moderate';
  if (r <= 0.8) return 'substantial';
  return 'almost perfect';
}
