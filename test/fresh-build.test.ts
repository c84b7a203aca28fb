// The process tests' guard against a stale dist/ (test/helpers/fresh-build.ts): a source newer than
// its built file, a source not built yet, or a tsconfig newer than a built file, each found.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleSource } from './helpers/fresh-build.js';
import { tempDir } from './helpers/tmp.js';

function tree(): { root: string; at: (rel: string, seconds: number) => string } {
  const root = tempDir();
  const at = (rel: string, seconds: number) => {
    const path = join(root, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '');
    utimesSync(path, seconds, seconds);
    return path;
  };
  at('tsconfig.json', 100);
  at('tsconfig.build.json', 100);
  at('src/main.ts', 200);
  at('src/load/csv/read.ts', 200);
  at('dist/main.js', 300);
  at('dist/load/csv/read.js', 300);
  return { root, at };
}

describe('staleSource', () => {
  it('finds nothing when every built file is newer than its source and the tsconfigs', () => {
    expect(staleSource(tree().root)).toBeUndefined();
  });

  it('names a source edited after the build', () => {
    const { root, at } = tree();
    expect(staleSource(root)).toBeUndefined();
    const edited = at('src/load/csv/read.ts', 400);
    expect(staleSource(root)).toBe(edited);
  });

  it('names a source never built', () => {
    const { root, at } = tree();
    const added = at('src/load/csv/split.ts', 250);
    expect(staleSource(root)).toBe(added);
  });

  it('finds the build stale when a tsconfig changed after it', () => {
    const { root, at } = tree();
    at('tsconfig.build.json', 350);
    expect(staleSource(root)).toBeDefined();
  });
});
