// The moderation round trip through the CLI: a first marking in long form, a blind sample for a
// second marker, the form filled in here, and compare --between reading both back.
// The criteria are the constructed QA round's (fixtures/qa-round/criteria), which declare `moderator`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const DA = ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8'];
const dir = tempDir();
const path = (name: string) => join(dir, name);

// 40 cases: A1 marks 20, A2 15, A3 5. Case i: every criterion met, except DA2 (expected) unmet when
// i % 3 == 1 (requires improvement) and DA1 (serious) unmet when i % 3 == 2 (inadequate).
const auditorOf = (i: number) => (i < 20 ? 'A1' : i < 35 ? 'A2' : 'A3');
const firstFindings = (i: number) => DA.map((id) => ((i % 3 === 1 && id === 'DA2') || (i % 3 === 2 && id === 'DA1') ? 'n' : 'y'));
const id = (i: number) => `M-${String(i).padStart(2, '0')}`;
const FIRST = [
  ['case_id', 'case_type', 'assessor', 'auditor', 'grade', ...DA].join(','),
  ...Array.from({ length: 40 }, (_, i) => [id(i), 'domestic-abuse', 'self', auditorOf(i), '', ...firstFindings(i)].join(',')),
].join('\n');
writeFileSync(path('first.csv'), `${FIRST}\n`);

const CRITERIA = ['--criteria', fixture('qa-round/criteria')];
const draw = (...extra: string[]) =>
  runCli(['sample', ...CRITERIA, path('first.csv'), '--second-marker', 'moderator', '--rate', '10%', '--seed', '11', ...extra]);

