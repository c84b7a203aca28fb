// CsvRecords with a row-error handler (the loader's): a row with a stray quote is reported once,
// with the lines it spans, and reading goes on at the next line, with the rows after it read as
// usual, whatever the chunking. The expected events are worked out from how the CSV was built.
import type { CsvError } from 'csv-parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecords } from '../../src/load/csv/csv-records.js';
import { propertyRuns } from '../helpers/quick.js';

type Event = ['record', string[], number] | ['rejected', string, number];

function events(text: string, cuts: number[], delimiter: string, accept = true): { events: Event[]; error?: string | undefined } {
  const out: Event[] = [];
  const onRowError = (e: CsvError, lines: number) => {
    if (accept) out.push(['rejected', e.code, lines]);
    return accept;
  };
  const reader = new CsvRecords(delimiter, 1_000_000, (record, lines) => out.push(['record', record, lines]), undefined, onRowError);
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    const error = reader.write(text.slice(at, cut));
    at = cut;
    if (error) return { events: out, error: error.code };
  }
  const error = reader.write(text.slice(at)) ?? reader.end();
  return { events: out, error: error?.code };
}

const DELIMITERS = [',', ';', '\t'];
const plainCell = fc.array(fc.constantFrom('a', 'b', ' ', 'é', '1'), { maxLength: 4 }).map((p) => p.join(''));
/** A quoted cell as written and as read. */
const quotedCell = fc.array(fc.constantFrom('a', ',', ';', '\t', '\n', '\r\n', '\r', '""', ' ', 'é'), { maxLength: 6 }).map((parts) => ({
  text: `"${parts.join('')}"`,
  value: parts.join('').replaceAll('""', '"'),
  breaks: parts.join('').match(/\r\n|\r|\n/g)?.length ?? 0,
}));
/** Cells csv-parse refuses: a quote inside an unquoted field, text after a closing quote. */
const badCell = fc.constantFrom(
  ['a"b', 'INVALID_OPENING_QUOTE'],
  ['x "q" y', 'INVALID_OPENING_QUOTE'],
  ['5"', 'INVALID_OPENING_QUOTE'],
  ['"a"b', 'CSV_INVALID_CLOSING_QUOTE'],
  ['"a""b"c"', 'CSV_INVALID_CLOSING_QUOTE'],
);

/** A good row (plain and quoted cells) or a bad one (plain cells around one bad cell, on one line). */
const row = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.oneof({ weight: 3, arbitrary: plainCell.map((t) => ({ text: t, value: t, breaks: 0 })) }, { weight: 1, arbitrary: quotedCell }),
        { minLength: 1, maxLength: 4 },
      )
      .map((cells) => ({ cells, bad: undefined })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(plainCell, { maxLength: 2 }), badCell, fc.array(plainCell, { maxLength: 2 }))
      .map(([before, [text, code], after]) => ({
        cells: [...before, text, ...after].map((t) => ({ text: t, value: t, breaks: 0 })),
        bad: code,
      })),
  },
);
// One line ending per file: a CR ending a row before a blank row's LF would make one CRLF.
const csv = fc.tuple(
  fc.constantFrom(...DELIMITERS),
  fc.array(row, { minLength: 1, maxLength: 10 }),
  fc.constantFrom('\n', '\r\n', '\r'),
  fc.boolean(),
);

describe('CsvRecords rejects a row with a stray quote and reads on', () => {
  it('every row accounted for, at its lines, whatever the chunks', () => {
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 6 }), ([d, rows, end, breakLast], cuts) => {
        // A blank last row exists only with its line break.
        const finalBreak = breakLast || rows.at(-1)!.cells.every((c) => c.text === '');
        const text = rows.map((r, i) => r.cells.map((c) => c.text).join(d) + (i < rows.length - 1 || finalBreak ? end : '')).join('');
        const expected: Event[] = rows.map((r) =>
          r.bad ? ['rejected', r.bad, 1] : ['record', r.cells.map((c) => c.value), 1 + r.cells.reduce((n, c) => n + c.breaks, 0)],
        );
        expect(events(text, cuts, d)).toEqual({ events: expected, error: undefined });
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('a quoted note over two lines with text after its closing quote: the record spans both; reading goes on after', () => {
    expect(events('a,"two\nlines" and more,y\nb,c\n', [3, 9, 20], ',')).toEqual({
      events: [
        ['rejected', 'CSV_INVALID_CLOSING_QUOTE', 2],
        ['record', ['b', 'c'], 1],
      ],
      error: undefined,
    });
  });

  it('the rest of a bad line is skipped as it arrives, across chunks, a CR LF split between two as well', () => {
    const bad = `"two\r\nlines"${'y'.repeat(50)}`;
    const text = `a,b\r\n${bad}\r\nc,d\r\n`;
    const crAt = text.indexOf('\r', 5 + bad.length - 1);
    expect(events(text, [20, 40, crAt + 1], ',')).toEqual({
      events: [
        ['record', ['a', 'b'], 1],
        ['rejected', 'CSV_INVALID_CLOSING_QUOTE', 2],
        ['record', ['c', 'd'], 1],
      ],
      error: undefined,
    });
    // A chunk ending in the CR that ends the bad line: the next line, CR-ended, is read in full.
    const crOnly = 'a,b\r"two\nlines"yy\rc,d\r';
    expect(events(crOnly, [crOnly.indexOf('yy\r') + 3], ',').events).toEqual([
      ['record', ['a', 'b'], 1],
      ['rejected', 'CSV_INVALID_CLOSING_QUOTE', 2],
      ['record', ['c', 'd'], 1],
    ]);
  });

  it('a CR-only file is read record by record, never left to the stream, so a stray quote far into it is one row', () => {
    const rows = ['h,n', ...Array.from({ length: 60 }, (_, i) => (i === 50 ? 'x"y,1' : `r${i},1`))];
    const text = `${rows.join('\r')}\r`;
    const out: Event[] = [];
    // A wait of 20 characters before streaming: a file far longer than it with no LF at all.
    const reader = new CsvRecords(
      ',',
      1_000_000,
      (record, lines) => out.push(['record', record, lines]),
      20,
      (e, lines) => out.push(['rejected', e.code, lines]) > 0,
    );
    let error: CsvError | undefined;
    for (let at = 0; at < text.length && !error; at += 16) error = reader.write(text.slice(at, at + 16));
    expect(error ?? reader.end()).toBeUndefined();
    expect(out.filter((e) => e[0] === 'record')).toHaveLength(60);
    expect(out[51]).toEqual(['rejected', 'INVALID_OPENING_QUOTE', 1]);
    expect(out[52]).toEqual(['record', ['r51', '1'], 1]);
  });

  it('when the handler refuses (a bad header line), the row error stops the file', () => {
    expect(events('a"b,c\nd,e\n', [], ',', false)).toEqual({ events: [], error: 'INVALID_OPENING_QUOTE' });
  });
});
