// Hostile XML inside a workbook (issue 23, item 7): refused with one line and exit 2, in bounded
// memory, leaving nothing on disk. The memory tests run the real binary with a small V8 heap: a
// reader that holds what it reads dies with V8's out-of-memory abort (exit 134), not exit 2.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';
import { DA_HEADER, STACK, tempDir } from '../helpers/tmp.js';
import { bookBytes, sheetXml, type GenBook } from '../helpers/xlsx-layouts.js';
import { forEachSheetRow } from '../../src/load/xlsx/read-sheet.js';
import { XLSX_LIMITS } from '../../src/load/xlsx/limits.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheetOf = (sheetData: string) => `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`;
const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>case_id</t></is></c><c r="B1" t="inlineStr"><is><t>case_type</t></is></c></row>';

/** The binary run with a V8 heap of `heapMb`, and a $TMPDIR of its own that must stay empty. */
function spawnSmall(file: string, heapMb: number): { code: number; stderr: string; tmp: string[] } {
  const tmp = mkdtempSync(join(dir, 'tmp-'));
  const r = spawnCli(['score', '--format', 'csv', file], { env: { NODE_OPTIONS: `--max-old-space-size=${heapMb}`, TMPDIR: tmp } });
  return { code: r.code, stderr: r.stderr, tmp: readdirSync(tmp) };
}

function refusedLine(r: { code: number; stderr: string }, file: string, message: RegExp): void {
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(/heap out of memory/);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.startsWith(`${file}: `)).toBe(true);
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

  it('caps the characters of the shared strings too', async () => {
    writeFileSync(at('long-strings.xlsx'), bookBytes({ sheets: [{ name: 'S', rows: [['case_id'], ['a long text of many characters']] }] }));
    const read = forEachSheetRow(at('long-strings.xlsx'), { limits: { ...XLSX_LIMITS, maxSharedChars: 20 } }, () => {});
    await expect(read).rejects.toThrow(/over 4,194,304 strings or 20 characters in xl\/sharedStrings\.xml/);
  });
});

describe('XML that would expand or is not XML', () => {
  it.each([
    [
      'a DOCTYPE (entity expansion)',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><worksheet xmlns="${MAIN}"><sheetData>${header}<row r="2"><c r="A2" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`,
      /the workbook was refused: its part xl\/worksheets\/sheet1\.xml declares a document type \(DOCTYPE\)/,
    ],
    [
      'an entity no DTD defines',
      sheetOf(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>&secret;</t></is></c></row>`),
      /the workbook is damaged: its part xl\/worksheets\/sheet1\.xml uses "&" without naming an entity XML defines \(no DTD is read\) \(at byte \d+\)/,
    ],
    [
      'tags that do not match',
      sheetOf(`${header}<row r="2"><c r="A2"><v>1</c></v></row>`),
      /its part xl\/worksheets\/sheet1\.xml has an end tag that does not match its start tag/,
    ],
    [
      'a part cut short',
      sheetOf(header).slice(0, -30),
      /its part xl\/worksheets\/sheet1\.xml ends before its elements are closed \(cut short\?\)/,
    ],
    [
      'an encoding other than UTF-8',
      `<?xml version="1.0" encoding="ISO-8859-1"?>${sheetOf(header)}`,
      /declares an encoding other than UTF-8/,
    ],
  ])('refuses %s with one line naming the part, quoting nothing', async (_, xml, message) => {
    const file = at(`bad-${_.replace(/\W+/g, '-')}.xlsx`);
    writeFileSync(file, bookBytes({ sheets: [{ name: 'S', xml }] }));
    const r = await runCli(['score', file]);
    refusedLine(r, file, message);
    expect(r.stderr).not.toContain('secret');
    expect(r.stderr).not.toContain('lol');
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
