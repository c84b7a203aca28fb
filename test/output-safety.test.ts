// Output that is safe to open: CSV cells that cannot run as formulas, notes that never leave the
// process, and --output that is all or nothing (a closed pipe: output-safety.process.test.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/text/csv.js';
import { fixture, runCli } from './helpers/cli.js';
import { quickOr } from './helpers/quick.js';
import { DA_HEADER, daRow, tempDir } from './helpers/tmp.js';

const tmp = tempDir();

describe('CSV exports neutralise formulas (OWASP CSV injection)', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+44 1452', "'+44 1452"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['\ncmd', `"'\ncmd"`],
    ['G17-001', 'G17-001'],
    ['a, "b"', '"a, ""b"""'],
  ])('string %j -> %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    [-1, '-1'],
    [0.25, '0.25'],
    [89, '89'],
  ])('number %j is never touched', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('score --format csv: a BOM, and no cell that a spreadsheet would run', async () => {
    const ids = ['=HYPERLINK("http://example.com","x")', '-2+3', '+1', '@SUM(1)', 'S-1'];
    const path = join(tmp, 'formulas.csv');
    writeFileSync(path, [DA_HEADER, ...ids.map((id) => daRow(`"${id.replaceAll('"', '""')}"`))].join('\n'));
    const r = await runCli(['score', '--format', 'csv', path]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeffcase_id,')).toBe(true);
    const rows = parse(r.stdout.slice(1), { relax_column_count: false }) as string[][];
    expect(rows).toHaveLength(1 + ids.length);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
    expect(rows.slice(1).map((row) => row[0])).toEqual(ids.map((id) => (id === 'S-1' ? id : `'${id}`)));
  });
});

describe('notes and override reasons never leave the process', () => {
  const MARKER = 'NOTE4417';
  const files = ['cases.csv', 'cases.yaml', 'broken.yaml'].map((f) => fixture(`privacy/${f}`));

  async function help(path: string[]): Promise<string> {
    return (await runCli([...path, '--help'])).stdout;
  }
  const section = (text: string, title: string) => text.split(`${title}:\n`)[1]?.split(/\n(?:\n|\S)/)[0] ?? '';

  /** Every runnable command (subcommands included) as listed by --help, so commands added later are covered. */
  async function leaves(path: string[] = []): Promise<Array<{ path: string[]; usage: string; formats: string[] }>> {
    const text = await help(path);
    // A command line is indented two spaces; wrapped descriptions are indented further.
    const names = section(text, 'Commands')
      .split('\n')
      .map((l) => /^ {2}([a-z][\w-]*)/.exec(l)?.[1] ?? '')
      .filter((n) => n && n !== 'help');
    if (path.length > 2) throw new Error(`unexpected command depth: ${path.join(' ')}`);
    if (path.length > 0 && names.length === 0) {
      const usage = /Usage: \S+ (.*)/.exec(text)?.[1] ?? '';
      // Wrapped help lines are indented further than option lines: join them, then read --format's line.
      const formatLine =
        text
          .replace(/\n {6,}/g, ' ')
          .split('\n')
          .find((l) => /^\s+(?:-f, )?--format </.test(l)) ?? '';
      const choices = /\(choices: (.*?)(?:, default:|\))/.exec(formatLine)?.[1] ?? '';
      const formats = [...choices.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      return [{ path, usage, formats: formats.length ? formats : [''] }];
    }
    const out = [];
    for (const name of names) out.push(...(await leaves([...path, name])));
    return out;
  }

  function argsFor(usage: string, path: readonly string[] = []): string[] {
    // The log's and the recommendations' own files; the log's notes carry the marker too.
    if (path[0] === 'referrals' || path[0] === 'dashboard')
      return ['--log', fixture('privacy/referrals.csv'), '--as-of', '2025-01-01', ...files];
    if (path[0] === 'actions') return ['--as-of', '2025-01-01', fixture('recommendations/recommendations.yaml'), ...files];
    if (/<case-type>/.test(usage)) return ['domestic-abuse'];
    if (/<files?\.\.\.>|\[files?\.\.\.\]/.test(usage)) return files;
    if (/\[dir\]|<dir>/.test(usage)) return [];
    return files;
  }

  it('every command and format, stdout, stderr and --output alike', async () => {
    const commands = await leaves();
    expect(commands.map((c) => c.path.join(' '))).toEqual(expect.arrayContaining(['score', 'validate']));
    expect(commands.find((c) => c.path[0] === 'score')?.formats).toEqual(['table', 'markdown', 'csv', 'json', 'xlsx']);
    let runs = 0;
    for (const { path, usage, formats } of commands) {
      // The fast loop (test/helpers/quick.ts): every command in its first format, report in every format.
      for (const format of quickOr(path[0] === 'report' ? formats : formats.slice(0, 1), formats)) {
        const args = [...path, ...(format ? ['--format', format] : []), ...argsFor(usage, path)];
        const r = await runCli(args);
        const where = `case-audit ${args.join(' ')}`;
        expect(`${r.stdout}\n${r.stderr}`, where).not.toContain(MARKER);
        expect(r.stderr, where).not.toContain('internal error');
        const out = join(tmp, `out-${runs}`);
        const w = await runCli([...path, ...(format ? ['--format', format] : []), '--output', out, ...argsFor(usage, path)]);
        const written = readdirSync(tmp).includes(`out-${runs}`) ? readFileSync(out, 'utf8') : '';
        expect(`${written}\n${w.stdout}\n${w.stderr}`, `${where} --output`).not.toContain(MARKER);
        runs++;
      }
    }
    expect(runs).toBeGreaterThanOrEqual(6);
    // Every command twice in every format: a minute on a loaded machine.
  }, 60_000);

  it('the fixture does carry the marker, and the rejected rows are reported', async () => {
    expect(readFileSync(files[0]!, 'utf8')).toContain(MARKER);
    const r = await runCli(['validate', ...files]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cases.csv:4:3: case "P-3": self_grade is not a grade');
    expect(r.stderr).toContain('cases.csv:10:2: case "P-7": unknown case_type (not shown: it does not look like a name)');
  });
});

describe('--output is atomic', () => {
  const listing = (dir: string) => readdirSync(dir).sort();

  it.each([
    ['a missing input', ['score', 'no-such-file.csv']],
    ['an unreadable criteria directory', ['score', '--criteria', 'no-such-criteria', fixture('gloucestershire-2017.csv')]],
    ['an unknown format', ['score', '--format', 'xml', fixture('gloucestershire-2017.csv')]],
  ])('a failed run (%s) leaves the existing file untouched and no temporary file', async (_name, args) => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    writeFileSync(out, 'OLD');
    const r = await runCli([...args, '--output', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('OLD');
    expect(listing(dir)).toEqual(['report.json']);
  });

  it('a run with rejected rows still writes the valid cases (exit 1), with no temporary file', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    writeFileSync(out, 'OLD');
    const r = await runCli(['score', '--format', 'json', '--output', out, fixture('bad/invalid-grade.csv')]);
    expect(r.code).toBe(1);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Array<{ caseId: string }>).map((c) => c.caseId)).toEqual(['G-2']);
    expect(listing(dir)).toEqual(['report.json']);
  });
});
