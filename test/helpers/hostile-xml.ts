// Pieces of the hostile-XML tests, shared by the in-process ones (test/xlsx/hostile-xml.test.ts)
// and those that run the binary with a small heap (hostile-xml.process.test.ts).
import { expect } from 'vitest';
import { STACK } from './tmp.js';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const sheetOf = (sheetData: string) => `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`;
export const HEADER_ROW =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>case_id</t></is></c><c r="B1" t="inlineStr"><is><t>case_type</t></is></c></row>';

/** Refused with exit 2 and one line that names the file and matches `message`: no stack, no heap abort. */
export function refusedLine(r: { code: number; stderr: string }, file: string, message: RegExp): void {
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(/heap out of memory/);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.startsWith(`${file}: `)).toBe(true);
}
