// `sample --recommendation R --recommendations F`: a targeted re-audit drawn from the case types
// the recommendation's criteria apply to, its criteria first on the form. The register is the
// constructed 2025 round (fixtures/recommendations/: 40 domestic abuse, 30 section 47 cases).
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const REGISTER = fixture('recommendations/2025.csv');
const RECS = ['--recommendations', fixture('recommendations/recommendations.yaml')];

const header = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .split('\r\n')[0]!
    .split(',');
const types = (csv: string) =>
  new Set(
    csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[1]),
  );

describe('sample --recommendation', () => {
  it('R7 (CPE1): only section 47 cases are drawn, all 10 from its 30', async () => {
    const r = await runCli(['sample', REGISTER, '--size', '10', '--seed', '7', '--recommendation', 'R7', ...RECS]);
    expect(r.code, r.stderr).toBe(0);
    expect(types(r.stdout)).toEqual(new Set(['section-47']));
    expect(r.stdout.trim().split('\r\n')).toHaveLength(11);
    expect(r.stderr).toMatch(/section-47 +30 +30 +10\.0 +10/);
  });

  it('R15 (CPE7, DA2): both types, stratified 4 and 6 of 10 (30 and 40 in the register), its criteria first', async () => {
    const r = await runCli(['sample', REGISTER, '--size', '10', '--seed', '7', '--recommendation', 'r15', ...RECS]);
    expect(r.code, r.stderr).toBe(0);
    const head = header(r.stdout);
    expect(head.slice(head.indexOf('CPE7'), head.indexOf('CPE7') + 3)).toEqual(['CPE7', 'CPE1', 'CPE2']);
    expect(head.slice(head.indexOf('DA2'), head.indexOf('DA2') + 3)).toEqual(['DA2', 'DA1', 'DA3']);
    expect(r.stderr).toMatch(/section-47 +30 +30 +4\.3 +4/);
    expect(r.stderr).toMatch(/domestic-abuse +40 +40 +5\.7 +6/);
  });

  it('an unknown recommendation (did you mean), a quota outside its types, one option without the other', async () => {
    const unknown = await runCli(['sample', REGISTER, '--size', '10', '--recommendation', 'R61', ...RECS]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no recommendation "R61" in .*recommendations\.yaml; nothing written/);
    const typo = await runCli(['sample', REGISTER, '--size', '10', '--recommendation', 'R1x', ...RECS]);
    expect(typo.stderr).toContain('(did you mean "R1"?)');
    const quota = await runCli(['sample', REGISTER, '--quota', 'da=2', '--recommendation', 'R7', ...RECS]);
    expect(quota.code).toBe(2);
    expect(quota.stderr).toContain(
      "--quota domestic-abuse: recommendation R7's criteria do not apply to domestic-abuse; its case types are section-47",
    );
    const alone = await runCli(['sample', REGISTER, '--size', '10', '--recommendation', 'R7']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--recommendation R and --recommendations FILE go together');
  });
});
