// The JSON of compare, trend and actions under --suppress against issue 28's contract: the
// command's own contract keys, `suppression: { below: N }` at the top level, and every hidden count
// exactly `{ "suppressed": true }` in place of the number (nothing else about it, not even whether it
// is below N or hidden to protect one that is).
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const ROUNDS = ['2023', '2024', '2025'].map((r) => fixture(`recommendations/${r}.csv`));

/** Every object in the value that has a `suppressed` key. */
function marked(value: unknown, out: object[] = []): object[] {
  if (Array.isArray(value)) value.forEach((v) => marked(v, out));
  else if (value !== null && typeof value === 'object') {
    if ('suppressed' in value) out.push(value);
    Object.values(value).forEach((v) => marked(v, out));
  }
  return out;
}

const runs: Array<[string, string[], (j: Record<string, unknown>) => void]> = [
  [
    'compare',
    ['compare', fixture('gloucestershire-2017.csv')],
    (j) => {
      expect(Object.keys(j)).toEqual(
        expect.arrayContaining(['n', 'matrix', 'exactAgreement', 'kappa', 'weightedKappa', 'selfHigher', 'selfLower', 'byType']),
      );
      expect(Object.keys((j.byType as object[])[0]!)).toEqual(
        expect.arrayContaining(['type', 'n', 'exactAgreement', 'selfHigher', 'selfLower']),
      );
    },
  ],
  [
    'trend',
    ['trend', fixture('rounds/2025-q1.yaml'), fixture('rounds/2025-q2.yaml'), fixture('rounds/2025-q3.yaml')],
    (j) => {
      expect(Object.keys(j)).toEqual(expect.arrayContaining(['between', 'rounds', 'changes', 'byTable', 'criteria']));
      expect(Object.keys((j.rounds as object[])[0]!)).toEqual(expect.arrayContaining(['round', 'n', 'counts', 'share', 'interval']));
      const change = (j.changes as object[])[0]!;
      expect(Object.keys(change)).toEqual(
        expect.arrayContaining(['from', 'to', 'grade', 'shareFrom', 'shareTo', 'difference', 'differenceInterval', 'significant']),
      );
    },
  ],
  [
    'actions',
    ['actions', '--as-of', '2025-06-30', fixture('recommendations/recommendations.yaml'), ...ROUNDS],
    (j) => {
      expect(Object.keys(j)).toEqual(expect.arrayContaining(['asOf', 'source', 'summary', 'recommendations']));
      expect(Object.keys((j.recommendations as object[])[0]!).slice(0, 11)).toEqual([
        'id',
        'status',
        'due',
        'overdue',
        'owner',
        'criteria',
        'areas',
        'rounds',
        'change',
        'verdict',
        'mismatch',
      ]);
    },
  ],
];

describe('--suppress JSON', { timeout: 120_000 }, () => {
  it.each(runs)('%s: the contract keys, suppression at the top level, hidden counts as { suppressed: true }', async (_name, args, keys) => {
    const r = await runCli([...args, '--suppress', '5', '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.suppression).toEqual({ below: 5 });
    expect(j.suppressionRule).toMatch(/^Counts from 1 to 4 are shown as <5/);
    keys(j);
    const hidden = marked(j);
    expect(hidden.length).toBeGreaterThan(0);
    // A hidden count is exactly { suppressed: true }; a record whose figures are not shown says so beside its nulls.
    for (const h of hidden) {
      if (Object.keys(h).length === 1) expect(h).toEqual({ suppressed: true });
      else expect(h).toMatchObject({ suppressed: true });
    }
    expect(r.stdout).not.toContain('"small"');
  });
});
