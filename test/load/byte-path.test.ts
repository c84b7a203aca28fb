// The byte path (src/load/csv/byte-path.ts) against the string path on the same random files, cut
// into random chunks: every record handed on (ids, grades, findings, positions), every rejected row
// and every message must be the same, in the same order.
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../../src/commands/context.js';
import { loadCriteriaDir } from '../../src/load/criteria/criteria-dir.js';
import { bytePaths } from '../../src/load/csv/byte-path.js';
import { loadCsv } from '../../src/load/csv/csv-cases.js';
import { FileChunks } from '../../src/load/inputs/file-chunks.js';
import { openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { propertyRuns } from '../helpers/quick.js';

const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;

/** Everything the loader hands on, as plain data, in order. */
async function events(bytes: Buffer, cuts: readonly number[], options = {}): Promise<unknown[]> {
  const chunks: Buffer[] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const end = Math.min(bytes.length, cut);
    if (end > at) chunks.push(Buffer.from(bytes.subarray(at, end)));
    at = Math.max(at, end);
  }
  if (at < bytes.length) chunks.push(Buffer.from(bytes.subarray(at)));
  const out: unknown[] = [];
  const record = (kind: string) => (rs: unknown[]) =>
    out.push([kind, JSON.parse(JSON.stringify(rs, (_k, v: unknown) => (v instanceof Map ? [...(v as Map<string, unknown>)] : v)))]);
  await loadCsv(
    't.csv',
    Readable.from(chunks),
    criteria,
    {
      onWideRow: record('wide'),
      onLongRow: record('long'),
      onReject: (d) => out.push(['reject', d]),
      onDiagnostic: (d) => out.push(['diagnostic', d]),
    },
    options,
  );
  return out;
}

async function bothPaths(bytes: Buffer, cuts: readonly number[], options = {}): Promise<[unknown[], unknown[]]> {
  bytePaths.on = true;
  const fast = await events(bytes, cuts, options);
  bytePaths.on = false;
  const slow = await events(bytes, cuts, options);
  bytePaths.on = true;
  return [fast, slow];
}

afterEach(() => {
  bytePaths.on = true;
});

/** A --pseudonymise key: ids and auditor codes become pseudonyms on both paths alike. */
const KEY = new Uint8Array(32).fill(7);

const HEADER = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,PP1,PP2,PP3,DA1,DA2,round,auditor';
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
/** Mostly what a register holds; now and then something the string path must read. */
const cell = (usual: string[], odd: string[]) =>
  fc.oneof({ weight: 120, arbitrary: pick(...usual) }, { weight: 1, arbitrary: pick(...odd) });
const id = fc.oneof(
  { weight: 120, arbitrary: fc.nat(40).map((n) => `C${n}`) },
  { weight: 1, arbitrary: pick('', ' ', ' C7 ', 'Ç1', "'=1", "'C2", 'C\u00019', '"C3"', '"C,4"', 'C"5') },
);
const type = cell(
  ['police-protection', 'pp', 'PP', ' pp ', 'Police protection', 'da', 'domestic-abuse'],
  ['', 'nonsense', '"pp"', 'pp\u00e9'],
);
const grade = cell(
  ['', '', 'good', 'Good', ' good ', 'requires improvement', 'Requires  Improvement', 'inadequate', 'ri'],
  ['excellent', '"good"', 'gööd'],
);
const flag = cell(['', 'no', 'yes', 'Y', ' n '], ['maybe', '"no"']);
const finding = cell(['', '', 'y', 'n', 'na', 'N/A', ' y', 'Met', 'yes', '0', '1'], ['x', '"y"', 'ÿ']);
const note = cell(
  ['', 'plain note', '"quoted, with a comma"', '"over\ntwo lines"', '"over\r\ntwo\rlines"', '"a ""quote"" inside"', '""'],
  ['caf\u00e9', '"caf\u00e9\nnaïve"', 'stray"quote', '"closed"then text', '"never closed', 'lone\rCR'],
);
const round = cell(['', '', '2017', ' R2 '], ['"2018"']);
const auditor = cell(['', 'A1', ' A2 '], ['Ä3', 'A\u00074']);
/** A row: its own type's criterion cells filled in (PP1-3 or DA1-2), the other type's blank but now and then. */
const row = fc
  .tuple(
    fc.tuple(id, type, grade, grade, cell(['', 'because', '"  "', '" x "', '"a\nb"'], ['"a\rb"']), flag, note),
    fc.array(finding, { minLength: 5, maxLength: 5 }),
    fc.tuple(round, auditor),
    fc.nat(40),
    cell(['exact'], ['short', 'long']),
  )
  .map(([first, findings, last, odd, shape]) => {
    const da = /^\s*d/i.test(first[1]);
    const cells = [...first, ...findings.map((f, k) => (k < 3 !== da || odd === 0 ? f : '')), ...last];
    return (shape === 'short' ? cells.slice(0, 9) : shape === 'long' ? [...cells, 'extra'] : cells).join(',');
  });
