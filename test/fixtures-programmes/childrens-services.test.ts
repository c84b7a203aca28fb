// The constructed children's services audit (fixtures/childrens-services): a four-point scale,
// partly met findings, a rule with `partly` and `met_share_below`, long form with a moderator, two
// rounds. Every expected figure below is worked out by hand in that folder's README.md, from the
// plan of findings, not by case-audit.
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const CRITERIA = ['--criteria', fixture('childrens-services/criteria')];
const OCT = fixture('childrens-services/2026-10.csv');
const NOV = fixture('childrens-services/2026-11.csv');
const SCALE = ['outstanding', 'good', 'requires_improvement', 'inadequate'];

/** Grade counts in scale order: outstanding, good, requires improvement, inadequate. */
const counts = (o: number, g: number, ri: number, i: number) => ({ outstanding: o, good: g, requires_improvement: ri, inadequate: i });

async function json(command: string, ...args: string[]) {
  const r = await runCli([command, ...CRITERIA, '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** Every grade-count object: the scale's ids in scale order, zeros included. */
function expectScaleKeys(...objects: object[]) {
  for (const o of objects) expect(Object.keys(o)).toEqual(SCALE);
}

describe('the constructed children’s services audit', () => {
  it('its criteria folder passes criteria validate: no error and no warning', async () => {
    const r = await runCli(['criteria', 'validate', '--format', 'json', fixture('childrens-services/criteria')]);
    expect([r.code, JSON.parse(r.stdout), r.stderr]).toEqual([0, [], '0 problems in 4 files\n']);
  });

  it('report, October: Tables 1 and 2 and the tables per case type', async () => {
    const out = await json('report', OCT);
    expect(out.totals).toEqual({ read: 12, graded: 12, ungraded: 0, rejected: 0, assessments: 28 });
    expect(out.bothAssessed).toEqual({ self: counts(2, 4, 4, 2), independent: counts(0, 4, 4, 4) });
    expect(out.independentOnly).toEqual(counts(0, 0, 0, 0));
    expect(out.byTable.map((t: { table: number; counts: object }) => [t.table, t.counts])).toEqual([
      [3, counts(0, 1, 1, 2)],
      [4, counts(0, 2, 2, 0)],
      [5, counts(0, 1, 1, 2)],
    ]);
    expectScaleKeys(
      out.bothAssessed.self,
      out.bothAssessed.independent,
      out.independentOnly,
      ...out.byTable.map((t: { counts: object }) => t.counts),
    );
    expect([out.referredBack, out.referralSuggested]).toEqual([[], ['CF-03', 'CF-10']]);
  });

  it('report, November: CF-21 is ungraded (the QA team left CIN5 blank) and out of Table 1', async () => {
    const out = await json('report', NOV);
    expect(out.totals).toEqual({ read: 13, graded: 12, ungraded: 1, rejected: 0, assessments: 30 });
    expect(out.bothAssessed).toEqual({ self: counts(3, 5, 4, 0), independent: counts(2, 5, 4, 1) });
    expect(out.independentOnly).toEqual(counts(0, 0, 0, 0));
    expect(out.byTable.map((t: { counts: object }) => t.counts)).toEqual([counts(0, 1, 2, 1), counts(1, 2, 1, 0), counts(1, 2, 1, 0)]);
    expectScaleKeys(out.bothAssessed.self, out.bothAssessed.independent, ...out.byTable.map((t: { counts: object }) => t.counts));
    expect(out.ungraded).toEqual([{ caseId: 'CF-21', missing: ['CIN5'] }]);
  });

  it('compare, October: the 4 x 4 matrix, agreed, higher, lower and both kappas', async () => {
    const out = await json('compare', OCT);
    expect(out.n).toBe(12);
    expect(out.matrix).toEqual({
      outstanding: counts(0, 2, 0, 0),
      good: counts(0, 2, 1, 1),
      requires_improvement: counts(0, 0, 2, 2),
      inadequate: counts(0, 0, 1, 1),
    });
    expect(Object.keys(out.matrix)).toEqual(SCALE);
    expect([out.agreed, out.higher, out.lower, out.selfHigher, out.selfLower]).toEqual([5, 6, 1, 6, 1]);
    expect(out.exactAgreement).toBeCloseTo(5 / 12, 12);
    expect(out.kappa).toBeCloseTo(5 / 26, 12);
    expect(out.weightedKappa).toBeCloseTo(7 / 19, 12);
  });

  it('compare, November: 12 cases graded by both (CF-21 is not), 7 agreed, 4 higher, 1 lower', async () => {
    const out = await json('compare', NOV);
    expect(out.matrix).toEqual({
      outstanding: counts(2, 1, 0, 0),
      good: counts(0, 3, 2, 0),
      requires_improvement: counts(0, 1, 2, 1),
      inadequate: counts(0, 0, 0, 0),
    });
    expect([out.n, out.agreed, out.higher, out.lower]).toEqual([12, 7, 4, 1]);
  });

  it('compare --between self,moderator: four moderated cases a round', async () => {
    const oct = await json('compare', '--between', 'self,moderator', OCT);
    expect(oct.between).toEqual(['self', 'moderator']);
    expect([oct.n, oct.agreed, oct.higher, oct.lower]).toEqual([4, 3, 1, 0]);
    expect(oct.matrix.good).toEqual(counts(0, 1, 0, 1));
    // CF-21 counts: self and the moderator both graded it, though the QA team did not.
    const nov = await json('compare', '--between', 'self,moderator', NOV);
    expect([nov.n, nov.agreed, nov.higher, nov.lower]).toEqual([4, 1, 2, 1]);
    expect(nov.matrix).toEqual({
      outstanding: counts(0, 0, 0, 0),
      good: counts(1, 1, 1, 0),
      requires_improvement: counts(0, 0, 0, 1),
      inadequate: counts(0, 0, 0, 0),
    });
  });

  it('trend across the two rounds: the QA team’s counts per round and per table', async () => {
    const out = await json('trend', OCT, NOV);
    expect(
      out.rounds.map((r: { round: string; n: number; counts: object; ungraded: number }) => [r.round, r.n, r.counts, r.ungraded]),
    ).toEqual([
      ['2026-10 audit', 12, counts(0, 4, 4, 4), 0],
      ['2026-11 audit', 12, counts(2, 5, 4, 1), 1],
    ]);
    for (const r of out.rounds) expectScaleKeys(r.counts, r.share, r.interval);
    expect(
      out.byTable.map((t: { table: number; rounds: Array<{ counts: object }> }) => [t.table, ...t.rounds.map((r) => r.counts)]),
    ).toEqual([
      [3, counts(0, 1, 1, 2), counts(0, 1, 2, 1)],
      [4, counts(0, 2, 2, 0), counts(1, 2, 1, 0)],
      [5, counts(0, 1, 1, 2), counts(1, 2, 1, 0)],
    ]);
    expect(out.changes.map((c: { grade: string }) => c.grade)).toEqual(SCALE);
    expect(out.totals).toMatchObject({ read: 25, graded: 24, ungraded: 1, rejected: 0 });
  });

  it('score: every assessment graded as the hand working says, and read = graded + ungraded + rejected', async () => {
    // Per case: self, QA team, moderator (where moderated); "-" = ungraded.
    // prettier-ignore
    const HAND: Record<string, Record<string, string>> = {
      [OCT]: {
        'CF-01': 'O G', 'CF-02': 'G G', 'CF-03': 'G I I', 'CF-04': 'RI RI RI', 'CF-05': 'RI RI', 'CF-06': 'O G',
        'CF-07': 'RI I', 'CF-08': 'I RI', 'CF-09': 'G RI G', 'CF-10': 'I I', 'CF-11': 'G G', 'CF-12': 'RI I RI',
      },
      [NOV]: {
        'CF-03': 'O G', 'CF-07': 'G G', 'CF-10': 'RI RI', 'CF-13': 'O O', 'CF-14': 'G RI', 'CF-15': 'G RI RI',
        'CF-16': 'G G', 'CF-17': 'O O', 'CF-18': 'RI I I', 'CF-19': 'RI RI', 'CF-20': 'G G O', 'CF-21': 'G - G', 'CF-22': 'RI G',
      },
    };
    const ID: Record<string, string | null> = { O: 'outstanding', G: 'good', RI: 'requires_improvement', I: 'inadequate', '-': null };
    for (const [file, accounting] of [
      [OCT, '12 read = 12 graded + 0 ungraded + 0 rejected (28 assessments)'],
      [NOV, '13 read = 12 graded + 1 ungraded + 0 rejected (30 assessments)'],
    ] as const) {
      const r = await runCli(['score', ...CRITERIA, '--format', 'json', file]);
      expect(r.code).toBe(0);
      expect(r.stderr.trim()).toBe(accounting);
      const got: Record<string, Array<string | null>> = {};
      for (const row of JSON.parse(r.stdout) as Array<{ caseId: string; grade: string | null }>) (got[row.caseId] ??= []).push(row.grade);
      const want = Object.fromEntries(Object.entries(HAND[file]!).map(([id, grades]) => [id, grades.split(' ').map((g) => ID[g])]));
      expect(got).toEqual(want);
    }
  });
  // The README's "Areas" table: the QA team's findings on the graded cases, counted by hand; the
  // intervals are the Wilson formula's, worked outside case-audit (to 4 places there).
  it('report: evidence by area per round, as the README works it out', async () => {
    const area = (id: string, applied: number, unmet: number, partly: number, seriousCases: number) => ({
      id,
      applied,
      unmet,
      partly,
      seriousCases,
    });
    const expected: Record<string, ReturnType<typeof area>[]> = {
      [OCT]: [area('voice', 20, 1, 4, 1), area('planning', 23, 3, 5, 1), area('oversight', 12, 4, 2, 0)],
      [NOV]: [area('voice', 20, 1, 2, 0), area('planning', 24, 2, 4, 1), area('oversight', 12, 2, 2, 0)],
    };
    const intervals: Record<string, [number, number][]> = {
      [OCT]: [
        [0.0089, 0.2361],
        [0.0454, 0.3213],
        [0.1381, 0.6094],
      ],
      [NOV]: [
        [0.0089, 0.2361],
        [0.0232, 0.2585],
        [0.047, 0.448],
      ],
    };
    for (const file of [OCT, NOV]) {
      const out = await json('report', file);
      type Area = {
        area: string;
        applied: number;
        unmet: number;
        partly: number;
        share: number;
        interval: [number, number];
        seriousCases: number;
        criteria: string[];
      };
      const areas = out.areas as Area[];
      expect(
        areas.map((a) => ({ id: a.area, applied: a.applied, unmet: a.unmet, partly: a.partly, seriousCases: a.seriousCases })),
      ).toEqual(expected[file]);
      areas.forEach((a, i) => {
        expect(a.share).toBeCloseTo(a.unmet / a.applied, 10);
        expect(a.interval[0]).toBeCloseTo(intervals[file]![i]![0], 4);
        expect(a.interval[1]).toBeCloseTo(intervals[file]![i]![1], 4);
      });
      expect(areas.map((a) => a.criteria)).toEqual([
        ['CIN1', 'CP1', 'CP2', 'CIC1', 'CIC2'],
        ['CIN2', 'CIN3', 'CIN4', 'CP3', 'CP4', 'CIC3'],
        ['CIN5', 'CP5', 'CIC4'],
      ]);
    }
  });
});
