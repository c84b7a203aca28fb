// A test file's name says how it runs (vitest.config.ts, docs/testing.md): the unit files share one
// module graph and start no process of substance, so a file that replaces a module (vi.mock) must be
// a *.mock.test.ts, which gets a fresh graph, and one that starts bin/, Chromium, Python or `mount`
// a *.process.test.ts, which runs on a fresh build and is left out of `npm run test:unit`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const files = readdirSync(join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.test.ts') && f !== 'test-layout.test.ts',
);
const source = (f: string) => readFileSync(join(ROOT, 'test', f), 'utf8');
const using = (pattern: RegExp) => files.filter((f) => pattern.test(source(f)));

/** Programs a unit test may start: the POSIX tools that make a fixture (a FIFO and its reader) in milliseconds. */
const FIXTURE_TOOLS = new Set(['mkfifo', 'cat']);

/** What a file starts: `bin` for the binary, `chromium`, or the first argument of each spawn or exec call. */
function started(text: string): string[] {
  const found: string[] = [];
  if (/\bspawnCli\(|\bBIN\b|bin\/case-audit\.js/.test(text)) found.push('bin');
  if (/\blaunchChromium\(/.test(text)) found.push('chromium');
  for (const m of text.matchAll(/(?<![\w$.])(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|fork)\(\s*([^,)]+)/g)) {
    const literal = /^(['"`])([^'"`]*)\1$/.exec(m[1]!.trim());
    found.push(literal ? literal[2]! : m[1]!.trim());
  }
  return found;
}

describe('test files are named for how they run', () => {
  it('finds the test files', () => {
    expect(files.length).toBeGreaterThan(90);
  });

  it('a file that replaces a module with vi.mock is a *.mock.test.ts', () => {
    const mocking = using(/\bvi\.(do)?[mM]ock\(/);
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((f) => !f.endsWith('.mock.test.ts'))).toEqual([]);
  });

  it('a file that starts bin/, a browser, Python or any program but a fixture tool is a *.process.test.ts', () => {
    const starting = files.map((f) => [f, started(source(f)).filter((p) => !FIXTURE_TOOLS.has(p))] as const);
    expect(starting.filter(([f, programs]) => f.endsWith('.process.test.ts') && programs.length > 0).length).toBeGreaterThan(5);
    expect(starting.filter(([f, programs]) => !f.endsWith('.process.test.ts') && programs.length > 0)).toEqual([]);
  });

  it('only npm run test:unit runs the big matrices one case of each kind (CASE_AUDIT_QUICK); npm test runs them whole', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['test:unit']).toMatch(/^CASE_AUDIT_QUICK=1 vitest run /);
    expect(Object.entries(scripts).filter(([name, line]) => name !== 'test:unit' && line.includes('CASE_AUDIT_QUICK'))).toEqual([]);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).not.toContain('CASE_AUDIT_QUICK');
  });

  it('sees each way of starting a program', () => {
    expect(started("spawnCli(['score'])")).toEqual(['bin']);
    expect(started('await launchChromium();')).toEqual(['chromium']);
    expect(started("spawnSync(PYTHON, ['-c', s]); spawnSync('mount', []); spawn('cat', [f]); execFileSync(`sh`, [])")).toEqual([
      'PYTHON',
      'mount',
      'cat',
      'sh',
    ]);
    expect(started("/x(\\d+)/.exec(text); spawnSync('mkfifo', [p])")).toEqual(['mkfifo']);
  });
});
