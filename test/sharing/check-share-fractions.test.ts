// check-share reads a share, a kappa or an interval end of 1 as a fraction, not one case, and the
// headline of `actions` (its top-level `summary` beside `recommendations`) as counts of recommendations.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

const file = tempFiles('case-audit-check-fractions-');

async function findings(name: string, value: unknown): Promise<string[]> {
  const r = await runCli(['check-share', '--suppress', '5', '-f', 'json', file(name, JSON.stringify(value))]);
  return (JSON.parse(r.stdout).findings as Array<{ place: string }>).map((f) => f.place.replace(/^.*\.json: /, ''));
}

describe('check-share: fractions and counts of recommendations', () => {
  it('a share, kappa or interval of 1 is no finding; a count of 1 beside them is', async () => {
    const value = {
      n: 3,
      share: { good: 1 },
      interval: { good: [0.6, 1] },
      kappa: 1,
      gap: { exactAgreement: 1, agreementInterval: [0.7, 1] },
    };
    expect(await findings('fractions.json', value)).toEqual(['n']);
  });

  it("actions' summary counts recommendations; the same numbers elsewhere are counts", async () => {
    expect(await findings('actions.json', { summary: { worse: 1, overdue: 2 }, recommendations: [{ rounds: [{ unmet: 3 }] }] })).toEqual([
      'recommendations[0].rounds[0].unmet',
    ]);
    expect(await findings('other.json', { summary: { worse: 1 } })).toEqual(['summary.worse']);
  });
});
