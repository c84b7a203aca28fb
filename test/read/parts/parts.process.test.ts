// A large file read in parts on worker threads gives the one-thread output byte for byte, in every
// format and every diagnostic, or is read on one thread when a part cannot be trusted (a cut inside
// a quoted field, line ends the line count cannot follow, a case id in two parts). Worker threads
// run the built part-worker.js, so these tests spawn bin/ (dist/ is rebuilt first when src/ is newer:
// test/helpers/fresh-build.ts); in-thread.test.ts reads the same parts from the sources.
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../../helpers/cli.js';
import { LONG_HEADER, longFormRows } from '../../helpers/long-form-rows.js';
import { tempDir } from '../../helpers/tmp.js';

const HEADER = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,team,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
const GRADES = ['good', 'requires improvement', 'inadequate'];

/** One row per number: blanks, rejects, overrides, multi-line notes and stray quotes spread through the file. */
function row(i: number): string {
  const id = `DA-${String(i).padStart(6, '0')}`;
  const self = i % 7 === 0 ? '' : GRADES[i % 3]!;
  let findings = i % 11 === 0 ? 'y,n,y,y,n,y,y,y' : 'y,y,y,y,y,y,y,y';
  if (i % 41 === 0) findings = 'y,y,,,y,y,y,y';
  let independent = i % 89 === 0 ? 'good' : '';
  if (i % 97 === 0) independent = 'excellent';
  const reason = i % 89 === 0 || i % 61 === 0 ? 'reason text' : '';
  const referred = i % 101 === 0 ? 'yes' : 'no';
  let notes = i % 53 === 0 ? '"first line\nsecond, line"' : '';
  if (i % 499 === 0) notes = 'a stray " quote';
  return [id, 'domestic-abuse', self, independent, reason, referred, notes, `team-${i % 5}`, findings].join(',');
}

const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => row(from + k));
const DATA = rows(1, 6000);

let dir: string;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** The run with --threads 3 --debug: its stdout, its stderr without the debug lines, and those lines. */
function threaded(args: string[]) {
  const r = spawnCli([...args, '--threads', '3', '--debug']);
  const lines = r.stderr.split('\n');
  return {
    ...r,
    stderr: lines.filter((l) => !l.includes('debug:')).join('\n'),
    debug: lines.filter((l) => l.includes('debug:')).join('\n'),
  };
}

function expectSameAsOneThread(args: string[], debug: RegExp) {
  const one = spawnCli([...args, '--threads', '1']);
  const parts = threaded(args);
  expect(parts.debug).toMatch(debug);
  expect(parts.stdout).toBe(one.stdout);
  expect(parts.stderr).toBe(one.stderr);
  expect(parts.code).toBe(one.code);
  return one;
}

