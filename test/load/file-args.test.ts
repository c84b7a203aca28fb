// File arguments (issue 16 item 9, issue 15 item 21): glob patterns expanded by case-audit itself,
// Windows separators too; a pattern matching nothing is an error naming it; an existing path is never
// a pattern, and no message shows a raw errno code (many inputs under a limit of open files:
// file-args.process.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
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

describe('an input that cannot be opened', () => {
  it('an unreadable input is said in words, never as an errno code', async () => {
    const r = await runCli(['score', join(dir, 'cases/a.csv/inside.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot open: a folder in the path is a file');
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});
