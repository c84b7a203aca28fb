// File arguments (issue 16 item 9, issue 15 item 21): glob patterns expanded by case-audit itself,
// Windows separators too; a pattern matching nothing is an error naming it; an existing path is never
// a pattern; many inputs are opened one at a time, and no message shows a raw errno code.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempDir } from '../helpers/tmp.js';

const dir = tempDir();
const write = (rel: string, content: string) => {
  const path = join(dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};
write('cases/a.csv', `${DA_HEADER}\n${daRow('A-1')}\n`);
write('cases/b.csv', `${DA_HEADER}\n${daRow('B-1')}\n`);
write('cases/notes.txt', 'not a case file');
write('forms/2026/q1/c.csv', `${DA_HEADER}\n${daRow('C-1')}\n`);
write('[draft].csv', `${DA_HEADER}\n${daRow('D-1')}\n`);

const ids = (stdout: string) => (JSON.parse(stdout) as Array<{ caseId: string }>).map((c) => c.caseId);

describe('glob patterns in file arguments', () => {
  it.each([
    [`${dir}/cases/*.csv`, ['A-1', 'B-1']],
    [`${dir}\\cases\\*.csv`, ['A-1', 'B-1']],
    [`${dir}/**/*.csv`, ['D-1', 'A-1', 'B-1', 'C-1']],
    [`${dir}/forms/**/*.csv`, ['C-1']],
  ])('%s', async (pattern, expected) => {
    const r = await runCli(['score', '--format', 'json', pattern]);
    expect(r.code, r.stderr).toBe(0);
    expect(ids(r.stdout)).toEqual(expected);
  });

  it('a pattern matching nothing is an error naming it (exit 2)', async () => {
    const r = await runCli(['score', `${dir}/cases/*.xlsx`]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `${dir}/cases/*.xlsx: no files match this pattern; expected case files (check the folder and the extension)`,
    );
  });

  it('an existing path is read as it is, even when it looks like a pattern', async () => {
    const r = await runCli(['score', '--format', 'json', join(dir, '[draft].csv')]);
    expect(r.code, r.stderr).toBe(0);
    expect(ids(r.stdout)).toEqual(['D-1']);
  });

  it('--exclude takes patterns too', async () => {
    const register = write('register.csv', 'case_id,case_type\nA-1,da\nB-1,da\nX-1,da\n');
    const r = await runCli(['sample', '--size', '1', '--seed', '1', '--format', 'json', register, '--exclude', `${dir}/cases/*.csv`]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { ids: string[] }).ids).toEqual(['X-1']);
  });
});

// `ulimit -n` needs a shell; bash is checked for, and the case skipped (saying so) without it.
const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;

describe('many inputs', () => {
  it.skipIf(!hasBash)('1,100 files under a limit of 128 open files are all read (needs bash for ulimit)', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 1100; i++) writeFileSync(join(many, `f${String(i).padStart(4, '0')}.csv`), `${DA_HEADER}\n${daRow(`M-${i}`)}\n`);
    const r = spawnSync('bash', ['-c', `ulimit -n 128 && exec "${process.execPath}" bin/case-audit.js validate "${many}/*.csv"`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).not.toMatch(/EMFILE|ENFILE/);
    expect(r.stdout).toBe('1,100 read = 1,100 graded + 0 ungraded + 0 rejected: valid\n');
    expect(r.status).toBe(0);
  });

  it('an unreadable input is said in words, never as an errno code', async () => {
    const r = await runCli(['score', join(dir, 'cases/a.csv/inside.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot open: a folder in the path is a file');
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});
