// Hostile XML inside a workbook (issue 23, item 7) in bounded memory, leaving nothing on disk. These
// run the real binary with a small V8 heap (a process is the point: only a new one has its own heap
// limit): a reader that holds what it reads dies with V8's out-of-memory abort (exit 134), not exit 2.
// The in-process cases are in hostile-xml.test.ts.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { HEADER_ROW as header, MAIN, refusedLine, sheetOf } from '../helpers/hostile-xml.js';
import { DA_HEADER, tempDir } from '../helpers/tmp.js';
import { bookBytes, sheetXml, type GenBook } from '../helpers/xlsx-layouts.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);

/** The binary run with a V8 heap of `heapMb`, and a $TMPDIR of its own that must stay empty. */
function spawnSmall(file: string, heapMb: number): { code: number; stderr: string; tmp: string[] } {
  const tmp = mkdtempSync(join(dir, 'tmp-'));
  const r = spawnCli(['score', '--format', 'csv', file], { env: { NODE_OPTIONS: `--max-old-space-size=${heapMb}`, TMPDIR: tmp } });
  return { code: r.code, stderr: r.stderr, tmp: readdirSync(tmp) };
}

describe('XML that costs memory', () => {
  it('refuses nesting deeper than spreadsheets go, at once (two million nested tags)', () => {
    const deep = `${header}<row r="2"><c r="A2" t="inlineStr"><is><t>${'<x>'.repeat(2_000_000)}`;
    writeFileSync(at('deep.xlsx'), bookBytes({ sheets: [{ name: 'S', xml: sheetOf(deep) }] }));
    const r = spawnSmall(at('deep.xlsx'), 64);
    refusedLine(
      r,
      at('deep.xlsx'),
      /the workbook was refused: its part xl\/worksheets\/sheet1\.xml nests its XML more than 100 levels deep .*; this is not a file a spreadsheet program writes/,
    );
    expect(r.tmp).toEqual([]);
  });

  it('refuses a cell of 16 MB of text without holding it', () => {
    const open = `<worksheet xmlns="${MAIN}"><sheetData>${header}<row r="2"><c r="A2" t="inlineStr"><is><t>`;
    const huge = Buffer.concat([
      Buffer.from(open),
      Buffer.alloc(16 * 1024 * 1024, 'a'),
      Buffer.from('</t></is></c></row></sheetData></worksheet>'),
    ]);
    writeFileSync(at('huge-cell.xlsx'), bookBytes({ sheets: [{ name: 'S', rows: [] }], parts: { 'xl/worksheets/sheet1.xml': huge } }));
    const r = spawnSmall(at('huge-cell.xlsx'), 64);
    refusedLine(
      r,
      at('huge-cell.xlsx'),
      /its part xl\/worksheets\/sheet1\.xml holds over 1 MB of XML in one piece \(a cell holds at most 32,767 characters\)/,
    );
    expect(r.tmp).toEqual([]);
  });

  it('caps the shared strings kept in memory (a small file of millions of strings), saying so', () => {
    const items = Buffer.alloc(4_200_000 * 18, '<si><t>ab</t></si>');
    const sst = Buffer.concat([Buffer.from(`<sst xmlns="${MAIN}">`), items, Buffer.from('</sst>')]);
    writeFileSync(
      at('many-strings.xlsx'),
      bookBytes({ sheets: [{ name: 'S', rows: [['case_id']] }], parts: { 'xl/sharedStrings.xml': sst } }),
    );
    const r = spawnSmall(at('many-strings.xlsx'), 160);
    refusedLine(
      r,
      at('many-strings.xlsx'),
      /more distinct texts than case-audit keeps in memory \(over 4,194,304 strings or 67,108,864 characters in xl\/sharedStrings\.xml\); export the sheet as CSV/,
    );
  });
});

describe('no temporary copy of case data', () => {
  it('leaves $TMPDIR as it found it, after reading a workbook of notes and after refusing one', () => {
    const notes = 'Private NOTE about the child';
    const rows = [
      DA_HEADER.split(','),
      ...Array.from({ length: 2000 }, (_, i) => [
        `N${i}`,
        'domestic-abuse',
        null,
        null,
        null,
        'no',
        notes,
        'y',
        'y',
        'y',
        'y',
        'y',
        'y',
        'y',
        'y',
      ]),
    ];
    const book: GenBook = { sheets: [{ name: 'Cases', rows }] };
    writeFileSync(at('notes.xlsx'), bookBytes(book));
    const r = spawnSmall(at('notes.xlsx'), 256);
    expect(r.stderr).toContain('2,000 read = 2,000 graded');
    expect(r.tmp).toEqual([]);
    writeFileSync(at('notes-cut.xlsx'), bookBytes({ sheets: [{ name: 'Cases', xml: sheetXml(rows, undefined).slice(0, -200) }] }));
    const cut = spawnSmall(at('notes-cut.xlsx'), 256);
    expect(cut.code).toBe(2);
    expect(cut.tmp).toEqual([]);
  });
});
