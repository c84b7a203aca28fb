// The bench scripts' shared figures: the median of paired runs and how times and sizes are printed.
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
export const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const rowsLabel = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
export const check = (ok) => (ok ? 'ok' : 'MISSED');
