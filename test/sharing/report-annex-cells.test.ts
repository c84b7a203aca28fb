// `report --suppress 5` on its own: with no case in Table 2, a table's cases are Annex A's cases of
// its types, the same number printed twice. Worked by hand, one round, every case graded by both:
//
//   domestic-abuse (Table 4): 8 cases, good and good
//   general-concern (Table 5): 12 cases, 10 good and good, 2 good by the force and requires improvement by the inspectorate
//   missing-children (Table 7): 3 cases, good and good
//
// The 3 is small in Annex A and in Table 7's cases. Annex A (8, 12, 3 of 23) needs a second hidden
// count: the smallest, domestic-abuse's 8. Tables 3.. (8, 12, 3 of 23) need one too, and Table 5's
// own row has the small 2 to protect, so its 12 goes. Before the report tied the two, it printed
// Table 4's 8 and Annex A's 12: 23 - 8 - 12 gave the missing-children 3 back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { recoverable } from '../helpers/recoverable.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('case-audit-report-annex-');
const ROWS: Array<[string, number, string, string]> = [
  ['domestic-abuse', 8, 'good', 'good'],
  ['general-concern', 10, 'good', 'good'],
  ['general-concern', 2, 'good', 'requires improvement'],
  ['missing-children', 3, 'good', 'good'],
];
const lines = ['case_id,case_type,self_grade,independent_grade'];
let id = 0;
for (const [type, n, self, independent] of ROWS) for (let k = 0; k < n; k++) lines.push(`RA-${++id},${type},${self},${independent}`);
const file = join(dir, 'annex.csv');
writeFileSync(file, `${lines.join('\n')}\n`);

describe('report --suppress on its own: Tables 3.. against Annex A', { timeout: 120_000 }, () => {
  it('nothing printed gives a hidden count back', async () => {
    const r = await runCli(['report', '--suppress', '5', '-f', 'json', file]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(recoverable({ report: j })).toEqual([]);
    expect(j.independentOnlyN).toBe(0);
    const annex = (type: string) => j.selfAssessedByType.find((x: { type: string }) => x.type === type).n;
    const table = (type: string) => j.byTable.find((x: { types: string[] }) => x.types.includes(type)).graded;
    // Each type's cases are hidden in both places or printed in both.
    for (const type of ['domestic-abuse', 'general-concern', 'missing-children'])
      expect(typeof annex(type) === 'number', type).toBe(typeof table(type) === 'number');
    expect(annex('missing-children')).toEqual({ suppressed: true });
  });
});
