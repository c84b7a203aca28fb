// The adjusted verdicts of `trend`, simulated (issue 26, item 5): 1,000 seeded data sets of 3 or 4
// rounds in which nothing changes (every round's cases drawn from the same grade shares), each run
// through the trend fold and its finish (the code `trend` runs, not the statistics library alone).
// A data set "shows a false change" where any verdict trend prints says so: a change between
// consecutive rounds, first against last, or a trend test. Adjusted, that happens in at most 5% of
// data sets; per comparison, in far more (the issue measured 31% over four rounds of 32 cases).
import { describe, expect, it } from 'vitest';
import { FINDING_CODE, type AssembledCase, type ScoredAssessment } from '../../src/domain/assessment.js';
import type { Grade } from '../../src/domain/grades.js';
import { seededRandom, type SeededRandom } from '../../src/statistics/seeded-random.js';
import { TrendBuilder } from '../../src/summarise/trend/trend-builder.js';
import type { TrendModel } from '../../src/summarise/trend/trend-model.js';
import { SCALE_2017, smallCriteria } from '../helpers/criteria.js';

const criteria = smallCriteria();
const SHARES = [0.3, 0.5, 0.2];
const CODES = Uint8Array.from(criteria.types.find((t) => t.id === 'gamma')!.criteria.map(() => FINDING_CODE.met));

function assessment(grade: Grade): ScoredAssessment {
  return {
    role: 'independent',
    auditor: null,
    grade,
    derivedGrade: grade,
    gradeSource: 'derived',
    override: false,
    unmet: [],
    partly: [],
    missing: [],
    referredBack: false,
    referralSuggested: false,
    codes: CODES,
    source: { file: 'cases.csv', line: 2 },
  };
}

/** A grade drawn from SHARES. */
function draw(random: SeededRandom): Grade {
  let u = random.unit();
  let g = 0;
  while (g < SHARES.length - 1 && u >= SHARES[g]!) u -= SHARES[g++]!;
  return SCALE_2017.ids[g]!;
}

/** One null data set: 3 or 4 rounds of 20 to 59 cases, every case's grade from the same shares. */
function dataSet(random: SeededRandom): AssembledCase[] {
  const rounds = 3 + random.int(2);
  const cases: AssembledCase[] = [];
  for (let r = 0; r < rounds; r++) {
    const n = 20 + random.int(40);
    for (let i = 0; i < n; i++) {
      cases.push({
        round: `r${r}`,
        caseId: `r${r}c${i}`,
        caseType: 'gamma',
        assessments: new Map([['independent', assessment(draw(random))]]),
      });
    }
  }
  return cases;
}

function trend(cases: readonly AssembledCase[], perComparison: boolean): TrendModel {
  const b = new TrendBuilder(criteria, { role: 'independent', between: null, perComparison });
  for (const c of cases) b.add(c);
  return b.finish({ order: b.roundsMet(), totals: { read: 0, graded: 0, ungraded: 0, rejected: 0 }, force: 'F', label: (r) => r });
}

/** Any verdict the model shows calls a change. */
const showsChange = (m: TrendModel) =>
  m.changes.some((c) => c.significant) || m.firstLast.some((c) => c.significant) || m.trendTests.some((t) => t.significant);

describe('trend on 1,000 data sets with no real change', () => {
  it('adjusted: a false "change" in at most 5% of data sets; per comparison: in far more', () => {
    const random = seededRandom(20261207);
    const sets = 1000;
    let adjusted = 0;
    let unadjusted = 0;
    for (let s = 0; s < sets; s++) {
      const cases = dataSet(random);
      const m = trend(cases, false);
      // Every verdict of the data set is in the family: 3 grades x (consecutive pairs + first/last + trend test).
      expect(m.adjustment.comparisons).toBe(3 * (m.rounds.length - 1 + 2));
      if (showsChange(m)) adjusted++;
      if (showsChange(trend(cases, true))) unadjusted++;
    }
    // Seed 20261207: 27 adjusted, 312 per comparison.
    expect(adjusted / sets).toBeLessThanOrEqual(0.05);
    expect(unadjusted / sets).toBeGreaterThan(0.2);
    expect(unadjusted).toBeGreaterThan(adjusted * 4);
  });
});