describe('report --threads', () => {
  beforeAll(() => {
    dir = tempDir();
  });

  it('merges the parts into the one-thread report, in every format, with every diagnostic in order', () => {
    const path = file('lf.csv', `${HEADER}\n${DATA.join('\n')}\n`);
    for (const format of ['json', 'table', 'csv', 'markdown']) {
      const one = expectSameAsOneThread(['report', path, '--format', format, '--by', 'team'], /read in 3 parts/);
      if (format !== 'json') continue;
      // The file is what it should be: rejects in every part, warnings, blank self grades named once.
      const totals = JSON.parse(one.stdout).totals;
      expect(totals.read).toBe(5999);
      expect(totals.read).toBe(totals.graded + totals.ungraded + totals.rejected);
      expect(totals.rejected).toBe(61 + 12); // "excellent" (every 97th row) and a stray quote (every 499th)
    }
  });

  // Skipped on one core (said in the title then): no part is read beside the main thread there.
  it.skipIf(availableParallelism() < 2)(
    `a file of two parts or more (over 16 MB) starts its first worker before the command loads, with the same report${availableParallelism() < 2 ? ' (skipped: one core)' : ''}`,
    () => {
      const large = file('large.csv', [HEADER, ...rows(1, 300_000), ''].join('\n'));
      // To files: the report and the messages of 300,000 rows are more than a pipe's buffer here.
      const run = (name: string, extra: string[]) => {
        const out = join(dir, name);
        const r = spawnCli(['report', large, '--format', 'json', '--quiet', '-o', out, ...extra]);
        return { ...r, report: readFileSync(out, 'utf8') };
      };
      const one = run('one.json', ['--threads', '1']);
      const parts = run('parts.json', ['--debug']);
      expect(parts.stderr).toContain(`debug: ${large}: the first worker was started before the command loaded`);
      expect(parts.stderr).toMatch(/read in [2-9] parts/);
      expect(parts.report).toBe(one.report);
      expect(JSON.parse(one.report).totals.read).toBe(299_999);
      // A small file read in parts by --threads starts its worker only when its header is read.
      const small = spawnCli([
        'report',
        file('small.csv', [HEADER, ...DATA, ''].join('\n')),
        '--format',
        'json',
        '--threads',
        '2',
        '--debug',
      ]);
      expect(small.stderr).toMatch(/read in 2 parts/);
      expect(small.stderr).not.toContain('started before');
    },
  );

  it('compare merges its parts too: the matrix, kappas, per type and per team', () => {
    const path = file('compare.csv', `${HEADER}\n${DATA.join('\n')}\n`);
    for (const format of ['json', 'table']) {
      const one = expectSameAsOneThread(['compare', path, '--format', format, '--by', 'team'], /read in 3 parts/);
      if (format === 'json') expect(JSON.parse(one.stdout).n).toBeGreaterThan(1000);
    }
    expectSameAsOneThread(['compare', path, '--format', 'json', '--between', 'self,independent'], /read in 3 parts/);
  });

  it('gives the same result with CRLF line ends', () => {
    const path = file('crlf.csv', `${HEADER}\r\n${DATA.join('\r\n')}\r\n`);
    expectSameAsOneThread(['report', path, '--format', 'json'], /read in 3 parts/);
  });

  it('reads on one thread when a case id is in two parts, so the duplicate names its first place', () => {
    const path = file('dup.csv', `${HEADER}\n${[...DATA, row(2)].join('\n')}\n`);
    const args = ['report', path, '--format', 'json', '--max-errors', '1000'];
    // Read first with the ids as hashes (in parts), then again with the id table, whose parts share an id.
    const one = expectSameAsOneThread(
      args,
      /read in 3 parts.*\n.*two case ids may be equal: reading again with the id table\n.*read on one thread after the first cut: a case id or round is in more than one part/,
    );
    expect(one.stderr).toMatch(/dup\.csv:\d+: case id "DA-000002" is already used at .*dup\.csv:3;/);
  });

  it('checks a later file against every part of a file read in parts: its duplicates name the first place', () => {
    const big = file('big.csv', `${HEADER}\n${DATA.join('\n')}\n`);
    // The first id, one from the middle and the last: read by different threads of the first file.
    const later = file('later.csv', `${HEADER}\n${[row(1), row(3000), row(5999), row(7000)].join('\n')}\n`);
    const one = expectSameAsOneThread(['report', big, later, '--format', 'json'], /big\.csv: read in 3 parts/);
    // Multi-line notes put the ids' lines past their row numbers; the one-thread run above agrees.
    const named = [...one.stderr.matchAll(/later\.csv:(\d): case id "(DA-\d+)" is already used at .*big\.csv:(\d+);/g)];
    expect(named.map((m) => [m[1], m[2]])).toEqual([
      ['2', 'DA-000001'],
      ['3', 'DA-003000'],
      ['4', 'DA-005999'],
    ]);
    expect(named.map((m) => Number(m[3]))).toEqual([2, expect.any(Number), expect.any(Number)]);
    expect(Number(named[2]![3])).toBeGreaterThan(6000);
    expect(JSON.parse(one.stdout).totals.rejected).toBe(61 + 12 + 3);
  });

  it('reads on one thread when the first cut falls inside a quoted field', () => {
    const quoted = `DA-999999,domestic-abuse,good,,,no,"${'xxxxxxxxx\n'.repeat(20_000)}",team-1,y,y,y,y,y,y,y,y`;
    const path = file('quoted.csv', `${HEADER}\n${[...rows(1, 1000), quoted, ...rows(1000, 6000)].join('\n')}\n`);
    const one = expectSameAsOneThread(
      ['report', path, '--format', 'json'],
      /read on one thread after the first cut: a record is open at the first cut/,
    );
    expect(JSON.parse(one.stdout).totals.read).toBe(6000);
  });

  it('reads on one thread when lone CR line ends make the line count differ', () => {
    const text = `${HEADER}\n${rows(1, 11).join('\r')}\n${rows(11, 6000).join('\n')}\n`;
    const path = file('cr.csv', text);
    expectSameAsOneThread(
      ['report', path, '--format', 'json'],
      /read on one thread after the first cut: the first cut is at line \d+, not \d+/,
    );
  });

  it('cuts each of several files, after a byte order mark, a sep= line, a mapped header and a Windows-1252 encoding', () => {
    const mapped = HEADER.replace('case_id', 'Ref');
    const first = file('bom.csv', `\ufeffsep=,\n${mapped}\n${rows(1, 3000).join('\n')}\n`);
    const cp1252 = Buffer.from(
      `${mapped}\n${rows(3000, 6000).join('\n').replaceAll('second, line', 'seconde ligne, \u00e9t\u00e9')}\n`,
      'latin1',
    );
    const second = join(dir, 'cp1252.csv');
    writeFileSync(second, cp1252);
    const args = ['report', first, second, '--format', 'json', '--map', 'case_id=Ref', '--encoding', 'windows-1252'];
    const one = spawnCli([...args, '--threads', '1']);
    const parts = spawnCli([...args, '--threads', '2', '--debug']);
    expect(parts.stderr.match(/debug: .*read in 2 parts/g)).toHaveLength(2);
    expect(parts.stdout).toBe(one.stdout);
    expect(parts.stderr.split('\n').filter((l) => !l.includes('debug:'))).toEqual(one.stderr.split('\n'));
    expect(JSON.parse(one.stdout).totals.read).toBe(5999);
  });

  it('reads UTF-16 on one thread: a 0x0A byte there may be half of a character', () => {
    const text = `${HEADER}\n${rows(1, 4000).join('\n').replaceAll('second, line', '\u4e0a\u010a')}\n`;
    const path = join(dir, 'utf16.csv');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const one = expectSameAsOneThread(['report', path, '--format', 'json'], /read on one thread: UTF-16LE cannot be cut at its bytes/);
    expect(JSON.parse(one.stdout).totals.read).toBe(3999);
  });
});

