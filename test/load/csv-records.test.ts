// The loader's own line split against csv-parse alone: on any text, cut into chunks anywhere, the
// same records (and lines per record), and the same error after the same records.
import { parse, type CsvError } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecords } from '../../src/load/csv/csv-records.js';
import { propertyRuns } from '../helpers/quick.js';

const DELIMITERS = [',', ';', '\t'];

interface Outcome {
  records: Array<[string[], number]>;
  error?: string | undefined;
}

/** Line breaks inside a record's cells, counted independently of the loader. */
const linesOf = (record: string[]) => 1 + record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

/** csv-parse on the whole text, with the loader's options: the behaviour to keep. */
function reference(text: string, delimiter: string, maxBytes: number): Outcome {
  const records: Outcome['records'] = [];
  try {
    parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      max_record_size: maxBytes,
      on_record: (record: string[]) => {
        records.push([record, linesOf(record)]);
        return record;
      },
    });
    return { records };
  } catch (e) {
    return { records, error: (e as CsvError).code };
  }
}

function split(text: string, cuts: number[], delimiter: string, maxBytes: number, maxPending?: number): Outcome {
  const records: Outcome['records'] = [];
  const reader = new CsvRecords(delimiter, maxBytes, (record, lines) => records.push([record, lines]), maxPending);
  let at = 0;
  // Never between the halves of a surrogate pair: the decoder before the loader gives whole characters.
  const whole = (c: number) => (/[\ud800-\udbff]/.test(text.charAt(c - 1)) ? c - 1 : c);
  for (const cut of [...new Set(cuts.map((c) => whole(c % (text.length + 1))))].sort((a, b) => a - b)) {
    const error = reader.write(text.slice(at, cut));
    at = cut;
    if (error) return { records, error: error.code };
  }
  const error = reader.write(text.slice(at)) ?? reader.end();
  return { records, error: error?.code };
}

/** Pieces that make CSV interesting: delimiters, quotes (paired and stray), every line ending, BOMs, non-ASCII. */
const piece = fc.constantFrom('a', 'bc', ' ', '', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', '\ufeff', 'é', '😀', 'x y');
const quotedCell = fc
  .array(fc.constantFrom('a', ',', ';', '\t', '\n', '\r\n', '\r', '""', ' ', 'é'), { maxLength: 6 })
  .map((parts) => `"${parts.join('')}"`);
const plainCell = fc.array(fc.constantFrom('a', 'b', ' ', 'é', '\ufeff', '1'), { maxLength: 4 }).map((p) => p.join(''));
const ending = fc.constantFrom('\n', '\r\n', '\r');

/** Mostly well-formed CSV: rows of plain and quoted cells, any endings, blank lines, last row with or without a break. */
const wellFormed = fc.constantFrom(...DELIMITERS).chain((d) =>
  fc.tuple(
    fc.constant(d),
    fc
      .tuple(
        fc.array(
          fc.tuple(
            fc.array(fc.oneof({ weight: 4, arbitrary: plainCell }, { weight: 1, arbitrary: quotedCell }), { minLength: 1, maxLength: 5 }),
            ending,
          ),
          { maxLength: 12 },
        ),
        fc.boolean(),
      )
      .map(([rows, endsWithBreak]) => {
        const text = rows.map(([cells, end]) => cells.join(d) + end).join('');
        return endsWithBreak ? text : text.replace(/(\r\n|\r|\n)$/, '');
      }),
  ),
);
const anyText = fc.tuple(
  fc.constantFrom(...DELIMITERS),
  fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
);
const cuts = fc.array(fc.nat(), { maxLength: 6 });

describe('CsvRecords gives the records csv-parse gives', () => {
  for (const [name, texts] of [
    ['well-formed CSV', wellFormed],
    ['any text (stray quotes, lone CRs, BOMs)', anyText],
  ] as const) {
    it(`${name}, cut into chunks anywhere`, () => {
      fc.assert(
        fc.property(texts, cuts, ([d, text], at) => {
          expect(split(text, at, d, 1_000_000)).toEqual(reference(text, d, 1_000_000));
        }),
        { numRuns: propertyRuns(600) },
      );
    });
    it(`${name}, with a tiny record limit and a tiny wait before streaming the rest`, () => {
      fc.assert(
        fc.property(
          texts,
          cuts,
          fc.integer({ min: 1, max: 40 }),
          fc.integer({ min: 1, max: 20 }),
          ([d, text], at, maxBytes, maxPending) => {
            expect(split(text, at, d, maxBytes, maxPending)).toEqual(reference(text, d, maxBytes));
          },
        ),
        { numRuns: propertyRuns(600) },
      );
    });
  }

  it('splits plain lines itself and hands quoted records over, in order, with their lines', () => {
    const out = split('id,n\r\nA1,"two\nlines"\nA2,x\r\n\nA3,"a ""q"""\rA4,', [7, 15], ',', 1_000_000);
    expect(out).toEqual({
      records: [
        [['id', 'n'], 1],
        [['A1', 'two\nlines'], 2],
        [['A2', 'x'], 1],
        [[''], 1],
        [['A3', 'a "q"'], 1],
        [['A4', ''], 1],
      ],
      error: undefined,
    });
  });

  it("an unclosed quote is csv-parse's error, after the records before it", () => {
    expect(split('a,b\nc,"d\ne,f\n', [5], ',', 1_000_000)).toEqual({ records: [[['a', 'b'], 1]], error: 'CSV_QUOTE_NOT_CLOSED' });
  });
});
