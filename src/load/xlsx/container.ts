// Is this file a workbook we are willing to open? Checked on the raw bytes before any part is
// inflated: the size, what the file really is (CSV, HTML or an encrypted file named .xlsx), and the
// zip's central directory, whose declared sizes give a zip bomb away before anything is inflated.
// The directory is also the only map of the zip the reader uses (zip-parts.ts).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { mib, XlsxError, type XlsxLimits } from './limits.js';

const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP_CENTRAL = 0x02014b50;
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Case-file arguments read as workbooks. */
export const isXlsxFile = (name: string): boolean => /\.xlsx$/i.test(name);

/** Other spreadsheet files, which would otherwise be read as (binary) CSV: what to do instead. */
export function otherSpreadsheet(name: string): string | undefined {
  const ext = /\.(xls|xlsm|xlsb|ods|numbers)$/i.exec(name)?.[1]?.toLowerCase();
  return ext && `case-audit reads Excel workbooks saved as .xlsx, not .${ext}: save it as "Excel Workbook (.xlsx)" (or CSV) and pass that`;
}

export interface ZipEntry {
  name: string;
  uncompressed: number;
  compressed: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** CRC-32 of the inflated bytes. */
  crc: number;
  /** Where its local header starts. */
  offset: number;
}

/** Throws XlsxError saying what is wrong; returns the zip's entries when it looks like a workbook. */
export function checkWorkbookFile(path: string, limits: XlsxLimits): ZipEntry[] {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) throw new XlsxError('the file is empty; expected an Excel workbook (.xlsx)');
    if (size > limits.maxFileBytes) {
      throw new XlsxError(
        `the workbook is ${mib(size)}, over the ${mib(limits.maxFileBytes)} limit for a case file; split it, or export the sheet as CSV`,
      );
    }
    const head = read(fd, 0, Math.min(size, 4096));
    if (head.readUInt32LE(0) !== ZIP_LOCAL) throw new XlsxError(notAZip(head, fd, size));
    const entries = centralDirectory(fd, size, limits);
    checkEntries(entries, limits);
    return entries;
  } finally {
    closeSync(fd);
  }
}

function read(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const got = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, got);
}

/** What a file that is not a zip archive most likely is, in words a user can act on. */
function notAZip(head: Buffer, fd: number, size: number): string {
  if (head.subarray(0, 8).equals(CFB_MAGIC)) {
    // Excel encrypts a password-protected .xlsx into this container; an old .xls uses it too.
    const whole = read(fd, 0, size);
    if (whole.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      return 'the workbook is password-protected (encrypted); case-audit cannot open it: in Excel remove the password (File > Info > Protect Workbook) and save it again';
    }
    return 'this is an old binary Excel file (.xls) or another Office document, not an .xlsx workbook: open it in Excel and save it as "Excel Workbook (.xlsx)"';
  }
  const text = head
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart()
    .slice(0, 1024)
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|table|meta)\b/.test(text) || (text.startsWith('<') && text.includes('<html'))) {
    return 'this is an HTML page named .xlsx (some systems export "Excel" files as HTML), not a workbook: open it in Excel and save it as .xlsx, or export CSV';
  }
  if (text.startsWith('<?xml') && text.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return 'this is an Excel 2003 XML spreadsheet, not an .xlsx workbook: open it in Excel and save it as .xlsx';
  }
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16 || !head.includes(0)) {
    return 'this is a text file (CSV?) named .xlsx, not a workbook: rename it to .csv (or .tsv) and pass that';
  }
  return 'not an Excel workbook: an .xlsx file is a zip archive and this one is not (a different kind of file renamed?)';
}

const DAMAGED = 'the workbook is damaged (its zip directory cannot be read); open it in Excel and save it again';

function centralDirectory(fd: number, size: number, limits: XlsxLimits): ZipEntry[] {
  // The end record sits in the last 22 bytes plus a comment of up to 65,535.
  const tailStart = Math.max(0, size - 22 - 65_535);
  const tail = read(fd, tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === ZIP_EOCD) {
      at = i;
      break;
    }
  }
  if (at === -1) throw new XlsxError(`${DAMAGED} (is the file cut short?)`);
  let count = tail.readUInt16LE(at + 10);
  let dirSize = tail.readUInt32LE(at + 12);
  let dirOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locator = at - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new XlsxError(DAMAGED);
    const record = read(fd, Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw new XlsxError(DAMAGED);
    count = Number(record.readBigUInt64LE(32));
    dirSize = Number(record.readBigUInt64LE(40));
    dirOffset = Number(record.readBigUInt64LE(48));
  }
  if (count > limits.maxEntries)
    throw new XlsxError(
      `the workbook's zip holds ${count.toLocaleString('en-GB')} files, over the limit of ${limits.maxEntries.toLocaleString('en-GB')}; this is not an ordinary workbook`,
    );
  if (dirOffset + dirSize > size) throw new XlsxError(DAMAGED);
  const dir = read(fd, dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== ZIP_CENTRAL) throw new XlsxError(DAMAGED);
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
    const sizes = zip64Sizes(dir, p, dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push({ name, ...sizes, method: dir.readUInt16LE(p + 10), crc: dir.readUInt32LE(p + 16) });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset, from the ZIP64 extra field (id 1) for those marked 0xffffffff, in its order. */
function zip64Sizes(dir: Buffer, p: number, extra: Buffer): Pick<ZipEntry, 'uncompressed' | 'compressed' | 'offset'> {
  const fields = [dir.readUInt32LE(p + 24), dir.readUInt32LE(p + 20), dir.readUInt32LE(p + 42)];
  const wide = fields.map((f) => f === 0xffffffff);
  for (let q = 0; q + 4 <= extra.length; q += 4 + extra.readUInt16LE(q + 2)) {
    if (extra.readUInt16LE(q) !== 1) continue;
    let at = q + 4;
    for (let i = 0; i < 3; i++) {
      if (!wide[i] || at + 8 > extra.length) continue;
      fields[i] = Number(extra.readBigUInt64LE(at));
      wide[i] = false;
      at += 8;
    }
  }
  // A size the archive never states is as large as can be: over any limit.
  const [uncompressed, compressed, offset] = fields.map((f, i) => (wide[i] ? Number.MAX_SAFE_INTEGER : f)) as [number, number, number];
  return { uncompressed, compressed, offset };
}

function checkEntries(entries: readonly ZipEntry[], limits: XlsxLimits): void {
  const total = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  if (total > limits.maxUnpackedBytes) {
    throw new XlsxError(
      `the workbook would unpack to ${mib(total)}, over the ${mib(limits.maxUnpackedBytes)} limit (a zip bomb, or far more data than a case file holds); nothing was read`,
    );
  }
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return;
  if (names.has('word/document.xml')) throw new XlsxError('this is a Word document named .xlsx, not a workbook');
  if (names.has('ppt/presentation.xml')) throw new XlsxError('this is a PowerPoint file named .xlsx, not a workbook');
  if (names.has('content.xml') && names.has('mimetype'))
    throw new XlsxError('this is an OpenDocument file (.ods?), not an .xlsx workbook: save it as .xlsx in your spreadsheet program');
  throw new XlsxError('this is a zip archive but not an Excel workbook (it has no xl/workbook.xml)');
}