const line = fc.oneof({ weight: 120, arbitrary: row }, { weight: 1, arbitrary: pick('', '   ', ',,,', '\u00e9') });
const file = fc
  .tuple(pick('', '\ufeff'), fc.array(line, { minLength: 20, maxLength: 150, size: 'max' }), pick('\n', '\r\n'), fc.boolean(), fc.boolean())
  .map(([bom, lines, eol, lastBreak, mixed]) => {
    const body = lines.map((l, k) => l + (mixed && k % 5 === 4 ? '\n' : eol)).join('');
    return Buffer.from(`${bom}${HEADER}${eol}${lastBreak ? body : body.replace(/\r?\n$/, '')}`);
  });

// Hundreds of random files each: about 6 s alone, over 20 s on a two-core machine shared with other runs.
describe('the byte path reads as the string path does', { timeout: 60000 }, () => {
  beforeEach(() => {
    bytePaths.rows = 0;
  });

  it('on random files in random chunks: the same records, rejects and messages, in order', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.array(fc.nat(8000), { maxLength: 30 }), async (bytes, cuts) => {
        const [fast, slow] = await bothPaths(bytes, cuts);
        expect(fast).toEqual(slow);
      }),
      { numRuns: propertyRuns(300) },
    );
    // Most of those rows were read from their bytes: the comparison is of the two paths.
    expect(bytePaths.rows).toBeGreaterThan(propertyRuns(300) * 10);
  });

  it('with --round, --pseudonymise, a Windows-1252 file and a semicolon delimiter', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.array(fc.nat(4000), { maxLength: 4 }), async (bytes, cuts) => {
        const latin = Buffer.from(bytes.toString('utf8').replace(/^\ufeff/, ''), 'latin1');
        const semi = Buffer.from(bytes.toString('utf8').replaceAll(',', ';'));
        for (const [input, options] of [
          [bytes, { round: 'R9' }],
          [bytes, { pseudonymKey: KEY }],
          [latin, { encoding: 'windows-1252' }],
          [semi, {}],
        ] as const) {
          const [fast, slow] = await bothPaths(input, cuts, options);
          expect(fast).toEqual(slow);
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('reads a plain file mostly from its bytes, and the same file with a NUL byte stops where the string path stops', async () => {
    const rows = Array.from({ length: 3000 }, (_, k) => `P${k},pp,good,,,no,"a, note",y,y,n,,,,A1`).join('\n');
    const bytes = Buffer.from(`${HEADER}\n${rows}\n`);
    const [fast, slow] = await bothPaths(bytes, [1_000, 70_000]);
    expect(fast).toEqual(slow);
    expect(fast.filter((e) => (e as [string])[0] === 'wide')).toHaveLength(3000);
    expect(bytePaths.rows).toBeGreaterThan(2900);
    const broken = Buffer.from(bytes);
    broken[100_000] = 0;
    const [fastNul, slowNul] = await bothPaths(broken, [65_536, 131_072]);
    expect(fastNul).toEqual(slowNul);
    const encoding = fastNul.filter(
      (e) => (e as [string, { rule?: string }])[0] === 'diagnostic' && (e as [string, { rule?: string }])[1].rule === 'encoding',
    );
    expect(encoding).toHaveLength(1);
    // The rows of the chunk with the NUL byte are not read: the file stops before them, on both paths.
    expect(fastNul.filter((e) => (e as [string])[0] === 'wide').length).toBeLessThan(100_000 / 40);
  });

  it('reads 64 KB file chunks (the reader every file goes through) the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'byte-path-'));
    const rows = Array.from({ length: 5000 }, (_, k) =>
      k % 7 === 0
        ? `Q${k},pp,,,,,"over\ntwo",y,n,y,,,,`
        : k % 11 === 0
          ? `Q${k},pp,good,,,,café,y,y,y,,,,`
          : `Q${k},pp,good,,,no,,y,y,na,,,,A${k % 3}`,
    );
    const path = join(dir, 'cases.csv');
    writeFileSync(path, `${HEADER}\r\n${rows.join('\r\n')}\r\n`);
    const read = async () => {
      const out: string[] = [];
      await loadCsv('cases.csv', new FileChunks(openSync(path, 'r')), criteria, {
        onWideRow: (r) => out.push(`${r.at(-1)!.caseId}@${r[0]!.source.line}:${[...r.at(-1)!.findings.values()].join('')}`),
        onLongRow: () => out.push('long'),
        onReject: (d) => out.push(`${d.rule}@${d.line}`),
        onDiagnostic: (d) => out.push(`${d.rule}@${d.line}`),
      });
      return out;
    };
    const fast = await read();
    bytePaths.on = false;
    expect(fast).toEqual(await read());
    expect(fast.filter((e) => e.includes(':'))).toHaveLength(5000);
    expect(fast[7]).toBe('Q7@10:metunmetmet');
  });
});

