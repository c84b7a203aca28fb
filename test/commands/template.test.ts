// `case-audit template`: the blank form for one type, and the round trip: the form, filled in
// without other edits, scores (the real `score` command on the written file).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'case-audit-template-'));
const DA = ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8'];

type Row = { caseId: string; caseType: string; grade: string | null; unmet: string[]; missing: string[] };

describe('template', () => {
  it('CSV (default): the header for the type, by alias', async () => {
    const { code, stdout } = await runCli(['template', 'DA']);
    expect(code).toBe(0);
    expect(stdout).toBe(`\ufeffcase_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,${DA.join(',')}\r\n`);
  });

  it('an unknown type is exit 2 naming the known types', async () => {
    const { code, stdout, stderr } = await runCli(['template', 'domestic']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('unknown case type "domestic"');
    expect(stderr).toContain('; known types: section-47 (s47, section47, child-protection-enquiry), domestic-abuse (da),');
    expect(stderr).toContain('child-in-custody (custody, cus)');
  });

  it('a slip of a type is answered with the one did-you-mean wording', async () => {
    const { code, stderr } = await runCli(['template', 'domestc-abuse']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^case-audit: unknown case type "domestc-abuse" \(did you mean "domestic-abuse"\?\); known types: /);
  });

  it('a type of another criteria directory', async () => {
    const { code, stdout } = await runCli(['template', 'neg', '--criteria', fixture('criteria-foreign'), '--format', 'yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "      NEG-1:   # The child's lived experience was recorded: what they saw, heard and said (serious, refer)\n",
    );
  });

  it('YAML round trip: blank, the example case is ungraded; filled in, it scores', async () => {
    const dir = tmp();
    const out = join(dir, 'form.yaml');
    expect((await runCli(['template', 'domestic-abuse', '--format', 'yaml', '--output', out])).code).toBe(0);
    const blank = await runCli(['score', '--format', 'json', out]);
    expect(blank.code).toBe(0);
    expect(blank.stderr).toBe('1 read = 0 graded + 1 ungraded + 0 rejected\n');
    expect((JSON.parse(blank.stdout) as Row[])[0]?.missing).toEqual(DA);

    // Filling in means writing a finding after each criterion id, nothing else.
    const filled = readFileSync(out, 'utf8').replace(
      /^( {6}DA(\d):)/gm,
      (_, key: string, n: string) => `${key} ${n === '3' ? 'not met' : 'met'}`,
    );
    writeFileSync(join(dir, 'filled.yaml'), filled);
    const scored = await runCli(['score', '--format', 'json', join(dir, 'filled.yaml')]);
    expect(scored.code).toBe(0);
    expect(scored.stderr).toBe('1 read = 1 graded + 0 ungraded + 0 rejected\n');
    expect(JSON.parse(scored.stdout)).toMatchObject([
      { caseId: 'CASE-001', caseType: 'domestic-abuse', grade: 'inadequate', unmet: ['DA3'], missing: [] },
    ]);
  });

  it('CSV round trip: rows added under the header score', async () => {
    const dir = tmp();
    const out = join(dir, 'form.csv');
    expect((await runCli(['template', 'da', '--output', out])).code).toBe(0);
    writeFileSync(out, `${readFileSync(out, 'utf8')}C1,da,good,,,no,,y,y,y,y,y,y,y,y\r\nC2,da,,,,,,y,n,y,n,y,na,y,y\r\n`);
    const scored = await runCli(['score', '--format', 'json', out]);
    expect(scored.code).toBe(0);
    // C1 has a self grade and C2 none: C2 is named as counted in Table 2 (issue 16, item 5).
    expect(scored.stderr).toBe(
      `${out}: warning: 1 case has a blank self_grade, so it counts in Table 2 (independent only), not Table 1: "C2"; fill in self_grade where the force graded the case\n2 read = 2 graded + 0 ungraded + 0 rejected\n`,
    );
    expect((JSON.parse(scored.stdout) as Row[]).map((r) => [r.caseId, r.grade, r.unmet])).toEqual([
      ['C1', 'good', []],
      ['C2', 'requires_improvement', ['DA2', 'DA4']],
    ]);
  });
});