describe('long form --threads', () => {
  beforeAll(() => {
    dir = tempDir();
  });

  it('compare --between and report: each part joined on its worker, adopted in file order, the one-thread output', () => {
    const path = file('long.csv', `${LONG_HEADER}\n${longFormRows(4000, false).join('\n')}\n`);
    for (const args of [
      ['compare', '--between', 'self,independent', '--by', 'auditor', '--format', 'json'],
      ['compare', '--between', 'moderator,self'],
      ['report', '--format', 'json'],
    ]) {
      const one = expectSameAsOneThread([...args, path], /read in 3 parts/);
      // Not two empty runs: the rows with a finding `x` are refused, named on stderr.
      expect(one.stderr).toMatch(/invalid-finding|not a finding|x/);
      expect(one.stdout.length).toBeGreaterThan(500);
    }
  });

  it('a case assessed twice by one role across parts: read on one thread, the same message', () => {
    const path = file(
      'twice.csv',
      `${LONG_HEADER}\n${longFormRows(4000, false).join('\n')}\nDA-5,domestic-abuse,2025-Q1,self,A9,good,,,,,,,,,,,\n`,
    );
    const one = expectSameAsOneThread(
      ['report', '--format', 'json', '--max-errors', '1000', path],
      /read on one thread after the first cut/,
    );
    expect(one.stderr).toMatch(/already has a self assessment at .*:6\b/);
  });
});

describe('trend --threads', () => {
  beforeAll(() => {
    dir = tempDir();
  });

  it('three files of a round each, every file in parts: the one-thread trend', () => {
    const roundFile = (name: string, round: string, from: number) =>
      file(
        name,
        `${HEADER},round\n${rows(from, from + 6000)
          .map((r) => `${r},${round}`)
          .join('\n')}\n`,
      );
    const files = [roundFile('q1.csv', '2025-Q1', 1), roundFile('q2.csv', '2025-Q2', 3001), roundFile('q3.csv', '2025-Q3', 6001)];
    for (const format of ['json', 'table']) {
      const one = expectSameAsOneThread(
        ['trend', '--between', 'self,independent', '--format', format, ...files],
        /read in 3 parts[^]*read in 3 parts[^]*read in 3 parts/,
      );
      expect(one.stdout).toMatch(/2025-Q3/);
    }
  });
});