// Hundreds of random files each: about 6 s alone, over 20 s on a two-core machine shared with other runs.
describe('kept columns (score and sample keep them) on the byte path', { timeout: 60000 }, () => {
  const EXTRA_HEADER = `${HEADER},team,Officer`;
  const carried = cell(
    ['', 'North', 'North', ' South ', 'A team', "'=1+1", "'x", '=SUM(A1)', '-3', '@x', 'N'],
    ['"North"', '"a, b"', '"say ""hi"""', 'Nörth', 'caf\u00e9'],
  );
  const withExtra = fc.tuple(file, fc.array(fc.tuple(carried, carried), { minLength: 200, maxLength: 200 })).map(([bytes, extra]) => {
    const lines = bytes.toString('utf8').split(/(\r?\n)/);
    let row = 0;
    // Every line but the header and the line breaks gets the two cells; the header its two names.
    const out = lines.map((l, k) => {
      if (k % 2 === 1 || l === '') return l;
      if (k === 0) return l.replace(HEADER, EXTRA_HEADER);
      const [team, officer] = extra[row++ % extra.length]!;
      return `${l},${team},${officer}`;
    });
    return Buffer.from(out.join(''));
  });

  it('gives the same records (with their carried cells), rejects and messages as the string path', async () => {
    bytePaths.rows = 0;
    await fc.assert(
      fc.asyncProperty(withExtra, fc.array(fc.nat(8000), { maxLength: 20 }), async (bytes, cuts) => {
        const [fast, slow] = await bothPaths(bytes, cuts, { keepExtra: true });
        expect(fast).toEqual(slow);
      }),
      { numRuns: 150 },
    );
    expect(bytePaths.rows).toBeGreaterThan(150 * 10);
  });

  it("keeps each row's cells as written, a formula's escaping apostrophe taken off", async () => {
    const rows = ["P1,pp,good,,,no,,y,y,n,,,,A1,North,'=1+1", 'P2,pp,,,,,,y,y,y,,,,, South ,', 'P3,pp,,,,,,y,y,y,,,,,North,"a, b"'];
    bytePaths.rows = 0;
    // The byte path starts with the chunk after the header's.
    const [fast] = await bothPaths(Buffer.from(`${EXTRA_HEADER}\n${rows.join('\n')}\n`), [EXTRA_HEADER.length + 1], { keepExtra: true });
    const wide = fast.filter((e) => (e as [string])[0] === 'wide') as Array<[string, Array<{ extra?: unknown }>]>;
    const extra = wide.map(([, records]) => records.at(-1)!.extra);
    expect(extra).toEqual([
      [
        ['team', 'North'],
        ['Officer', '=1+1'],
      ],
      [
        ['team', ' South '],
        ['Officer', ''],
      ],
      [
        ['team', 'North'],
        ['Officer', 'a, b'],
      ],
    ]);
    // The first two from their bytes; the quoted kept cell sends the third to the string path.
    expect(bytePaths.rows).toBe(2);
  });
});
