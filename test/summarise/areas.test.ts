// Evidence by area in the report's fold, over the constructed programme of test/helpers/areas.ts read
// through the real read path: figures worked by hand (intervals from statsmodels' Wilson), the
// ungraded case left out, a split-and-merged fold equal to one pass, and nothing without areas.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../../src/commands/context.js';
import type { AssembledCase } from '../../src/domain/assessment.js';
import type { CriteriaSet } from '../../src/domain/criteria-set.js';
import { loadCriteriaDir } from '../../src/load/criteria/criteria-dir.js';
import type { PartRunner } from '../../src/read/parts/part-job.js';
import { readPart } from '../../src/read/parts/read-part.js';
import { readCases } from '../../src/read/read-cases.js';
import { ReportBuilder, reportRecipe, type ReportState } from '../../src/summarise/report/report-model.js';
import { areasCsv, loadAreasCriteria, ROUND_ONE_ROWS } from '../helpers/areas.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir();
const criteria = loadAreasCriteria(dir);
const roundOne = join(dir, 'round-one.csv');
writeFileSync(roundOne, areasCsv(ROUND_ONE_ROWS));
const NAMES = { force: 'Testshire Police' };

/** The assembled cases the read path hands a summary, in file order. */
async function casesOf(path: string, set: CriteriaSet): Promise<{ cases: AssembledCase[]; accounting: unknown }> {
  const cases: AssembledCase[] = [];
  const stdin = new PassThrough();
  stdin.end();
  const result = await readCases([path], set, { stdin, load: {}, consumer: { case: (c) => cases.push(c) }, onDiagnostic: () => {} });
  return { cases, accounting: result.accounting };
}

const TOTALS = { read: 7, graded: 6, ungraded: 1, rejected: 0 };

describe('evidence by area in the report fold', () => {
  it('counts each area over the graded cases: applied, unmet, partly, share with its Wilson interval, serious cases', async () => {
    const { cases, accounting } = await casesOf(roundOne, criteria);
    expect(accounting).toEqual(TOTALS);
    const builder = new ReportBuilder(criteria);
    for (const c of cases) builder.add(c);
    const areas = builder.finish(TOTALS, [], NAMES).areas!;
    // Worked by hand from ROUND_ONE_ROWS (c4 is ungraded and left out):
    // responding = N1, N3, E2: applied c1 2 + c2 2 + c3 2 + e1 1 + e2 1 + e3 1 = 9; unmet c1 N3, c2 N1 N3,
    //   e2 E2 = 4; partly c3 N3 = 1; serious unmet in c1 (N3) and c2 (N1 and N3: one case) = 2 cases.
    // assessing = N2, E1: applied c1, c2, e1, e2, e3 = 5 (c3's N2 is n/a); unmet c2 N2, e1 E1 = 2;
    //   partly c1 N2, e2 E1 = 2; serious unmet: e1 E1 = 1 case (e2's serious E1 is only partly met).
    // partners = E3: n/a in every case: nothing applied, no share.
    expect(areas.map((a) => ({ ...a, interval: undefined }))).toEqual([
      {
        area: 'responding',
        title: 'Responding to children at risk',
        criteria: ['N1', 'N3', 'E2'],
        applied: 9,
        unmet: 4,
        partly: 1,
        share: 4 / 9,
        seriousCases: 2,
      },
      { area: 'assessing', title: 'Assessing risk', criteria: ['N2', 'E1'], applied: 5, unmet: 2, partly: 2, share: 0.4, seriousCases: 1 },
      { area: 'partners', title: 'Working with partners', criteria: ['E3'], applied: 0, unmet: 0, partly: 0, share: null, seriousCases: 0 },
    ]);
    // statsmodels proportion_confint(4, 9, method='wilson') and (2, 5).
    expect(areas[0]!.interval![0]).toBeCloseTo(0.18877852109766458, 12);
    expect(areas[0]!.interval![1]).toBeCloseTo(0.733348706504507, 12);
    expect(areas[1]!.interval![0]).toBeCloseTo(0.11762077423264788, 12);
    expect(areas[1]!.interval![1]).toBeCloseTo(0.7692757187239871, 12);
    expect(areas[2]!.interval).toBeNull();
  });

  it('split anywhere and merged in order, the fold gives the one-pass result', async () => {
    const { cases } = await casesOf(roundOne, criteria);
    const one = new ReportBuilder(criteria);
    for (const c of cases) one.add(c);
    const whole = one.finish(TOTALS, [], NAMES);
    for (let cut = 0; cut <= cases.length; cut++) {
      const [first, second] = [new ReportBuilder(criteria), new ReportBuilder(criteria)];
      for (const c of cases.slice(0, cut)) first.add(c);
      for (const c of cases.slice(cut)) second.add(c);
      // As a worker's state crosses threads: a structured clone.
      first.merge(structuredClone(second.state()) as ReportState);
      expect(first.finish(TOTALS, [], NAMES)).toEqual(whole);
    }
    expect(whole.areas![0]!.applied).toBe(9);
  });

  it('read in parts by the parts machinery (in this thread), the merged state is the one-pass state', async () => {
    // 3,000 rows: round one's seven over and over, with new ids.
    const rows = Array.from({ length: 3000 }, (_, i) => ROUND_ONE_ROWS[i % ROUND_ONE_ROWS.length]!.replace(/^(\w+),/, `$1-${i},`));
    const big = join(dir, 'big.csv');
    writeFileSync(big, areasCsv(rows));
    const inThisThread: PartRunner = (job) => ({
      result: readPart(structuredClone(job)).then((r) => structuredClone(r)),
      stop: async () => {},
    });
    const read = async (parts: boolean, debug: string[]) => {
      const fold = new ReportBuilder(criteria);
      const stdin = new PassThrough();
      stdin.end();
      const recipe = reportRecipe({ themes: 3 });
      await readCases([big], criteria, {
        stdin,
        load: {},
        consumer: { case: (c) => fold.add(c) },
        onDiagnostic: () => {},
        ...(parts
          ? { parts: { recipe, threads: 3, merge: (s) => fold.merge(s as ReportState), runner: inThisThread, debug: (m) => debug.push(m) } }
          : {}),
      });
      return fold;
    };
    const debug: string[] = [];
    const [one, parts] = [await read(false, []), await read(true, debug)];
    expect(debug.join('\n')).toMatch(/read in 3 parts/);
    expect(parts.state()).toEqual(one.state());
    // 3,000 rows = 428 whole rounds of 7 and 4 rows more (c1, c2, c3, c4): responding applied 9 per round, + 6.
    expect(one.finish(TOTALS, [], NAMES).areas![0]!.applied).toBe(428 * 9 + 6);
  });

  it('a programme without areas has no area evidence and no area counters in its state', async () => {
    const bundled = loadCriteriaDir(BUNDLED_CRITERIA).set!;
    const builder = new ReportBuilder(bundled);
    const { cases } = await casesOf(join(BUNDLED_CRITERIA, '..', 'fixtures', 'gloucestershire-2017.csv'), bundled);
    for (const c of cases) builder.add(c);
    expect(cases.length).toBe(89);
    expect(builder.state().areas).toEqual([]);
    expect(builder.finish(TOTALS, [], NAMES)).not.toHaveProperty('areas');
  });
});
