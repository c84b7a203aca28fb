// Under --suppress, stderr names no case id either: a message that would (a bad row, a duplicate,
// the closing warning that lists cases with a blank self grade) gives its file, line and rule only.
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

const file = tempFiles('case-audit-suppress-messages-');
const cases = file(
  'cases.csv',
  [
    'case_id,case_type,self_grade,independent_grade,round',
    ...Array.from({ length: 6 }, (_, i) => `MSG-${i + 1},domestic-abuse,,good,A`),
    'MSG-7,domestic-abuse,good,splendid,A',
    'MSG-1,domestic-abuse,good,good,A',
  ].join('\n') + '\n',
);
const recs = fixture('recommendations/recommendations.yaml');

describe('--suppress: messages', { timeout: 120_000 }, () => {
  it.each([
    ['report', [cases]],
    ['compare', [cases]],
    ['trend', [cases]],
    ['actions', ['--as-of', '2025-06-30', recs, cases]],
  ])('%s: the bad rows are named by file and line, never by case id', async (command, args) => {
    const plain = await runCli([command, '-f', 'json', ...args]);
    // Without --suppress the messages quote the ids (the check below can fail).
    expect(plain.stderr).toMatch(/MSG-7/);
    const r = await runCli([command, '--suppress', '5', '-f', 'json', ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/MSG-/);
    expect(r.stdout).not.toMatch(/MSG-/);
    expect(r.stderr).toMatch(/cases\.csv:8:\d+: invalid-grade: not shown under --suppress, as the message names a case id/);
    expect(r.stderr).toMatch(/cases\.csv:9(:\d+)?: duplicate-case-id: not shown under --suppress/);
  });

  it('the closing warning that lists the cases with a blank self grade', async () => {
    const plain = await runCli(['report', '-f', 'json', cases]);
    expect(plain.stderr).toMatch(/blank self_grade.*"MSG-1"/);
    const r = await runCli(['report', '--suppress', '5', '-f', 'json', cases]);
    expect(r.stderr).toMatch(/cases\.csv: warning: blank-self-grade: not shown under --suppress/);
  });

  it('the accounting line on stderr is not hidden (the operator checks every case is accounted for); the published file hides it, and the help says so', async () => {
    const r = await runCli(['report', '--suppress', '5', '-f', 'json', cases]);
    expect(r.stderr).toContain('8 read = 6 graded + 0 ungraded + 2 rejected');
    expect(JSON.parse(r.stdout).totals.rejected).toEqual({ suppressed: true });
    for (const command of ['report', 'compare', 'trend', 'actions', 'dashboard']) {
      const help = await runCli([command, '--help']);
      expect(help.stdout.replace(/\s+/g, ' '), command).toContain('the accounting line on stderr is not hidden');
    }
  });
});
