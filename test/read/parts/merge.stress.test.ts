// ReportBuilder.merge at scale: a worker's half of a few million rows sends lists of 200,000 ids,
// appended in order without a spread that overflows the stack (merge.test.ts merges the 2017 fixture).
import { describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../../../src/commands/context.js';
import { loadCriteriaDir } from '../../../src/load/criteria/criteria-dir.js';
import { ReportBuilder, type ReportState } from '../../../src/summarise/report/report-model.js';
import { assembled } from '../../helpers/assembled.js';

const TOTALS = { read: 0, graded: 0, ungraded: 0, rejected: 0 };
const NAMES = { force: 'Gloucestershire Constabulary' };

/** An inadequate case, referred back and suggested for referral. */
function referred(id: string) {
  const c = assembled(id, 'domestic-abuse', { independent: { grade: 'inadequate' } });
  Object.assign(c.assessments.get('independent')!, { referredBack: true, referralSuggested: true });
  return c;
}

describe('ReportBuilder.merge', () => {
  it("a later part's lists of any length are appended in order (a worker's half of a few million rows)", () => {
    const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;
    const first = new ReportBuilder(criteria, 3);
    const earlier = ['F-1', 'F-2', 'F-3'];
    for (const id of earlier) first.add(referred(id));
    const ids = Array.from({ length: 200_000 }, (_, i) => `W${i}`);
    const worker = new ReportBuilder(criteria, 3);
    for (const id of ids) {
      worker.add(referred(id));
      worker.add(assembled(`U${id}`, 'domestic-abuse', { independent: { grade: null } }));
    }
    first.merge(structuredClone(worker.state()) as ReportState);
    const merged = first.finish(TOTALS, [], NAMES);
    expect(merged.referredBack).toEqual([...earlier, ...ids]);
    expect(merged.ungraded.map((u) => u.caseId)).toEqual(ids.map((id) => `U${id}`));
    expect(merged.referralSuggested).toEqual([...earlier, ...ids]);
  });
});
