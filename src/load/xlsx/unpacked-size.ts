// A zip's directory can lie: an entry that declares 1 KB may inflate to gigabytes, and exceljs's
// unzipper never checks. So each entry is inflated once here, its output counted and thrown away,
// and the read stops the moment an entry outgrows what it declared (or the total its limit).
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import type { ZipEntry } from './container.js';
import { mib, XlsxError, type XlsxLimits } from './limits.js';

const LIE = 'the workbook unpacks to more than its zip directory declares (a zip bomb, or a damaged file); nothing was read';

export async function checkUnpackedSizes(path: string, entries: readonly ZipEntry[], limits: XlsxLimits): Promise<void> {
  let total = 0;
  const fd = openSync(path, 'r');
  let starts: number[];
  try {
    starts = entries.map((e) => dataStart(fd, e));
  } finally {
    closeSync(fd);
  }
  for (const [i, e] of entries.entries()) {
    if (e.compressed === 0) continue;
    if (e.method !== 0 && e.method !== 8)
      throw new XlsxError(`the workbook uses a zip compression method (${e.method}) Excel does not write; save it again in Excel`);
    const source = createReadStream(path, { start: starts[i]!, end: starts[i]! + e.compressed - 1 });
    if (e.method === 0) {
      if (e.compressed !== e.uncompressed) throw new XlsxError(LIE);
      source.destroy();
      total += e.compressed;
      continue;
    }
    let out = 0;
    const inflate = createInflateRaw();
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (err: Error) => {
        if (failed) return;
        failed = true;
        source.destroy();
        inflate.destroy();
        reject(err);
      };
      inflate.on('data', (chunk: Buffer) => {
        out += chunk.length;
        if (out > e.uncompressed || total + out > limits.maxUnpackedBytes)
          fail(
            new XlsxError(
              out > e.uncompressed ? LIE : `the workbook would unpack to more than ${mib(limits.maxUnpackedBytes)}; nothing was read`,
            ),
          );
      });
      inflate.on('end', resolve);
      inflate.on('error', () =>
        fail(new XlsxError('the workbook is damaged (a compressed part cannot be unpacked); open it in Excel and save it again')),
      );
      source.on('error', fail);
      source.pipe(inflate);
    });
    total += out;
  }
}

/** Where an entry's data begins: after its local header, whose name and extra lengths may differ from the directory's. */
function dataStart(fd: number, e: ZipEntry): number {
  const head = Buffer.alloc(30);
  if (readSync(fd, head, 0, 30, e.offset) !== 30 || head.readUInt32LE(0) !== 0x04034b50) {
    throw new XlsxError('the workbook is damaged (its zip directory points at nothing); open it in Excel and save it again');
  }
  return e.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
}
