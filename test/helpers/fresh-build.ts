// Global set-up of the `process` tests (vitest.config.ts), which spawn bin/ and so run the built
// dist/: when any source under src/ is newer than its built file, `npm run build` runs first, so no
// test passes or fails on code that is no longer there. Watch mode checks again before every rerun.
// `npm test` builds before vitest, so there it finds nothing to do.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from './cli.js';

/** The first source whose built file is missing or older than it (or than the build's tsconfig), if any. */
export function staleSource(root = ROOT): string | undefined {
  const configs = ['tsconfig.json', 'tsconfig.build.json'].map((name) => statSync(join(root, name)).mtimeMs);
  const since = Math.max(...configs);
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = join(entry.parentPath, entry.name);
    const built = join(root, 'dist', source.slice(join(root, 'src').length).replace(/\.ts$/, '.js'));
    if (!existsSync(built)) return source;
    const at = statSync(built).mtimeMs;
    if (at < statSync(source).mtimeMs || at < since) return source;
  }
  return undefined;
}

function build(): void {
  const stale = staleSource();
  if (!stale) return;
  console.log(`dist/ is older than ${stale.slice(ROOT.length)}: npm run build`);
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  // tsc writes its output even with type errors (`npm run typecheck` reports those): fail only when
  // the build did not bring dist/ up to date.
  if (staleSource()) throw new Error(`npm run build did not bring dist/ up to date:\n${r.stdout}${r.stderr}`);
  if (r.status !== 0) console.warn(`npm run build reported:\n${r.stdout}${r.stderr}`);
}

export default function setup(project: TestProject): void {
  // Stryker's sandbox holds instrumented sources, and a spawned bin/ cannot see a mutant anyway
  // (stryker.config.mjs): there the copied build is left as it is.
  if (process.env.STRYKER_MUTATOR_WORKER !== undefined) return;
  build();
  project.onTestsRerun(build);
}
