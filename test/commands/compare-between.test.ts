// compare --between and --by auditor through the CLI on the constructed 2017 fixture (wide form:
// the force recorded grades only). Figures from the report's Table 1 and the hand-worked matrix in
// test/report-2017.test.ts: rows (force) good [5, 14, 9], requires improvement [1, 2, 2].
import { describe, expect, it } from 'vitest';
import { Z95 } from '../../src/statistics/wilson.js';
import { fixture, runCli } from '../helpers/cli.js';

const CSV = fixture('gloucestershire-2017.csv');
const run = async (...args: string[]) => (await runCli(['compare', ...args, CSV])).stdout;
const withoutLastLine = (s: string) => s.slice(0, s.trimEnd().lastIndexOf('\n') + 1);

describe('compare on wide-form input', () => {
  it('without --between or --by prints exactly what it printed before, in every format; --between self,independent adds to it', async () => {
    for (const format of ['table', 'markdown']) {
      const plain = await run('--format', format);
      const between = await run('--format', format, '--between', 'self,independent');
      expect(plain).not.toContain('Criterion calibration');
      expect(between.startsWith(withoutLastLine(plain))).toBe(true);
      expect(between.length).toBeGreaterThan(plain.length);
    }
    const csv = await run('--format', 'csv');
    expect(csv).not.toContain('between,');
    expect((await run('--format', 'csv', '--between', 'self,independent')).startsWith(csv)).toBe(true);
    const json = JSON.parse(await run('--format', 'json'));
    expect(Object.keys(json)).not.toContain('between');
    const extended = JSON.parse(await run('--format', 'json', '--between', 'self,independent'));
    for (const key of Object.keys(json)) expect(extended[key]).toEqual(json[key]);
  });

  it('says in one line that the force recorded no findings, in every format', async () => {
    const table = await run('--between', 'self,independent');
    expect(table).toContain(
      'Criterion calibration: the force (A) and HMIC (B)\nthe force recorded no findings on these cases (grades only), so there is no\ncriterion calibration.\n',
    );
    expect(await run('--format', 'markdown', '--between', 'self,independent')).toContain(
      'the force recorded no findings on these cases (grades only), so there is no criterion calibration.\n',
    );
    expect(await run('--format', 'csv', '--between', 'self,independent')).toContain('calibration,all,no_findings,,self\r\n');
    const json = JSON.parse(await run('--format', 'json', '--between', 'self,independent'));
    expect([json.between, json.higher, json.lower, json.criteria, json.recordedNoFindings]).toEqual([
      ['self', 'independent'],
      25,
      1,
      [],
      ['self'],
    ]);
  });

  it('--between independent,self turns the matrix round: higher and lower swap', async () => {
    const json = JSON.parse(await run('--format', 'json', '--between', 'independent,self', '--force-name', 'Gloucestershire Constabulary'));
    expect([json.n, json.higher, json.lower, json.selfHigher, json.selfLower]).toEqual([33, 1, 25, 1, 25]);
    expect([json.matrix.good.good, json.matrix.requires_improvement.good, json.matrix.inadequate.good]).toEqual([5, 14, 9]);
    expect(json.labels).toEqual({ a: 'HMIC', b: 'Gloucestershire Constabulary' });
    const table = await run('--between', 'independent,self', '--force-name', 'Gloucestershire Constabulary');
    expect(table).toContain('Assessments compared: HMIC and Gloucestershire Constabulary');
    expect(table).toContain('HMIC graded higher       1\n');
  });

  it('--by auditor: one group without codes, 7 of 33 (Wilson interval checked on its defining equation), 25 higher, 1 lower', async () => {
    const json = JSON.parse(await run('--format', 'json', '--by', 'auditor'));
    expect(json.byAuditor).toHaveLength(1);
    const [row] = json.byAuditor;
    expect([row.auditor, row.n, row.agreed, row.higher, row.lower]).toEqual([null, 33, 7, 25, 1]);
    expect(row.exactAgreement).toBeCloseTo(7 / 33, 12);
    expect(row.kappa).toBeCloseTo(-17 / 841, 12);
    for (const p of row.agreementInterval) expect(33 * (7 / 33 - p) ** 2 - Z95 ** 2 * p * (1 - p)).toBeCloseTo(0, 10);
    expect(row.agreementInterval[0]).toBeCloseTo(0.1068, 4);
    expect(row.agreementInterval[1]).toBeCloseTo(0.3775, 4);
    // Issue 26 widens the table (net and the criteria differed on), so the row is read from the Markdown.
    expect(await run('--format', 'markdown', '--by', 'auditor')).toContain(
      '| (no code) | 33 | 7 of 33: 21% (11-38%) | 25 | 1 | \\-0.02 | \\+73 (+49 to +86) | \\- |',
    );
    expect(await run('--format', 'csv', '--by', 'auditor')).toContain('by_auditor,all,,n,33\r\n');
  });

  it('refuses an unknown role or a malformed --between (exit 2)', async () => {
    const unknown = await runCli(['compare', '--between', 'self,independant', CSV]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'case-audit: --between: unknown role "independant" (did you mean "independent"?); the roles are self, independent, moderator (declare others under roles: in programme.yaml) (see case-audit --help)\n',
    );
    for (const bad of ['self', 'self,self', 'self,', 'a,b,c']) {
      const r = await runCli(['compare', '--between', bad, CSV]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('--between takes two different roles separated by a comma')]);
    }
  });
});
