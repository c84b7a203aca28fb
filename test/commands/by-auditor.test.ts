// `--by auditor` has one meaning in every command: the assessment's auditor code, which a wide-form
// `auditor` column supplies (for both of the row's assessments) as the long form's does per row.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, tempFiles } from '../helpers/tmp.js';

const file = tempFiles('case-audit-by-auditor-');
const ALL_MET = 'y,y,y,y,y,y,y,y';
const ONE_UNMET = 'y,n,y,y,y,y,y,y';
// D1 by A1: self good, findings all met (good). D2, D3 by A2: one expected criterion unmet
// (requires improvement) against self grades good and requires improvement.
const wide = file(
  'wide.csv',
  [
    `${DA_HEADER.replace('case_type,', 'case_type,auditor,')}`,
    `D1,domestic-abuse,A1,good,,,no,,${ALL_MET}`,
    `D2,domestic-abuse,A2,good,,,no,,${ONE_UNMET}`,
    `D3,domestic-abuse,A2,requires_improvement,,,no,,${ONE_UNMET}`,
  ].join('\n'),
);
const counts = (good: number, ri: number) => ({ good, requires_improvement: ri, inadequate: 0 });

describe('--by auditor', () => {
  it('compare: per auditor code from the wide-form auditor column (it used to give one row "(no code)")', async () => {
    const r = await runCli(['compare', '--by', 'auditor', '--format', 'json', wide]);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.stdout) as { byAuditor: Array<{ auditor: string; n: number; agreed: number }> }).byAuditor;
    // A2: (good, RI) disagree, (RI, RI) agree: 1 of 2; A1: 1 of 1.
    expect(rows.map((a) => [a.auditor, a.n])).toEqual([
      ['A2', 2],
      ['A1', 1],
    ]);
  });

  it('report: the same codes, the graded assessment counted under its auditor', async () => {
    const r = await runCli(['report', '--by', 'auditor', '--format', 'json', wide]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).breakdown.all).toEqual([
      { value: 'A1', counts: counts(1, 0), graded: 1 },
      { value: 'A2', counts: counts(0, 2), graded: 2 },
    ]);
  });

  it('report on long form: the independent assessment auditor code, not a carried column', async () => {
    const long = file(
      'long.csv',
      [
        'case_id,case_type,assessor,auditor,grade,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8',
        'L1,domestic-abuse,self,A1,good,,,,,,,,',
        `L1,domestic-abuse,independent,Q7,,${ONE_UNMET}`,
        `L2,domestic-abuse,independent,Q7,,${ALL_MET}`,
        `L3,domestic-abuse,independent,,,${ALL_MET}`,
      ].join('\n'),
    );
    const r = await runCli(['report', '--by', 'auditor', '--format', 'json', long]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).breakdown.all).toEqual([
      { value: '(no code)', counts: counts(1, 0), graded: 1 },
      { value: 'Q7', counts: counts(1, 1), graded: 2 },
    ]);
  });
});
