// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers (A-D)
// x 12 units, values 1-5, null missing. Published: nominal 0.743, ordinal 0.815, interval 0.849.
// Used by the library's tests and by `compare --all-roles`'s (written there as a case file).
const N = null;

export const KRIPPENDORFF_2011_OBSERVERS: ReadonlyArray<ReadonlyArray<number | null>> = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
  [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
];
