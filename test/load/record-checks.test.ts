// Valid rows that are probably not what was meant (issue 15 item 12, issue 16 item 5): an override
// reason with no independent grade, blank self grades that move cases to Table 2, and --strict on
// recorded grades whose findings are incomplete.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, tempFiles } from '../helpers/tmp.js';

const file = tempFiles();
const MET = 'y,y,y,y,y,y,y,y';

describe('override_reason without an independent grade', () => {
  it('warns at the line, without quoting the reason, and still scores the case', async () => {
    const path = file('reason.csv', `${DA_HEADER}\nO-1,da,good,,was seen by Jane Doe,no,,${MET}\nO-2,da,good,good,,no,,${MET}\n`);
    const r = await runCli(['score', '--format', 'json', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `${path}:2: warning: case "O-1": override_reason is given but independent_grade is blank, so there is nothing to override`,
    );
    expect(r.stderr).not.toContain('Jane');
    expect(r.stderr).not.toContain('"O-2": override_reason');
  });

  it('in the long form, beside a blank grade', async () => {
    const path = file(
      'reason-long.csv',
      `case_id,case_type,assessor,grade,override_reason,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8\nL-1,da,independent,,seen,${MET}\n`,
    );
    const r = await runCli(['score', '--format', 'json', path]);
    expect(r.stderr).toContain(`${path}:2: warning: case "L-1": override_reason is given but grade is blank`);
  });

  it('in YAML too', async () => {
    const path = file('reason.yaml', 'cases:\n  - id: O-1\n    type: da\n    override_reason: seen\n');
    const r = await runCli(['score', '--format', 'json', path]);
    expect(r.stderr).toContain(`${path}:2: warning: case "O-1": override_reason is given but independent_grade is blank`);
  });
});

describe('blank self grades', () => {
  it('names the cases a blank self_grade moves to Table 2, once per file, when the file has a self_grade column', async () => {
    const rows = [`B-1,da,good,,,no,,${MET}`, ...Array.from({ length: 12 }, (_, i) => `B-${i + 2},da,,,,no,,${MET}`)];
    const path = file('blank-self.csv', `${DA_HEADER}\n${rows.join('\n')}\n`);
    const r = await runCli(['report', '--format', 'json', path]);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('blank self_grade'));
    expect(lines).toEqual([
      `${path}: warning: 12 cases have a blank self_grade, so they count in Table 2 (independent only), not Table 1: "B-2", "B-3", "B-4", "B-5", "B-6", "B-7", "B-8", "B-9", "B-10", "B-11" and 2 more; fill in self_grade where the force graded the case`,
    ]);
    const json = JSON.parse(r.stdout) as { independentOnly: Record<string, number> };
    expect(json.independentOnly.good).toBe(12);
  });

  it('says nothing for a file without a self_grade column, or where no case has a self grade', async () => {
    const none = file('no-self.csv', `case_id,case_type,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8\nB-1,da,${MET}\n`);
    expect((await runCli(['report', '--format', 'json', none])).stderr).not.toContain('self_grade');
    const blank = file('all-blank.csv', `${DA_HEADER}\nB-1,da,,,,no,,${MET}\n`);
    expect((await runCli(['report', '--format', 'json', blank])).stderr).not.toContain('self_grade');
  });

  it('in YAML, once a case gives a self_grade: a key left blank is named, a case without the key is not', async () => {
    const path = file(
      'blank-self.yaml',
      "cases:\n  - id: Y-1\n    type: da\n    self_grade: good\n    independent_grade: good\n  - id: Y-2\n    type: da\n    self_grade: ''\n    independent_grade: good\n  - id: Y-3\n    type: da\n    independent_grade: good\n",
    );
    const r = await runCli(['report', '--format', 'json', path]);
    expect(r.stderr).toContain(
      `${path}: warning: 1 case has a blank self_grade, so it counts in Table 2 (independent only), not Table 1: "Y-2";`,
    );
  });
});

describe('--strict and recorded grades', () => {
  it('fails on a recorded grade whose findings are incomplete, naming it; passes without --strict', async () => {
    const path = file('recorded.csv', `${DA_HEADER}\nS-1,da,,good,,no,,y,y,,,,,,\nS-2,da,,,,no,,${MET}\n`);
    const plain = await runCli(['score', '--format', 'json', path]);
    expect(plain.code).toBe(0);
    const strict = await runCli(['score', '--format', 'json', '--strict', path]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict: 1 case is graded by a recorded grade whose findings are incomplete (first: "S-1")');
  });
});
