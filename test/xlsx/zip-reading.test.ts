// The zip read by its central directory only (issue 23, item 6): bytes the directory does not point
// at are never read, whatever a front-to-back unzip would find first; a part that lies about its
// size or content is refused, naming the part.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, STACK, tempDir } from '../helpers/tmp.js';
import { zipBytes } from '../helpers/xlsx.js';
import { bookParts, sheetXml, type GenCell } from '../helpers/xlsx-layouts.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);
const DA = DA_HEADER.split(',');
const daRow = (id: string): GenCell[] => [id, 'domestic-abuse', null, null, null, 'no', null, 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y'];
const sheet = (id: string) => Buffer.from(sheetXml([DA, daRow(id)], undefined));
const realParts = () =>
  bookParts({ layout: 'openpyxl', sheets: [{ name: 'Cases', rows: [DA, daRow('DA-01')] }] }).map((p) => ({ ...p, deflate: true }));

async function ids(name: string): Promise<{ ids: string[]; code: number; stderr: string }> {
  const r = await runCli(['score', '--format', 'csv', at(name)]);
  const ids = r.stdout
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(',')[0]!);
  return { ids, code: r.code, stderr: r.stderr };
}

describe('parts the zip directory does not list', () => {
  it('never reads a second copy of a sheet stored before the listed one', async () => {
    // A front-to-back unzip meets the swapped copy first; Excel reads the directory's.
    writeFileSync(
      at('swapped.xlsx'),
      zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: sheet('SWAPPED-1'), deflate: true, unlisted: true }, ...realParts()]),
    );
    expect((await ids('swapped.xlsx')).ids).toEqual(['DA-01']);
  });

  it('never reads a decoy backup/xl/worksheets/sheet1.xml, listed or not', async () => {
    const decoy = (unlisted: boolean) => ({ name: 'backup/xl/worksheets/sheet1.xml', data: sheet('DECOY-1'), deflate: true, unlisted });
    writeFileSync(at('decoy.xlsx'), zipBytes([decoy(false), ...realParts()]));
    writeFileSync(at('decoy-unlisted.xlsx'), zipBytes([decoy(true), ...realParts()]));
    expect((await ids('decoy.xlsx')).ids).toEqual(['DA-01']);
    expect((await ids('decoy-unlisted.xlsx')).ids).toEqual(['DA-01']);
  });

  it('does not read hidden bulk between the listed parts (a sheet of 30,000 rows the directory does not list)', async () => {
    const bulk = Buffer.from(sheetXml([DA, ...Array.from({ length: 30_000 }, (_, i) => daRow(`HIDDEN-${i}`))], undefined));
    writeFileSync(
      at('bulk.xlsx'),
      zipBytes([
        ...realParts().slice(0, 2),
        { name: 'xl/worksheets/sheet1.xml', data: bulk, deflate: true, unlisted: true },
        ...realParts().slice(2),
      ]),
    );
    const r = await ids('bulk.xlsx');
    expect(r.ids).toEqual(['DA-01']);
    expect(r.stderr).toContain('1 read = 1 graded');
  }, 60_000);
});

describe('parts that lie', () => {
  it('refuses a zip that lists one name twice', async () => {
    const parts = realParts();
    writeFileSync(at('twice.xlsx'), zipBytes([...parts, { name: 'xl/worksheets/sheet1.xml', data: sheet('X'), deflate: true }]));
    const r = await ids('twice.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${at('twice.xlsx')}: the workbook is damaged: its part xl/worksheets/sheet1.xml appears twice in its zip directory; open it in Excel and save it again\n`,
    );
  });

  it('refuses a part whose bytes do not match its checksum, naming it', async () => {
    const bytes = zipBytes(realParts().map((p) => ({ ...p, deflate: false })));
    // Change one letter of the stored sheet: "DA-01" becomes "DA-02".
    const at01 = bytes.indexOf('DA-01');
    bytes[at01 + 4] = 0x32;
    writeFileSync(at('crc.xlsx'), bytes);
    const r = await ids('crc.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at('crc.xlsx')}: the workbook is damaged: its part xl/worksheets/sheet1.xml fails its checksum`);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('refuses a sheet that points at no part', async () => {
    writeFileSync(at('no-part.xlsx'), zipBytes(realParts().filter((p) => p.name !== 'xl/worksheets/sheet1.xml')));
    const r = await ids('no-part.xlsx');
    expect(r.stderr).toBe(
      `${at('no-part.xlsx')}: the workbook is damaged: its sheet "Cases" points at no part its zip holds; open it in Excel and save it again\n`,
    );
  });
});
