// Every command that takes --output, with arguments that make it write, and every format it offers
// (read from the renderer maps, so a format added later is tested too).
import { formatsOf } from '../../src/render/formats.js';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';
import { fixture, type CliResult } from './cli.js';
import { DA_HEADER, daRow, tempFiles } from './tmp.js';

export interface OutputCommand {
  /** How a test names it, where the command alone would not tell two apart. */
  label?: string;
  command: string[];
  args: string[];
  formats: readonly string[];
  /** The format without --format (as the contract says). */
  byDefault: string;
}

const GC = fixture('gloucestershire-2017.csv');
/** Enough cases that `score` writes while it still reads (its first 64 KB goes out mid-file). */
const MANY = tempFiles('case-audit-outputs-')(
  'many.csv',
  [DA_HEADER, ...Array.from({ length: 5000 }, (_, i) => daRow(`M-${i}`))].join('\n'),
);

export const OUTPUT_COMMANDS: readonly OutputCommand[] = [
  { byDefault: 'table', command: ['score'], args: [GC], formats: formatsOf('score') },
  { label: 'score, 5,000 cases', byDefault: 'table', command: ['score'], args: [MANY], formats: formatsOf('score') },
  { byDefault: 'table', command: ['report'], args: [GC], formats: formatsOf('report') },
  { byDefault: 'table', command: ['compare'], args: [GC], formats: formatsOf('compare') },
  { byDefault: 'table', command: ['trend'], args: [fixture('rounds/all-rounds-long.csv')], formats: formatsOf('trend') },
  { byDefault: 'table', command: ['validate'], args: [GC], formats: formatsOf('validate') },
  { byDefault: 'csv', command: ['sample'], args: [GC, '--size', '5', '--seed', '1'], formats: formatsOf('sample') },
  {
    label: 'sample --second-marker',
    byDefault: 'csv',
    command: ['sample'],
    args: [
      '-c',
      fixture('qa-round/criteria'),
      fixture('qa-round/cases.csv'),
      '--second-marker',
      'moderator',
      '--rate',
      '10%',
      '--seed',
      '3',
    ],
    // The moderation form's own formats (an xlsx moderation form is issue 23 item 12's).
    formats: ['csv', 'yaml', 'json'],
  },
  { byDefault: 'csv', command: ['template'], args: ['domestic-abuse'], formats: formatsOf('template') },
  { byDefault: 'table', command: ['criteria', 'list'], args: [], formats: formatsOf('criteria list') },
  { byDefault: 'text', command: ['criteria', 'validate'], args: [fixture('criteria-bad')], formats: formatsOf('criteria validate') },
  { byDefault: 'json', command: ['criteria', 'schema'], args: [], formats: ['json'] },
];

/** Each command with each of its formats: `[name, argv without --output]`. */
export const OUTPUT_RUNS: ReadonlyArray<readonly [string, string[]]> = OUTPUT_COMMANDS.flatMap(({ label, command, args, formats }) =>
  formats.map((format) => [`${label ?? command.join(' ')} -f ${format}`, [...command, ...args, '--format', format]] as const),
);

/** A run that could not write for want of space: exit 2, `out` still `old`, the folder as `listing`, one line naming the file. */
export function expectFullDisk(r: CliResult, out: string, old: Buffer, listing: string[]): void {
  expect(r.code).toBe(2);
  expect(readFileSync(out)).toEqual(old);
  expect(readdirSync(dirname(out)).sort()).toEqual(listing);
  const lines = r.stderr.split('\n').filter((l) => l.includes('cannot write'));
  expect(lines).toEqual([`${out}: cannot write: no space left on the device; the existing file is unchanged`]);
  expect(r.stderr).not.toContain('internal error');
}
