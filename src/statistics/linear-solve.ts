// Solves A x = b for a small symmetric positive-definite A (a reduced covariance matrix) by
// Cholesky decomposition; returns null where A is not positive definite.

export function solvePositiveDefinite(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const m = b.length;
  const l: number[][] = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let p = 0; p < j; p++) s -= l[i]![p]! * l[j]![p]!;
      if (i === j) {
        if (!(s > 0)) return null;
        l[i]![i] = Math.sqrt(s);
      } else {
        l[i]![j] = s / l[j]![j]!;
      }
    }
  }
  const y = new Array<number>(m).fill(0);
  for (let i = 0; i < m; i++) {
    let s = b[i]!;
    for (let p = 0; p < i; p++) s -= l[i]![p]! * y[p]!;
    y[i] = s / l[i]![i]!;
  }
  const x = new Array<number>(m).fill(0);
  for (let i = m - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let p = i + 1; p < m; p++) s -= l[p]![i]! * x[p]!;
    x[i] = s / l[i]![i]!;
  }
  return x;
}
