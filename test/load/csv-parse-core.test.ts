// The CSV fast path (src/load/csv/csv-records.ts) drives csv-parse's synchronous core, `parser.api`,
// which csv-parse neither documents nor types. package.json pins csv-parse exactly; these checks
// fail, naming csv-parse and what changed, when an upgrade moves that core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type CsvError } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const version = (path: string) => (JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { version: string }).version;
const INSTALLED = version('node_modules/csv-parse/package.json');
const WHO = `csv-parse ${INSTALLED}, whose parser.api.parse(buffer, end, push, close) the CSV fast path calls (src/load/csv/csv-records.ts)`;

type Core = { parse: (buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void) => CsvError | undefined };

/** The core as csv-records.ts makes it (its options too: every line ending, ragged rows, a record size cap). */
function core(): Partial<Core> | undefined {
  const parser = parse({ delimiter: ',', record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, max_record_size: 100 });
  return (parser as unknown as { api?: Partial<Core> }).api;
}

function usableCore(): Core {
  const api = core();
  expect(typeof api?.parse, `${WHO}: a parser no longer has api.parse`).toBe('function');
  return api as Core;
}

describe('csv-parse, as the CSV fast path uses it', () => {
  it('is pinned to one version in package.json, the one installed', () => {
    const pinned = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies[
      'csv-parse'
    ];
    expect(pinned, 'package.json must pin csv-parse exactly (no ^ or ~): the CSV fast path uses its undocumented parser.api').toMatch(
      /^\d+\.\d+\.\d+$/,
    );
    expect(INSTALLED, `csv-parse ${INSTALLED} is installed but package.json pins ${pinned}: run npm ci`).toBe(pinned);
  });

  it('a parser has api.parse, taking (buffer, end, push, close)', () => {
    expect(usableCore().parse.length, `${WHO}: api.parse no longer takes four parameters`).toBe(4);
  });

  it('pushes each record as an array of strings, carrying a record across calls, the last one at the end', () => {
    const api = usableCore();
    const records: string[][] = [];
    const push = (record: string[]) => records.push(record);
    const results = [
      api.parse(Buffer.from('a,b\n"c'), false, push, () => {}),
      api.parse(Buffer.from('",d\r\ne'), false, push, () => {}),
      api.parse(undefined, true, push, () => {}),
    ];
    expect(results, `${WHO}: api.parse returned something other than undefined for good text`).toEqual([undefined, undefined, undefined]);
    expect(records, `${WHO}: api.parse no longer pushes records as it did`).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it.each([
    ['an unclosed quote', '"a\n', 'CSV_QUOTE_NOT_CLOSED'],
    ['a quote inside an unquoted field', 'a"b,c\n', 'INVALID_OPENING_QUOTE'],
    ['text after a closing quote', '"a"b,c\n', 'CSV_INVALID_CLOSING_QUOTE'],
    ['a record over max_record_size', `${'x'.repeat(200)}\n`, 'CSV_MAX_RECORD_SIZE'],
  ])('returns (never throws) an error for %s, with the code the loader names (%s)', (_name, text, code) => {
    const api = usableCore();
    let error: CsvError | undefined;
    expect(
      () =>
        (error = api.parse(
          Buffer.from(text),
          true,
          () => {},
          () => {},
        )),
      `${WHO}: api.parse now throws`,
    ).not.toThrow();
    expect(error?.code, `${WHO}: the error for ${JSON.stringify(text)} is no longer ${code}`).toBe(code);
  });
});
