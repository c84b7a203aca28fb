// CLI conventions a user of git or eslint expects (issue 16 items 3 and 8, issue 15 item 10).
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, runCli } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempDir } from '../helpers/tmp.js';

const tmp = tempDir();
const file = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const GC = fixture('gloucestershire-2017.csv');

describe('short options and --output -', () => {
  it('-f, -c, -o - (stdout) work as the long forms', async () => {
    const long = await runCli(['score', '--format', 'json', '--criteria', 'criteria', GC]);
    const short = await runCli(['score', '-f', 'json', '-c', 'criteria', '-o', '-', GC]);
    expect(short.code).toBe(0);
    expect(short.stdout).toBe(long.stdout);
    expect(JSON.parse(short.stdout)).toHaveLength(89);
  });

  it('--format is case-insensitive', async () => {
    const r = await runCli(['report', '--format', 'JSON', GC]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals.read).toBe(89);
  });

  it("--output '' is a usage error", async () => {
    const r = await runCli(['score', '--output', '', GC]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('case-audit: --output needs a file name (or - for stdout) (see case-audit --help)\n');
  });

  it('an unknown format names the choices, exit 2', async () => {
    const r = await runCli(['score', '-f', 'yaml', GC]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Allowed choices are table, markdown, csv, json');
  });
});

describe('-q and repeated warnings', () => {
  const a = file('a.csv', `${DA_HEADER},team\n${daRow('A-1')},red\n`);
  const b = file('b.csv', `${DA_HEADER},team\n${daRow('B-1')},blue\n`);
  const c = file('c.csv', `${DA_HEADER},team\n${daRow('C-1')},blue\n`);

  it('a warning repeated in every file is printed once, then counted', async () => {
    const r = await runCli(['score', '-f', 'json', a, b, c]);
    expect(r.stderr.split('\n').filter((l) => l.includes('column "team" is not a criterion'))).toHaveLength(2);
    expect(r.stderr).toContain(`${a}:1:16: warning: column "team"`);
    expect(r.stderr).toContain('case-audit: warning repeated 2 more times, printed once above: column "team"');
  });

  it('-q: errors only; a clean run prints nothing on stderr', async () => {
    const r = await runCli(['score', '-q', '-f', 'json', a, b]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it('-q still prints errors and the accounting line of a failing run', async () => {
    const bad = file('bad.csv', `${DA_HEADER}\n${daRow('D-1', '', 'y,y,y,maybe,y,y,y,y')}\n`);
    const r = await runCli(['score', '-q', '-f', 'json', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('DA4 is not a finding');
    expect(r.stderr).toContain('1 read = 0 graded + 0 ungraded + 1 rejected');
  });

  it('validate -q on a clean run prints nothing, exit 0', async () => {
    const r = await runCli(['validate', '-q', GC]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('help', () => {
  it('bare case-audit: help on stdout, exit 0', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: case-audit \[options\] \[command\]/);
    expect(r.stderr).toBe('');
  });

  it('bare case-audit criteria: its help on stdout, exit 0', async () => {
    const r = await runCli(['criteria']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: case-audit criteria/);
    expect(r.stderr).toBe('');
  });

  it('an unknown command: one line with its suggestion, exit 2', async () => {
    const r = await runCli(['scor']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("case-audit: unknown command 'scor' (Did you mean score?) (see case-audit --help)\n");
  });

  it.each(['score', 'report', 'compare', 'validate', 'template', 'sample', 'dashboard'])(
    '%s --help shows examples and the exit codes',
    async (cmd) => {
      const r = await runCli([cmd, '--help']);
      expect(r.code).toBe(0);
      const examples = r.stdout.split('Examples:\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
      expect(examples.length).toBeGreaterThanOrEqual(2);
      for (const e of examples) expect(e).toMatch(new RegExp(`^  \\$ case-audit ${cmd} `));
      expect(r.stdout).toContain('Exit codes:\n  0  success\n  1  the input was read but fails a check');
      expect(r.stdout).toContain('-q, --quiet');
      expect(r.stdout).toContain('-o, --output <file>');
    },
  );
});

describe('validate lists the ungraded cases', () => {
  it('with their missing criteria, capped with a count', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => daRow(`U-${i + 1}`, '', 'y,y,,y,y,y,y,'));
    const r = await runCli(['validate', file('ungraded.csv', `${DA_HEADER}\n${rows.join('\n')}\n`)]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Ungraded, not counted in any table (12):');
    expect(lines[1]).toBe('  U-1: missing DA3, DA8');
    expect(lines[10]).toBe('  U-10: missing DA3, DA8');
    expect(lines[11]).toBe('  and 2 more');
    expect(lines[12]).toBe('12 read = 0 graded + 12 ungraded + 0 rejected: valid');
  });
});

describe('the missing-criteria hint is true where it is given', () => {
  it('--criteria: "or leave out --criteria"', async () => {
    const r = await runCli(['score', '-c', 'no-such-criteria', GC]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'no-such-criteria: no such criteria directory; expected a directory of criteria YAML files (or leave out --criteria for the bundled ones)\n',
    );
  });

  it('a [dir] argument: "or leave out the directory", never a --criteria that was not given', async () => {
    for (const args of [
      ['criteria', 'list', 'no-such-criteria'],
      ['criteria', 'validate', 'no-such-criteria'],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        'no such criteria directory; expected a directory of criteria YAML files (or leave out the directory for the bundled ones)',
      );
      expect(r.stderr).not.toContain('--criteria');
    }
  });
});
