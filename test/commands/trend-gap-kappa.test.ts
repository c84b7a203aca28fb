// trend --between's kappa per round (issue 26 item 2): under 10 cases it is printed with its count
// and "too few cases to tell", never bare with a Landis & Koch band; from 10 cases the band is the
// printed figure's. Before, a round of 5 cases printed e.g. "0.71 (substantial)".
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, tempDir } from '../helpers/tmp.js';

const dir = tempDir();
const HEADER = `${DA_HEADER},round`;
// Findings decide the independent grade: all met good, DA2 unmet requires improvement, DA1 unmet inadequate.
const GOOD = 'y,y,y,y,y,y,y,y';
const RI = 'y,n,y,y,y,y,y,y';
const BAD = 'n,y,y,y,y,y,y,y';
const row = (id: string, self: string, findings: string, round: string) => `${id},domestic-abuse,${self},,,no,,${findings},${round}`;
/** Five cases in a round: the force agrees on four. */
const five = (round: string) => [
  row(`${round}-1`, 'good', GOOD, round),
  row(`${round}-2`, 'good', RI, round),
  row(`${round}-3`, 'requires improvement', RI, round),
  row(`${round}-4`, 'inadequate', BAD, round),
  row(`${round}-5`, 'good', GOOD, round),
];

describe('trend --between: kappa per round', () => {
  it('a round of 5 cases: the figure with its count and "too few cases to tell", no band', async () => {
    const file = join(dir, 'rounds.csv');
    writeFileSync(file, [HEADER, ...five('R1'), ...five('R2')].join('\n') + '\n');
    const r = await runCli(['trend', '--between', 'self,independent', '--format', 'markdown', file]);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\| R[12] \|/.test(l) && l.includes('too few cases to tell'));
    // Both rounds' gap rows, each with kappa's count and no band beside it.
    expect(rows).toHaveLength(2);
    for (const line of rows) {
      expect(line).toContain('(5 cases: too few cases to tell)');
      expect(line).not.toMatch(/\((poor|slight|fair|moderate|substantial|almost perfect)\)/);
    }
  });

  it('agreement that rounds to 100% but is not all prints ">99%" (issue 26 item 6), in the row and its interval', async () => {
    const file = join(dir, 'near-all.csv');
    const many = Array.from({ length: 199 }, (_, i) => row(`N-${i}`, 'good', GOOD, 'R1'));
    writeFileSync(file, [HEADER, ...many, row('N-199', 'good', RI, 'R1'), ...five('R2')].join('\n') + '\n');
    const r = await runCli(['trend', '--between', 'self,independent', '--format', 'markdown', file]);
    expect(r.code, r.stderr).toBe(0);
    const gap = r.stdout.split('\n').find((l) => /^\| R1 \| 200 \| 199 /.test(l));
    // 199 of 200 agreed: 99.5% rounds to 100 but is not all; Wilson's upper end 99.91% likewise.
    expect(gap).toContain('| 199 (\\>99%) | 97%-\\>99% |');
  });
});
