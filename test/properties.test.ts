// Properties (fast-check): grading is monotone in the findings, every row read is accounted for,
// and no input, however broken or however chunked, makes a loader throw.
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../src/commands/context.js';
import type { Diagnostic } from '../src/domain/diagnostic.js';
import { SCALE_2017 } from './helpers/criteria.js';

const gradeRank = (g: string) => SCALE_2017.rank(g);
import type { Finding } from '../src/domain/findings.js';
import type { AssessmentRecord } from '../src/domain/assessment.js';
import type { Criterion } from '../src/domain/types.js';
import { loadCriteriaDir } from '../src/load/criteria/criteria-dir.js';
import { loadCsv } from '../src/load/csv/csv-cases.js';
import type { CaseSink } from '../src/load/inputs/sink.js';
import { firstInvalidUtf8 } from '../src/load/inputs/utf8-scan.js';
import { loadYaml } from '../src/load/yaml/yaml-cases.js';
import { deriveGrade } from '../src/score/derive.js';
import { runCli } from './helpers/cli.js';
import { propertyRuns } from './helpers/quick.js';
import { DA_HEADER, daRow } from './helpers/tmp.js';

const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;

describe('deriveGrade is monotone in the findings', () => {
  const criterion = fc.record({ severity: fc.constantFrom('serious' as const, 'expected' as const), refer: fc.boolean() });
  const setup = fc
    .array(fc.tuple(criterion, fc.constantFrom<Finding | undefined>('met', 'unmet', 'na', undefined)), { minLength: 1, maxLength: 10 })
    .chain((items) => fc.tuple(fc.constant(items), fc.integer({ min: 0, max: items.length - 1 }), fc.integer({ min: 1, max: 6 })));
  const build = (items: Array<[{ severity: 'serious' | 'expected'; refer: boolean }, Finding | undefined]>, flip: number, to: Finding) => {
    const list: Criterion[] = items.map(([c], i) => ({ id: `C${i}`, text: '', ...c }));
    const findings = new Map<string, Finding>();
    items.forEach(([, f], i) => {
      const value = i === flip ? to : f;
      if (value) findings.set(`C${i}`, value);
    });
    return { list, findings };
  };

  it('met -> unmet never raises the grade; unmet -> met never lowers it', () => {
    fc.assert(
      fc.property(setup, ([items, flip, widespread]) => {
        const met = build(items, flip, 'met');
        const unmet = build(items, flip, 'unmet');
        const before = deriveGrade({ criteria: met.list, widespread }, met.findings).grade;
        const after = deriveGrade({ criteria: unmet.list, widespread }, unmet.findings).grade;
        // Flipping one finding changes neither the gaps nor the applicable count: graded stays graded.
        expect(after === null).toBe(before === null);
        if (before !== null && after !== null) expect(gradeRank(after)).toBeLessThanOrEqual(gradeRank(before));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});

type RowKind =
  'graded' | 'ungraded' | 'badGrade' | 'badFinding' | 'fieldCount' | 'unknownType' | 'blankId' | 'duplicate' | 'override' | 'blank';
const REJECTED: RowKind[] = ['badGrade', 'badFinding', 'fieldCount', 'unknownType', 'blankId', 'duplicate', 'override'];

function rowOf(kind: RowKind, n: number, multiline: boolean): string {
  const notes = multiline ? '"a note, with ""quotes""\nover two lines"' : '';
  switch (kind) {
    case 'graded':
      return daRow(`R-${n}`, notes);
    case 'ungraded':
      return daRow(`R-${n}`, notes, 'y,y,y,,y,y,y,y');
    case 'badGrade':
      return daRow(`R-${n}`, notes).replace('domestic-abuse,', 'domestic-abuse,superb');
    case 'badFinding':
      return daRow(`R-${n}`, notes, 'y,y,maybe,y,y,y,y,y');
    case 'fieldCount':
      return `${daRow(`R-${n}`, notes)},y`;
    case 'unknownType':
      return daRow(`R-${n}`, notes).replace('domestic-abuse', 'burglary');
    case 'blankId':
      return daRow('', notes);
    case 'duplicate':
      return daRow('R-0', notes);
    case 'override':
      return daRow(`R-${n}`, notes, 'y,n,y,y,y,y,y,y').replace('domestic-abuse,,', 'domestic-abuse,,good');
    case 'blank':
      return ',,,,,,,,,,,,,,';
  }
}

describe('every row read is accounted for', () => {
  const kinds = fc.constantFrom<RowKind>(
    'graded',
    'ungraded',
    'badGrade',
    'badFinding',
    'fieldCount',
    'unknownType',
    'blankId',
    'duplicate',
    'override',
    'blank',
  );

  it('read = graded + ungraded + rejected, and every non-blank row is read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(kinds, fc.boolean()), { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), async (spec, eol) => {
        // R-0 first, so every 'duplicate' row has something to duplicate.
        const lines = [DA_HEADER, daRow('R-0'), ...spec.map(([kind, multiline], i) => rowOf(kind, i + 1, multiline))];
        const r = await runCli(['score', '--format', 'json', '-'], { stdin: lines.join(eol) + eol });
        const m = /(\d+) read = (\d+) graded \+ (\d+) ungraded \+ (\d+) rejected/.exec(r.stderr);
        expect(m, r.stderr).not.toBeNull();
        const [read, graded, ungraded, rejected] = m!.slice(1).map(Number) as [number, number, number, number];
        expect(read).toBe(graded + ungraded + rejected);
        expect(read).toBe(1 + spec.filter(([k]) => k !== 'blank').length);
        expect(rejected).toBe(spec.filter(([k]) => REJECTED.includes(k)).length);
        expect(graded).toBe(1 + spec.filter(([k]) => k === 'graded').length);
        expect((JSON.parse(r.stdout) as unknown[]).length).toBe(graded + ungraded);
        expect(r.code).toBe(rejected > 0 ? 1 : 0);
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it("report: the same totals, and the tables' counts sum to the graded count", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(kinds, fc.boolean()), { maxLength: 30 }), async (spec) => {
        const lines = [DA_HEADER, daRow('R-0'), ...spec.map(([kind, multiline], i) => rowOf(kind, i + 1, multiline))];
        const r = await runCli(['report', '--format', 'json', '-'], { stdin: lines.join('\n') + '\n' });
        type Counts = Record<'good' | 'requires_improvement' | 'inadequate', number>;
        const model = JSON.parse(r.stdout) as {
          totals: { read: number; graded: number; ungraded: number; rejected: number };
          byTable: Array<{ counts: Counts }>;
          bothAssessed: { independent: Counts };
          independentOnly: Counts;
          rejected: unknown[];
        };
        const sum = (c: Counts) => c.good + c.requires_improvement + c.inadequate;
        const { totals } = model;
        expect(totals.read).toBe(totals.graded + totals.ungraded + totals.rejected);
        expect(totals.graded).toBe(1 + spec.filter(([k]) => k === 'graded').length);
        expect(model.byTable.reduce((n, t) => n + sum(t.counts), 0)).toBe(totals.graded);
        expect(sum(model.bothAssessed.independent) + sum(model.independentOnly)).toBe(totals.graded);
        expect(model.rejected).toHaveLength(totals.rejected);
      }),
      { numRuns: propertyRuns(40) },
    );
  });
});

interface Collected {
  cases: AssessmentRecord[][];
  rejected: Diagnostic[];
  diagnostics: Diagnostic[];
}

async function load(kind: 'csv' | 'yaml', chunks: Uint8Array[]): Promise<Collected> {
  const out: Collected = { cases: [], rejected: [], diagnostics: [] };
  const sink: CaseSink = {
    onWideRow: (c) => out.cases.push(c),
    onLongRow: (c) => out.cases.push(c),
    onReject: (d) => out.rejected.push(d),
    onDiagnostic: (d) => out.diagnostics.push(d),
  };
  const stream = Readable.from(chunks.map((c) => Buffer.from(c)));
  if (kind === 'csv') await loadCsv('in.csv', stream, criteria, sink);
  else await loadYaml('in.yaml', stream, criteria, sink);
  return out;
}

const split = (bytes: Uint8Array, cuts: number[]): Uint8Array[] => {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    if (cut > from) parts.push(bytes.subarray(from, cut));
    from = cut;
  }
  return parts;
};

// Text that looks enough like a case file to get past the decoder and the header.
const csvish = fc
  .array(
    fc.constantFrom(
      ',',
      ';',
      '\t',
      '"',
      '\n',
      '\r',
      '\r\n',
      'y',
      'n',
      'na',
      'good',
      'R-1',
      'domestic-abuse',
      'DA1',
      ' ',
      '\u00a0',
      'é',
      '\ufeff',
      'sep=;\n',
    ),
    { maxLength: 80 },
  )
  .map((parts) => `${DA_HEADER}\n${parts.join('')}`);
const yamlish = fc
  .array(
    fc.constantFrom(
      'cases:',
      '\n',
      '  - ',
      'id: ',
      'type: ',
      'domestic-abuse',
      'findings: ',
      '{',
      '}',
      '[',
      ']',
      'DA1: met',
      ', ',
      '&a ',
      '*a',
      '<<: ',
      '!!js/function ',
      '"',
      "'",
      '#',
      '%YAML 1.1\n---\n',
      '__proto__: ',
      '007',
      '? ',
      ': ',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('no input makes a loader throw', () => {
  it.each(['csv', 'yaml'] as const)('any bytes to the %s loader: diagnostics or cases, never an exception', async (kind) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(), { maxLength: 4 }), async (bytes, cuts) => {
        const out = await load(kind, split(bytes, cuts));
        expect(out.cases.length + out.rejected.length + out.diagnostics.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it.each([
    ['csv', csvish],
    ['yaml', yamlish],
  ] as const)('near-miss %s text: no exception, every diagnostic placed on a real line', async (kind, text) => {
    await fc.assert(
      fc.asyncProperty(text, async (source) => {
        const out = await load(kind, [Buffer.from(source)]);
        const lines = source.split(/\r\n|\r|\n/).length;
        for (const d of [...out.rejected, ...out.diagnostics]) {
          expect(d.line).toBeGreaterThanOrEqual(0);
          expect(d.line).toBeLessThanOrEqual(lines + 1);
          expect(d.message).not.toContain('\n');
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it.each([
    ['UTF-8', (s: string) => Buffer.from(s)],
    ['UTF-16 LE', (s: string) => Buffer.from(`\ufeff${s}`, 'utf16le')],
    ['UTF-16 BE', (s: string) => Buffer.from(`\ufeff${s}`, 'utf16le').swap16()],
  ] as const)('how a %s CSV is cut into chunks changes nothing', async (_name, encode) => {
    await fc.assert(
      fc.asyncProperty(csvish, fc.array(fc.nat(), { maxLength: 6 }), async (source, cuts) => {
        const bytes = encode(source);
        const whole = await load('csv', [bytes]);
        const chunked = await load('csv', split(bytes, cuts));
        expect(chunked).toEqual(whole);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});

describe('firstInvalidUtf8 agrees with the platform decoder', () => {
  it('-1 exactly when the bytes are valid UTF-8', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(
            fc.uint8Array({ maxLength: 12 }),
            // Any code points, lone surrogates included, as UTF-8 (fc.string's 'binary' unit draws the
            // same, but builds a table of every code point first: 1.7 s of CPU before its first run).
            fc
              .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 8 })
              .map((points) => new Uint8Array(Buffer.from(String.fromCodePoint(...points)))),
          )
          // Leading continuation bytes are taken to end a character from the previous chunk.
          .filter((bytes) => !(bytes[0]! >= 0x80 && bytes[0]! <= 0xbf)),
        (bytes) => {
          // Node's own validator (what a fatal TextDecoder decides) and plain booleans: nothing thrown
          // per run, no expect per run. Thrown errors cost milliseconds each in the shared test graph.
          const valid = isUtf8(bytes);
          const at = firstInvalidUtf8(bytes);
          return (at === -1) === valid && (valid || isUtf8(bytes.subarray(0, at)));
        },
      ),
      { numRuns: propertyRuns(5000) },
    );
  });

  it("Node's validator is the fatal decoder's verdict, on the bytes that tell them apart", () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const decodes = (b: Uint8Array) => {
      try {
        fatal.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    // Overlong, surrogate, past U+10FFFF, cut short, a lone continuation, valid 1- to 4-byte characters.
    const samples = [
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
      [0x80],
      [0x41],
      [0xc3, 0xa9],
      [0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x98, 0x80],
    ];
    const verdicts = samples.map((b) => new Uint8Array(b)).map((b) => [isUtf8(b), decodes(b)]);
    expect(verdicts.map(([a, b]) => a === b)).toEqual(samples.map(() => true));
    expect(verdicts.map(([a]) => a)).toEqual([false, false, false, false, false, true, true, true, true]);
  });
});
