// `report` and `compare` on files keep case ids as hashes and hold stderr back; when two ids may be
// equal (or more was printed than is held) they read everything again with the id table. Either way
// the output must be the id table's, byte for byte. The reference run here is the same command with
// the hash check forced to say "maybe equal", so it always takes the id table's path.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const mode = vi.hoisted(() => ({ recheck: false, weak: false }));

vi.mock('../../src/assemble/id-hashes.js', async (original) => {
  const real = await original<typeof import('../../src/assemble/id-hashes.js')>();
  class IdHashes extends real.IdHashes {
    // A weak hash (the key's length) makes distinct ids of one length collide.
    override add(key: string): void {
      super.add(mode.weak ? String(key.length) : key);
    }
    override anyEqual(): boolean {
      return mode.recheck || super.anyEqual();
    }
  }
  return { ...real, IdHashes };
});

const HEADER = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
const row = (id: string, self = 'good', findings = 'y,y,y,y,y,y,y,y') => `${id},domestic-abuse,${self},,,no,,${findings}`;
const dir = tempDir();
const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
  return path;
};

/** The run as it comes, and the id table's run of the same command. */
async function both(args: string[]) {
  mode.recheck = false;
  const deferred = await runCli(args);
  mode.recheck = true;
  const exact = await runCli(args);
  mode.recheck = false;
  return { deferred, exact };
}

describe('case ids checked at the end', () => {
  beforeEach(() => {
    mode.weak = false;
  });

  it('duplicates within a file and across files: the id table names each, and the output is its output', async () => {
    const first = file('first.csv', [row('A1'), row('A2', 'excellent'), row('A3'), row('A1', 'inadequate'), row('A4', '')]);
    const second = file('second.csv', [row('A3'), row('A5', 'good', 'y,n,y,y,y,y,y,y'), row('A2')]);
    for (const args of [
      ['report', '--format', 'json', first, second],
      ['report', first, second],
      ['compare', '--format', 'json', first, second],
    ]) {
      const { deferred, exact } = await both(args);
      expect(deferred).toEqual(exact);
      expect(exact.code).toBe(1);
    }
    const { deferred } = await both(['report', '--format', 'json', first, second]);
    expect(deferred.stderr).toContain('first.csv:5: case id "A1" is already used at');
    expect(deferred.stderr).toContain('second.csv:2: case id "A3" is already used at');
    // A2's first row was refused for its grade before its id was taken: the later A2 is its first.
    expect(deferred.stderr).not.toContain('case id "A2"');
    expect(JSON.parse(deferred.stdout).totals).toEqual({ read: 8, graded: 5, ungraded: 0, rejected: 3 });
  });

  it('distinct ids whose hashes collide: read again, nothing refused, the same output', async () => {
    const path = file('clean.csv', [row('B1'), row('B2', 'inadequate'), row('B3', '')]);
    const { exact } = await both(['report', '--format', 'json', path]);
    mode.weak = true;
    const debug = await runCli(['report', '--format', 'json', '--debug', path]);
    const plain = await runCli(['report', '--format', 'json', path]);
    expect(plain).toEqual(exact);
    expect(exact.code).toBe(0);
    expect(JSON.parse(exact.stdout).totals).toEqual({ read: 3, graded: 3, ungraded: 0, rejected: 0 });
    expect(debug.stderr).toContain('case-audit: debug: two case ids may be equal: reading again with the id table\n');
    // Nothing of the first reading is printed twice.
    expect(debug.stderr.match(/blank self_grade/g)).toHaveLength(1);
  });

  it('a clean file is read once, and its warnings come out once', async () => {
    const path = file('once.csv', [row('C1'), row('C2', '')]);
    const r = await runCli(['report', '--format', 'json', '--debug', path]);
    expect(r.stderr).not.toContain('reading again');
    expect(r.stderr.match(/blank self_grade/g)).toHaveLength(1);
  });

  it('more messages than are held back: read again so every one is printed, in order', async () => {
    // Past 1 MiB of held text (MAX_HELD_CHARS, render/diagnostics.ts). Every message starts with the
    // file's path: under a ~3,000-character path 500 rows hold ~1.6 MB, where a short path needed 12,000.
    const deep = join(dir, ...Array.from({ length: 12 }, (_, i) => `${i}`.padEnd(240, 'x')));
    mkdirSync(deep, { recursive: true });
    const path = join(deep, 'many.csv');
    writeFileSync(path, `${[HEADER, ...Array.from({ length: 500 }, (_, i) => row(`D${i}`, 'excellent'))].join('\n')}\n`);
    const args = ['report', '--format', 'json', '--max-errors', '100000', path];
    const { deferred, exact } = await both(args);
    expect(deferred).toEqual(exact);
    const printed = exact.stderr.split('\n').filter((l) => l.includes('got "excellent"'));
    expect(printed).toHaveLength(500);
    expect(printed.join('\n').length).toBeGreaterThan(1 << 20);
    const debug = await runCli([...args, '--debug']);
    expect(debug.stderr).toContain('case-audit: debug: more messages than are held back: reading again with the id table\n');
  });

  it('a run that stops (two rounds) prints what it read before the reason, as the id table would', async () => {
    const q1 = file('q1.csv', [row('E1', 'excellent'), row('E2')]);
    const q2 = join(dir, 'q2.csv');
    writeFileSync(q2, `${HEADER},round\n${row('E1')},Q2\n`);
    const { deferred, exact } = await both(['report', q1, q2, '--round', 'Q1']);
    expect(deferred).toEqual(exact);
    expect(exact.code).toBe(2);
    expect(exact.stderr).toMatch(/q1\.csv:2:3: [^\n]*got "excellent"[\s\S]*the inputs hold 2 audit rounds/);
  });

  it('stdin cannot be read again: its ids go to the id table at once', async () => {
    mode.weak = true;
    const text = `${[HEADER, row('F1'), row('F2')].join('\n')}\n`;
    const r = await runCli(['report', '--format', 'json', '--debug', '-'], { stdin: text });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('reading again');
  });
});
