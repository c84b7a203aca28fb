// Hostile XML inside a workbook (issue 23, item 7), in-process: refused with one line and exit 2,
// naming the part and quoting nothing. The memory tests, which run the binary with a small V8 heap,
// are in hostile-xml.process.test.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { HEADER_ROW as header, MAIN, refusedLine, sheetOf } from '../helpers/hostile-xml.js';
import { tempDir } from '../helpers/tmp.js';
import { bookBytes } from '../helpers/xlsx-layouts.js';
import { forEachSheetRow } from '../../src/load/xlsx/read-sheet.js';
import { XLSX_LIMITS } from '../../src/load/xlsx/limits.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);

describe('XML that costs memory', () => {
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
