// `case-audit sample` end to end, on a 500-case register generated here: 300 section 47 enquiries,
// 120 domestic abuse and 80 general concern cases, with a register's own columns (opened, team).
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// The bundled criteria of the three types, written out.
const CRITERIA: Record<string, string[]> = {
  'section-47': ['CPE1', 'CPE2', 'CPE3', 'CPE4', 'CPE5', 'CPE6', 'CPE7', 'CPE8', 'CPE9'],
  'domestic-abuse': ['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8'],
  'general-concern': ['GC1', 'GC2', 'GC3', 'GC4', 'GC5', 'GC6', 'GC7', 'GC8'],
};
const FIELDS = ['self_grade', 'independent_grade', 'override_reason', 'referred_back', 'notes'];
const HEADER = ['case_id', 'case_type', 'opened', 'team', 'auditor', ...FIELDS, ...Object.values(CRITERIA).flat()];

// Register rows spell the types several ways (id, alias, capitals); ids are not in type order.
const SPELLINGS: Array<[string, number, string[]]> = [
  ['section-47', 300, ['section-47', 's47', 'S47']],
  ['domestic-abuse', 120, ['domestic-abuse', 'DA']],
  ['general-concern', 80, ['gc', 'general-concern']],
];
const ROWS: string[][] = SPELLINGS.flatMap(([, n, names], t) =>
  Array.from({ length: n }, (_, i) => {
    const id = `GL-${String(((i * 7 + t * 311) % 997) + 1000 * (t + 1)).padStart(5, '0')}`;
    return [id, names[i % names.length]!, `2017-0${1 + (i % 9)}-1${i % 10}`, ['North', 'South', 'East'][i % 3]!];
  }),
);
const TYPE_OF = new Map(ROWS.map((r, i) => [r[0]!, i < 300 ? 'section-47' : i < 420 ? 'domestic-abuse' : 'general-concern']));
const registerCsv = (rows: string[][]) => ['case_id,case_type,opened,team', ...rows.map((r) => r.join(','))].join('\n') + '\n';

let dir: string;
let register: string;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const readForm = (csv: string) => parse(csv, { bom: true, columns: false }) as string[][];
const byType = (rows: string[][]) => Object.fromEntries(Object.keys(CRITERIA).map((t) => [t, rows.filter((r) => r[1] === t).length]));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'case-audit-sample-'));
  register = file('register.csv', registerCsv(ROWS));
});

