// compare --between where the programme records partly met: per criterion the 3 x 3 over met /
// partly / unmet, kappa and linearly weighted kappa (statsmodels' cohens_kappa: 0.0697674419 and
// 0.1428571429, by hand 1/7), and the lists ranked by steps. Where partly is not declared the
// 2 x 2 keys stay.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { kPointProgramme } from '../helpers/k-point.js';

const LONG_HEADER = 'case_id,case_type,assessor,auditor,grade,override_reason,referred_back,notes,V1,V2,V3';

/** V2 (self, independent): eight pairs; V1 and V3 met by both. */
const V2: ReadonlyArray<[string, string]> = [
  ['y', 'y'],
  ['y', 'p'],
  ['p', 'n'],
  ['y', 'n'],
  ['p', 'p'],
  ['n', 'p'],
  ['n', 'n'],
  ['p', 'y'],
];

const longFile = (pairs: ReadonlyArray<[string, string]>) =>
  [
    LONG_HEADER,
    ...pairs.flatMap(([a, b], i) => [`C${i + 1},visit,self,A1,,,,,y,${a},y`, `C${i + 1},visit,independent,R1,,,,,y,${b},y`]),
  ].join('\n') + '\n';

const four = kPointProgramme(4);
const fourFile = four.file('long.csv', longFile(V2));
const between = (...args: string[]) =>
  runCli(['compare', '--criteria', four.criteria, fourFile, '--between', 'self,independent', ...args], { tty: { columns: 200 } });

describe('compare --between with partly met (four-point programme)', () => {
  it('gives each criterion its 3 x 3, agreement, kappa and weighted kappa (JSON)', async () => {
    const r = await between('-f', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const v2 = json.criteria.find((c: { criterion: string }) => c.criterion === 'V2');
    expect(v2.matrix).toEqual({
      met: { met: 1, partly: 1, unmet: 1 },
      partly: { met: 1, partly: 1, unmet: 1 },
      unmet: { met: 0, partly: 1, unmet: 1 },
    });
    expect(Object.keys(v2.matrix)).toEqual(['met', 'partly', 'unmet']);
    expect([v2.n, v2.agreement, v2.aBetter, v2.bBetter, v2.aSteps, v2.bSteps]).toEqual([8, 3 / 8, 3, 2, 4, 2]);
    expect(v2.kappa).toBeCloseTo(0.06976744186046512, 12);
    expect(v2.weightedKappa).toBeCloseTo(1 / 7, 12);
    expect(v2.weights).toBe('linear');
    expect(v2.bothMet).toBeUndefined();
    // V1: met by both on every case: kappa undefined, nobody more generous.
    const v1 = json.criteria.find((c: { criterion: string }) => c.criterion === 'V1');
    expect([v1.n, v1.agreement, v1.kappa, v1.weightedKappa]).toEqual([8, 1, null, null]);
    expect(json.aMoreGenerous).toEqual(['V2']);
    expect(json.bMoreGenerous).toEqual(['V2']);
  });

  it('writes the 3 x 3 as CSV cells', async () => {
    const { stdout } = await between('-f', 'csv');
    const v2 = stdout.split('\r\n').filter((l) => l.startsWith('calibration,visit,V2,'));
    expect(v2.map((l) => l.split(',').slice(3).join('='))).toEqual([
      'n=8',
      'a_met_b_met=1',
      'a_met_b_partly=1',
      'a_met_b_unmet=1',
      'a_partly_b_met=1',
      'a_partly_b_partly=1',
      'a_partly_b_unmet=1',
      'a_unmet_b_met=0',
      'a_unmet_b_partly=1',
      'a_unmet_b_unmet=1',
      'agreement=0.375',
      expect.stringMatching(/^kappa=0\.0697674418604/),
      expect.stringMatching(/^weighted_kappa_linear=0\.142857142857/),
      'a_better=3',
      'b_better=2',
      'a_steps=4',
      'b_steps=2',
    ]);
  });

  it('says which weights in the table and ranks by steps, counting met against not met as two', async () => {
    const { stdout } = await between();
    expect(stdout.replace(/\s+/g, ' ')).toContain('weighted kappa (linear weights: partly met is half way between met and not met)');
    expect(stdout.replace(/\s+/g, ' ')).toContain('The force gave the better finding (where the force is more generous), most steps first');
    expect(stdout).toMatch(/│ V2 +│ +8 │ +1 │ +1 │ +1 │ +3 │ +2 │ +3 of 8 │ +0\.14 │/);
    expect(stdout).toContain('V2 (visit): 3 of 8 cases, 4 steps. The plan was reviewed on time');
    expect(stdout).toContain('V2 (visit): 2 of 8 cases, 2 steps. The plan was reviewed on time');
  });

  it('draws same / better finding bars in HTML', async () => {
    const { stdout } = await between('-f', 'html');
    expect(stdout).toContain('Same finding');
    expect(stdout).toMatch(/<title>V2 \(visit\): The force gave the better finding 3<\/title>/);
  });
});

describe('compare --between without partly met (five-point programme)', () => {
  it('keeps the 2 x 2 keys', async () => {
    const five = kPointProgramme(5);
    const file = five.file(
      'long.csv',
      longFile([
        ['y', 'y'],
        ['y', 'n'],
        ['n', 'n'],
      ]),
    );
    const json = JSON.parse(
      (await runCli(['compare', '--criteria', five.criteria, file, '--between', 'self,independent', '-f', 'json'])).stdout,
    );
    const v2 = json.criteria.find((c: { criterion: string }) => c.criterion === 'V2');
    expect(v2).toEqual({
      criterion: 'V2',
      type: 'visit',
      n: 3,
      bothMet: 1,
      aMetBUnmet: 1,
      aUnmetBMet: 0,
      bothUnmet: 1,
      agreement: 2 / 3,
      kappa: 0.4,
    });
  });
});
