// Sample forms name who audits each case and the round (issue 29 item 1): an `auditor` column filled
// from the register's, and with --round a `round` column (YAML: `round:`), so forms read back keep
// their rounds apart and --by auditor finds the codes. The workbook form: test/round-end-to-end.test.ts.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

const file = tempFiles('case-audit-form-round-');
const register = file(
  'register.csv',
  ['case_id,case_type,auditor,team', 'D1,domestic-abuse,A1,North', 'D2,domestic-abuse,A2,South', 'D3,domestic-abuse,,South'].join('\n'),
);
const SAMPLE = ['sample', register, '--size', '3', '--seed', '1'];

describe('sample forms carry the auditor and the round', () => {
  it('CSV: round and auditor columns after the carried ones, filled in', async () => {
    const r = await runCli([...SAMPLE, '--round', '2025-Q3']);
    expect(r.code, r.stderr).toBe(0);
    const rows = parse(r.stdout, { bom: true }) as string[][];
    expect(rows[0]!.slice(0, 6)).toEqual(['case_id', 'case_type', 'team', 'round', 'auditor', 'self_grade']);
    expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ['D1', 'domestic-abuse', 'North', '2025-Q3', 'A1'],
      ['D2', 'domestic-abuse', 'South', '2025-Q3', 'A2'],
      ['D3', 'domestic-abuse', 'South', '2025-Q3', ''],
    ]);
  });

  it('without --round: an auditor column, no round column', async () => {
    const rows = parse((await runCli(SAMPLE)).stdout, { bom: true }) as string[][];
    expect(rows[0]!.slice(0, 5)).toEqual(['case_id', 'case_type', 'team', 'auditor', 'self_grade']);
  });

  it('YAML: round: at the top, auditor per case', async () => {
    const r = await runCli([...SAMPLE, '--round', '2025-Q3', '--format', 'yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\nround: 2025-Q3\n');
    expect(r.stdout).toContain('  - id: D1\n    type: domestic-abuse\n    team: North\n    auditor: A1\n');
    expect(r.stdout).toContain('  - id: D3\n    type: domestic-abuse\n    team: South\n    auditor:             # your staff code');
  });

  it('forms of two rounds (CSV and YAML) read back as two rounds by trend, not "(no round named)"', async () => {
    const q2 = file('q2.csv', (await runCli([...SAMPLE, '--round', '2025-Q2'])).stdout);
    const q3 = file('q3.yaml', (await runCli([...SAMPLE, '--round', '2025-Q3', '--format', 'yaml'])).stdout);
    const r = await runCli(['trend', '--format', 'json', q2, q3]);
    const json = JSON.parse(r.stdout) as { rounds: Array<{ round: string; ungraded: number }> };
    expect(json.rounds.map((x) => [x.round, x.ungraded])).toEqual([
      ['2025-Q2', 3],
      ['2025-Q3', 3],
    ]);
  });
});
