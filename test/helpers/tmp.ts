// Temporary folders for files a test makes (binary, big, special): never committed, removed after.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A fresh folder, world-traversable so a test may read it as another user; removed after the file's tests. */
export function tempDir(prefix = 'case-audit-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The header of a domestic-abuse case file, and a complete row for it (every criterion met). */
export const DA_HEADER =
  'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
export const daRow = (id: string, notes = '', findings = 'y,y,y,y,y,y,y,y') => `${id},domestic-abuse,,,,no,${notes},${findings}`;

/** The stack-trace shape Node prints: a line starting with spaces and "at ". */
export const STACK = /\n\s+at /;

/** A fresh folder and a function writing a named file into it, returning its path. */
export function tempFiles(prefix?: string): (name: string, content: string | Buffer) => string {
  const dir = tempDir(prefix);
  return (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
}
