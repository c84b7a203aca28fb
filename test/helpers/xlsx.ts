// Workbooks for tests, made and read with exceljs directly (not through the code under test),
// and raw zip archives for the hostile ones.
import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';

export interface BookSheet {
  name: string;
  rows: unknown[][];
  state?: 'visible' | 'hidden';
  /** Row number of the first row (blank rows above it). */
  startRow?: number;
}

export async function writeBook(path: string, sheets: BookSheet[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = book.addWorksheet(s.name, s.state ? { state: s.state } : {});
    s.rows.forEach((row, i) => {
      const line = ws.getRow((s.startRow ?? 1) + i);
      row.forEach((v, c) => {
        if (v !== undefined && v !== null) line.getCell(c + 1).value = v as ExcelJS.CellValue;
      });
    });
  }
  await book.xlsx.writeFile(path);
}

export async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** A sheet's values as arrays from column A (exceljs's row.values starts at index 1). */
export function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = (row.values as unknown[]).slice(1);
  });
  return out;
}

/**
 * A zip archive, stored or deflated; `declared` overrides the uncompressed size the headers state;
 * an `unlisted` entry is written into the file but left out of the central directory (a reader that
 * goes front to back finds it, one that follows the directory never does).
 */
export function zipBytes(entries: Array<{ name: string; data: Buffer; declared?: number; deflate?: boolean; unlisted?: boolean }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const crc = crc32(e.data);
    const stored = e.deflate ? deflateRawSync(e.data) : e.data;
    const method = e.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(e.declared ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(e.declared ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    if (!e.unlisted) centrals.push(central, name);
    offset += 30 + name.length + stored.length;
  }
  const listed = entries.filter((e) => !e.unlisted).length;
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
