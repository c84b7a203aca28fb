// Each command's --help lists its own options first, then the shared ones that apply to it; a shared
// option the command never uses (template reads no case files) is not listed (issue 29 item 12).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** The options every command is given, as program.ts defines them (written out here, not imported). */
const READING = [
  '--force-name',
  '--inspectorate',
  '--round',
  '--strict',
  '--delimiter',
  '--sheet',
  '--map',
  '--map-file',
  '--type-map',
  '--encoding',
  '--max-errors',
];
const SHARED = new Set(['--criteria', '--format', '--output', '--no-color', '--quiet', '--debug', ...READING]);

/** The long names in the Options section, in order. */
async function optionsOf(command: string[]): Promise<string[]> {
  const { code, stdout } = await runCli([...command, '--help']);
  expect(code).toBe(0);
  const section = stdout.slice(stdout.indexOf('Options:'), stdout.search(/\n\n(Examples|Exit codes|Commands):/));
  return [...section.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!);
}

// [command, some of its own options, shared options it must not list]
const CASES: Array<[string[], string[], string[]]> = [
  [['score'], ['--columns'], ['--inspectorate']],
  [['report'], ['--themes', '--by', '--threads'], []],
  [['compare'], ['--weights', '--between', '--by', '--threads'], []],
  [['trend'], ['--role', '--between', '--order'], []],
  [['dashboard'], ['--recommendations', '--log', '--as-of', '--overdue-days', '--order'], []],
  [['validate'], [], ['--force-name', '--inspectorate']],
  [['sample'], ['--size', '--quota', '--seed', '--second-marker'], ['--inspectorate', '--strict']],
  [['template'], [], READING],
  [['criteria', 'validate'], ['--verbose'], READING],
  [['criteria', 'list'], [], READING],
  [['criteria', 'schema'], [], READING],
];

describe('--help: own options first, only options that apply', () => {
  it.each(CASES)('%s', async (command, own, absent) => {
    const names = await optionsOf(command);
    expect(names).toEqual(expect.arrayContaining([...own, '--criteria', '--format', '--output', '--help']));
    const firstShared = names.findIndex((n) => SHARED.has(n));
    // Every option before the first shared one is the command's own, and none comes after it.
    expect(names.slice(firstShared).filter((n) => !SHARED.has(n))).toEqual(['--help']);
    for (const n of own) expect(names.indexOf(n)).toBeLessThan(firstShared);
    for (const n of absent) expect(names).not.toContain(n);
  });

  it('an option left out of the help is still accepted (template --round works as before)', async () => {
    const r = await runCli(['template', 'domestic-abuse', '--round', '2025-Q1']);
    expect(r.code).toBe(0);
  });
});