describe('sample --size 50 --seed 42 on the 500-case register', () => {
  it('writes a 50-row form stratified 30/12/8, identical on every run', async () => {
    const first = await runCli(['sample', register, '--size', '50', '--seed', '42']);
    expect(first.code).toBe(0);
    const [header, ...rows] = readForm(first.stdout);
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(50);
    expect(byType(rows)).toEqual({ 'section-47': 30, 'domestic-abuse': 12, 'general-concern': 8 });
    // Ordered by table, type and id; canonical type ids; the register's columns carried along.
    const original = new Map(ROWS.map((r) => [r[0]!, r]));
    const order = Object.keys(CRITERIA);
    expect(rows.map((r) => r[0])).toEqual(
      [...rows].sort((a, b) => order.indexOf(a[1]!) - order.indexOf(b[1]!) || (a[0]! < b[0]! ? -1 : 1)).map((r) => r[0]),
    );
    for (const row of rows) {
      expect(row[1]).toBe(TYPE_OF.get(row[0]!));
      expect(row.slice(2, 4)).toEqual(original.get(row[0]!)!.slice(2, 4));
      expect(row.slice(4).every((cell) => cell === '')).toBe(true);
    }
    expect(new Set(rows.map((r) => r[0])).size).toBe(50);
    expect(first.stderr).toContain(
      [
        'sample of 50 from 500 cases, stratified by case type (--size 50)',
        '  case type        register  frame  expected  sample',
        '  section-47            300    300      30.0      30',
        '  domestic-abuse        120    120      12.0      12',
        '  general-concern        80     80       8.0       8',
        '  total                 500    500                50',
        'seed 42',
        '500 read = 0 graded + 500 ungraded + 0 rejected',
      ].join('\n'),
    );
    for (let run = 0; run < 2; run++)
      expect((await runCli(['sample', register, '--size', '50', '--seed', '42'])).stdout).toBe(first.stdout);
  });

  it('draws the same ids from the register rows shuffled, and others with another seed', async () => {
    const ids = async (path: string, seed: string) =>
      readForm((await runCli(['sample', path, '--size', '50', '--seed', seed])).stdout)
        .slice(1)
        .map((r) => r[0]);
    const shuffled = file('shuffled.csv', registerCsv([...ROWS].reverse().sort((a, b) => (a[3]! < b[3]! ? -1 : a[3]! > b[3]! ? 1 : 0))));
    const semicolons = file('semicolons.csv', registerCsv([...ROWS].reverse()).replaceAll(',', ';'));
    const mine = await ids(register, '42');
    expect(await ids(shuffled, '42')).toEqual(mine);
    expect(await ids(semicolons, '42')).toEqual(mine);
    expect(await ids(register, '43')).not.toEqual(mine);
  });

  it('reads back into score as 50 ungraded cases, each missing its criteria, and scores once filled in', async () => {
    const formPath = join(dir, 'form.csv');
    expect((await runCli(['sample', register, '--size', '50', '--seed', '42', '--output', formPath])).code).toBe(0);
    const blank = await runCli(['score', '--format', 'json', formPath]);
    expect(blank.code).toBe(0);
    expect(blank.stderr).toContain('50 read = 0 graded + 50 ungraded + 0 rejected');
    const cases = JSON.parse(blank.stdout) as Array<{
      caseType: string;
      grade: null;
      selfGrade: null;
      derivedGrade: null;
      missing: string[];
    }>;
    expect(cases).toHaveLength(50);
    for (const c of cases) {
      expect([c.grade, c.selfGrade, c.derivedGrade]).toEqual([null, null, null]);
      expect(c.missing).toEqual(CRITERIA[c.caseType]);
    }
    // The report counts the blank form as 50 ungraded cases, none graded.
    const report = await runCli(['report', '--format', 'json', formPath]);
    expect(report.code).toBe(0);
    const model = JSON.parse(report.stdout) as { totals: Record<string, number>; ungraded: unknown[] };
    expect(model.totals).toEqual({ read: 50, graded: 0, ungraded: 50, rejected: 0 });
    expect(model.ungraded).toHaveLength(50);
    // Fill in the first case (a section 47 enquiry): every criterion met.
    const [header, first, ...rest] = readFileSync(formPath, 'utf8').split('\r\n');
    const columns = header!.split(',');
    const cells = first!.split(',').map((cell, i) => (CRITERIA['section-47']!.includes(columns[i]!) ? 'y' : cell));
    writeFileSync(formPath, [header, cells.join(','), ...rest].join('\r\n'));
    const scored = await runCli(['score', '--format', 'json', formPath]);
    expect(scored.stderr).toContain('50 read = 1 graded + 49 ungraded + 0 rejected');
    expect((JSON.parse(scored.stdout) as Array<{ grade: string | null }>)[0]!.grade).toBe('good');
  });

  it('writes a YAML form that reads back the same way', async () => {
    const formPath = join(dir, 'form.yaml');
    const run = await runCli(['sample', register, '--size', '50', '--seed', '42', '--format', 'yaml', '--output', formPath]);
    expect(run.code).toBe(0);
    const text = readFileSync(formPath, 'utf8');
    expect(text).toMatch(/^# case-audit form: [^\n]*\n(#[^\n]*\n)*cases:\n {2}- id: /);
    const blank = await runCli(['score', '--format', 'json', formPath]);
    expect(blank.stderr).toContain('50 read = 0 graded + 50 ungraded + 0 rejected');
    const csv = readForm((await runCli(['sample', register, '--size', '50', '--seed', '42'])).stdout).slice(1);
    const cases = JSON.parse(blank.stdout) as Array<{ caseId: string; caseType: string; missing: string[] }>;
    expect(cases.map((c) => c.caseId)).toEqual(csv.map((r) => r[0]));
    for (const c of cases) expect(c.missing).toEqual(CRITERIA[c.caseType]);
  });

  it('prints the plan and ids as JSON', async () => {
    const { code, stdout } = await runCli(['sample', register, '--size', '50', '--seed', '42', '--format', 'json']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as {
      seed: number;
      method: string;
      size: number;
      strata: Array<{ type: string; register: number; frame: number; sample: number; ids: string[] }>;
      ids: string[];
    };
    expect([plan.seed, plan.method, plan.size]).toEqual([42, 'size', 50]);
    expect(plan.strata.map((s) => [s.type, s.register, s.frame, s.sample, s.ids.length])).toEqual([
      ['section-47', 300, 300, 30, 30],
      ['domestic-abuse', 120, 120, 12, 12],
      ['general-concern', 80, 80, 8, 8],
    ]);
    const csv = readForm((await runCli(['sample', register, '--size', '50', '--seed', '42'])).stdout).slice(1);
    expect(plan.ids).toEqual(csv.map((r) => r[0]));
  });
});

describe('sample options', () => {
  it('draws exact quotas, types named by alias, other types left out', async () => {
    const { code, stdout, stderr } = await runCli(['sample', register, '--quota', 'S47=4', '--quota', 'gc=80', '--seed', '1']);
    expect(code).toBe(0);
    const [header, ...rows] = readForm(stdout);
    expect(byType(rows)).toEqual({ 'section-47': 4, 'domestic-abuse': 0, 'general-concern': 80 });
    expect(header).toEqual([
      'case_id',
      'case_type',
      'opened',
      'team',
      'auditor',
      ...FIELDS,
      ...CRITERIA['section-47']!,
      ...CRITERIA['general-concern']!,
    ]);
    expect(stderr).toContain('sample of 84 from 380 cases, by quota (section-47=4, general-concern=80)');
  });

  it('raises small types to --min-per-type and says where the cases came from', async () => {
    const { stdout, stderr } = await runCli(['sample', register, '--size', '10', '--min-per-type', '3', '--seed', '1']);
    expect(byType(readForm(stdout).slice(1))).toEqual({ 'section-47': 4, 'domestic-abuse': 3, 'general-concern': 3 });
    expect(stderr).toContain(
      '--min-per-type 3 raised domestic-abuse from 2 to 3, general-concern from 2 to 3; taken from the largest: section-47 from 6 to 4',
    );
  });

  it('picks a seed when none is given, and prints how to rerun it', async () => {
    const picked = await runCli(['sample', register, '--size', '5']);
    const seed = /seed (\d+), rerun with --seed \1\n/.exec(picked.stderr)?.[1];
    expect(seed).toBeDefined();
    expect((await runCli(['sample', register, '--size', '5', '--seed', seed!])).stdout).toBe(picked.stdout);
  });

  it('leaves out the cases in --exclude files', async () => {
    const audited = ROWS.filter((r) => TYPE_OF.get(r[0]!) === 'general-concern').slice(0, 70);
    const done = file(
      'audited.csv',
      ['case_id,case_type,independent_grade', ...audited.map((r) => `${r[0]},gc,good`), 'OLD-1,gc,good'].join('\n'),
    );
    const { code, stdout, stderr } = await runCli(['sample', register, '--quota', 'gc=10', '--seed', '3', '--exclude', done]);
    expect(code).toBe(0);
    const ids = readForm(stdout)
      .slice(1)
      .map((r) => r[0]!);
    expect(ids).toHaveLength(10);
    expect(new Set(ids)).toEqual(
      new Set(
        ROWS.filter((r) => TYPE_OF.get(r[0]!) === 'general-concern')
          .slice(70)
          .map((r) => r[0]),
      ),
    );
    expect(stderr).toContain('excluded 70 register cases already audited (71 ids in the --exclude files)');
    const tooMany = await runCli(['sample', register, '--quota', 'gc=11', '--seed', '3', '--exclude', done]);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toContain(
      '--quota general-concern=11 is more than the register holds: 80 general-concern cases (10 after --exclude); nothing written',
    );
  });

  it('rejects a row of an unknown type with file:line, and still draws from the rest', async () => {
    const bad = file('bad.csv', registerCsv([...ROWS.slice(0, 3), ['X-1', 'burglary', '2017-01-01', 'North']]));
    const { code, stdout, stderr } = await runCli(['sample', bad, '--size', '3', '--seed', '1']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.csv:5:2: case "X-1": unknown case_type "burglary"/);
    expect(stderr).toContain('4 read = 0 graded + 3 ungraded + 1 rejected');
    expect(readForm(stdout)).toHaveLength(4);
  });
});

describe('sample errors', () => {
  it('refuses a quota larger than the register holds: exit 1, nothing written', async () => {
    const output = join(dir, 'never.csv');
    const { code, stdout, stderr } = await runCli(['sample', register, '--quota', 'da=121', '--quota', 'custody=1', '--output', output]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(existsSync(output)).toBe(false);
    expect(stderr).toContain(
      'case-audit: --quota domestic-abuse=121 is more than the register holds: 120 domestic-abuse cases; nothing written\n',
    );
    expect(stderr).toContain(
      'case-audit: --quota child-in-custody=1 is more than the register holds: 0 child-in-custody cases; nothing written\n',
    );
  });

  it.each([
    { name: '--size with --quota', args: ['--size', '5', '--quota', 'da=2'], message: '--size and --quota cannot be used together' },
    {
      name: 'an unknown quota type',
      args: ['--quota', 'burglary=2'],
      message:
        '--quota: unknown case type "burglary"; expected one of section-47, domestic-abuse, general-concern, child-sexual-exploitation',
    },
    { name: 'a quota without a number', args: ['--quota', 'da'], message: '--quota takes type=n' },
    {
      name: 'the same type twice',
      args: ['--quota', 'da=2', '--quota', 'domestic-abuse=3'],
      message: '--quota gives domestic-abuse twice',
    },
    { name: 'neither --size nor --quota', args: [], message: 'say how many cases to draw' },
    { name: '--min-per-type with --quota', args: ['--quota', 'da=2', '--min-per-type', '1'], message: '--min-per-type goes with --size' },
    { name: 'a seed that is not a whole number', args: ['--size', '5', '--seed', 'abc'], message: '--seed takes a whole number' },
    { name: 'a size of 0', args: ['--size', '0'], message: '--size takes a whole number of at least 1' },
  ])('exits 2 for $name', async ({ args, message }) => {
    const { code, stdout, stderr } = await runCli(['sample', register, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('exits 1 for a size larger than the register, or minimums that do not fit', async () => {
    const big = await runCli(['sample', register, '--size', '501']);
    expect([big.code, big.stdout]).toEqual([1, '']);
    expect(big.stderr).toContain('--size 501 is more than the register holds: 500 cases; nothing written');
    const min = await runCli(['sample', register, '--size', '5', '--min-per-type', '2']);
    expect([min.code, min.stdout]).toEqual([1, '']);
    expect(min.stderr).toContain('--min-per-type 2 needs 6 cases');
  });

  it('writes a YAML form over 512 KB, which is read back case by case: every case accounted for', async () => {
    // 450 section 47 cases make a form of ~660 KB: over WHOLE_BELOW (512 KB, load/yaml/yaml-cases.ts).
    const rows = Array.from({ length: 450 }, (_, i) => [`BIG-${String(i).padStart(5, '0')}`, 'section-47', '2017-01-01', 'North']);
    const big = file('big-register.csv', registerCsv(rows));
    const output = join(dir, 'big-form.yaml');
    const half = await runCli(['sample', big, '--size', '450', '--seed', '1', '--form-format', 'yaml', '-o', output]);
    expect(half.code).toBe(0);
    // Over the size a YAML file is parsed whole at, so the form is read cut into its cases.
    expect(statSync(output).size).toBeGreaterThan(512 * 1024);
    const scored = await runCli(['report', '--format', 'json', output]);
    expect(JSON.parse(scored.stdout).totals).toEqual({ read: 450, graded: 0, ungraded: 450, rejected: 0 });
  });
});