describe('moderation round trip', () => {
  it('draws 10% rounded up, stratified by auditor with one each at least, as a blind long-form form', async () => {
    const { code, stdout, stderr } = await draw();
    expect(code).toBe(0);
    // 10% of 40 = 4. Shares 2, 1.5, 0.5: 2, 1, 0, and the one left to the larger of the tied remainders (A2): 2, 2, 0.
    // --min-per-auditor 1 gives A3 one, taken from the largest part (A1 and A2 tie at 2: the larger stratum, A1): 1, 2, 1.
    expect(stderr).toContain(
      '  auditor  assessed  sample\n  A1             20       1\n  A2             15       2\n  A3              5       1\n  total          40       4\n',
    );
    const rows = parse(stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([
      'case_id',
      'case_type',
      'assessor',
      'auditor',
      'grade',
      'override_reason',
      'referred_back',
      'notes',
      ...DA,
    ]);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.assessor).toBe('moderator');
      // Blind: nothing of the first marking (grade, auditor, findings) and no blank left filled.
      expect(Object.entries(row).filter(([k, v]) => !['case_id', 'case_type', 'assessor'].includes(k) && v !== '')).toEqual([]);
    }
    const ids = rows.map((r) => r.case_id!);
    expect(ids).toEqual([...ids].sort());
    const byAuditor = ids.map((x) => auditorOf(Number(x.slice(2))));
    expect([...byAuditor].sort()).toEqual(['A1', 'A2', 'A2', 'A3']);
    expect((await draw()).stdout).toBe(stdout);
  });

  it('reads the filled form back beside the first marking: figures worked from what each side wrote', async () => {
    const form = parse((await draw()).stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    // The second marker marks DA2 unmet and everything else met (requires improvement), as M1.
    const filled = form.map((r) => [r.case_id, r.case_type, 'moderator', 'M1', '', ...DA.map((c) => (c === 'DA2' ? 'n' : 'y'))].join(','));
    writeFileSync(path('second.csv'), `${['case_id,case_type,assessor,auditor,grade', ...DA].join(',')}\n${filled.join('\n')}\n`);
    const { code, stdout } = await runCli([
      'compare',
      ...CRITERIA,
      '--between',
      'moderator,self',
      '--by',
      'auditor',
      '--format',
      'json',
      path('first.csv'),
      path('second.csv'),
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const drawn = form.map((r) => Number(r.case_id!.slice(2)));
    // Second marker RI throughout; the first marking is good (i%3 0), RI (1) or inadequate (2).
    const kinds = [0, 1, 2].map((k) => drawn.filter((i) => i % 3 === k).length);
    expect([json.n, json.agreed, json.higher, json.lower]).toEqual([4, kinds[1], kinds[2], kinds[0]]);
    expect(json.between).toEqual(['moderator', 'self']);
    expect(json.labels).toEqual({ a: 'Moderator', b: 'the force' });
    const da1 = json.criteria.find((c: { criterion: string }) => c.criterion === 'DA1');
    const da2 = json.criteria.find((c: { criterion: string }) => c.criterion === 'DA2');
    // DA1: the second marker always met; the first unmet in the i%3 == 2 cases. DA2: the second always unmet.
    expect([da1.n, da1.bothMet, da1.aMetBUnmet, da1.aUnmetBMet, da1.bothUnmet]).toEqual([4, 4 - kinds[2]!, kinds[2], 0, 0]);
    expect([da2.n, da2.bothMet, da2.aMetBUnmet, da2.aUnmetBMet, da2.bothUnmet]).toEqual([4, 0, 0, 4 - kinds[1]!, kinds[1]]);
    expect(json.byAuditor.map((r: { auditor: string; n: number }) => [r.auditor, r.n])).toEqual([['M1', 4]]);
    expect(json.totals.assessments).toBe(44);
  });

  it('a YAML form reads back the same way', async () => {
    const { code, stdout } = await draw('--format', 'yaml');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\bA[123]\b|grade: \S|DA\d: \S/);
    // Every criterion met, as M2: the second marker grades good; the first marked i%3 == 0 good.
    const filled = stdout.replace(/auditor: .*$/gm, 'auditor: M2').replace(/^(\s+DA\d):.*$/gm, '$1: met');
    writeFileSync(path('second.yaml'), filled);
    const r = await runCli([
      'compare',
      ...CRITERIA,
      '--between',
      'moderator,self',
      '--by',
      'auditor',
      '--format',
      'json',
      path('first.csv'),
      path('second.yaml'),
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const drawn = [...stdout.matchAll(/id: M-(\d+)/g)].map((m) => Number(m[1]));
    expect(drawn).toHaveLength(4);
    expect([json.n, json.agreed, json.higher, json.lower]).toEqual([
      4,
      drawn.filter((i) => i % 3 === 0).length,
      drawn.filter((i) => i % 3 !== 0).length,
      0,
    ]);
    expect(json.byAuditor.map((x: { auditor: string }) => x.auditor)).toEqual(['M2']);
  });

  it('leaves out the cases already moderated when drawn again', async () => {
    const { code, stderr } = await runCli([
      'sample',
      ...CRITERIA,
      path('first.csv'),
      path('second.csv'),
      '--second-marker',
      'moderator',
      '--size',
      '3',
      '--seed',
      '11',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('moderation sample of 3 from 36 cases graded by the force');
    expect(stderr).toContain('left out 4 cases Moderator has already assessed');
  });

  it('says which options go together (exit 2)', async () => {
    const cases: Array<[string[], string]> = [
      [['--rate', '10%'], '--rate goes with --second-marker'],
      [
        ['--second-marker', 'moderator'],
        'say how many cases to moderate: --rate N% (of the cases the first marker graded) or --size N, not both',
      ],
      [['--second-marker', 'moderator', '--rate', '10%', '--size', '3'], 'not both'],
      [['--second-marker', 'moderator', '--quota', 'da=2'], '--quota does not go with --second-marker'],
      [['--second-marker', 'moderator', '--rate', '0%'], '--rate takes a percentage above 0% and at most 100%'],
      [['--second-marker', 'moderater', '--rate', '10%'], '--second-marker: unknown role "moderater" (did you mean "moderator"?)'],
      [['--second-marker', 'self', '--rate', '10%'], '--second-marker and --first-marker are both self'],
      [['--second-marker', 'moderator', '--rate', '10%', '--focus', 'bad'], '--focus takes a grade'],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['sample', ...CRITERIA, path('first.csv'), ...args]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(message)]);
    }
  });
});
