// `compare --between --format html` on the constructed QA round: the calibration table says what the
// JSON says, the chart shows the criteria each ranked list puts first, and by auditor is there.
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { charts, tables } from '../helpers/html.js';

const ARGS = [
  'compare',
  '--between',
  'self,independent',
  '--by',
  'auditor',
  '-c',
  fixture('qa-round/criteria'),
  fixture('qa-round/cases.csv'),
];

interface Criterion {
  criterion: string;
  type: string;
  n: number;
  bothMet: number;
  aMetBUnmet: number;
  aUnmetBMet: number;
  bothUnmet: number;
}

describe('compare --between --format html', () => {
  it('the calibration table has one row per criterion of the JSON, with its four counts', async () => {
    const json = JSON.parse((await runCli([...ARGS, '--format', 'json'])).stdout) as { criteria: Criterion[] };
    const { code, stdout } = await runCli([...ARGS, '--format', 'html']);
    expect(code).toBe(0);
    const calibration = tables(stdout).find((t) => t.caption === 'Criterion calibration')!;
    expect(calibration.rows.slice(1).map((r) => r.slice(0, 6))).toEqual(
      json.criteria.map((c) => [c.criterion, c.n, c.bothMet, c.aMetBUnmet, c.aUnmetBMet, c.bothUnmet].map(String)),
    );
    expect(tables(stdout).some((t) => t.caption.startsWith('Agreement by auditor'))).toBe(true);
  });

  it('the chart: the criteria where the two disagree most, with their four counts', async () => {
    const json = JSON.parse((await runCli([...ARGS, '--format', 'json'])).stdout) as { criteria: Criterion[] };
    const { stdout } = await runCli([...ARGS, '--format', 'html']);
    const chart = charts(stdout).find((c) => c.includes('id="chart-calibration-desc"'))!;
    // The criterion the force most often marked met where the review team marked it unmet.
    const top = [...json.criteria].sort((x, y) => y.aMetBUnmet - x.aMetBUnmet)[0]!;
    expect(chart).toContain(
      `${top.criterion} (${top.type}): Both met ${top.bothMet}, the force met, Central review team unmet ${top.aMetBUnmet},`,
    );
    expect(chart.match(/<text x="0" y="[\d.]+" class="row">/g)!.length).toBeLessThanOrEqual(10);
  });
});
