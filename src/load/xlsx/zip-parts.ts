// A workbook's parts, found by the zip's central directory and nothing else: bytes that the
// directory does not point at (a decoy part, a second copy of a sheet, data hidden between
// entries) are never read. Each part is inflated straight from the file as it is read, and every
// cap is applied to the bytes actually inflated, not to the sizes the zip declares.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { crc32, createInflateRaw, type ZlibOptions } from 'node:zlib';
import { checkWorkbookFile, type ZipEntry } from './container.js';
import { osReason } from '../inputs/os-reasons.js';
import { mib, XlsxError, type XlsxLimits } from './limits.js';

const ZIP_LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;
const AHEAD = 1024 * 1024;

const damaged = (name: string, what: string) =>
  new XlsxError(`the workbook is damaged: its part ${name} ${what}; open it in Excel and save it again`);

export class ZipParts {
  /** By lower-case name: a package's part names are case-insensitive. */
  private readonly byName = new Map<string, ZipEntry>();
  /** Bytes inflated so far, every part read counted. */
  private inflated = 0;

  constructor(
    readonly path: string,
    private readonly limits: XlsxLimits,
  ) {
    for (const e of checkWorkbookFile(path, limits)) {
      const key = e.name.toLowerCase();
      // Two entries of one name: which one a program reads differs, so neither is trusted.
      if (this.byName.has(key)) throw damaged(e.name, 'appears twice in its zip directory');
      this.byName.set(key, e);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** A part's inflated bytes, chunk by chunk; stops the moment it outgrows its declared size or the total cap. */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const e = this.byName.get(name.toLowerCase());
    if (!e) throw damaged(name, 'is missing from its zip');
    if (e.method !== 0 && e.method !== 8)
      throw new XlsxError(`the workbook uses a zip compression method (${e.method}) Excel does not write; save it again in Excel`);
    if (e.compressed === 0) {
      if (e.uncompressed !== 0) throw damaged(e.name, 'is shorter than its zip directory declares');
      return;
    }
    const start = this.dataStart(e);
    const source = createReadStream(this.path, { start, end: start + e.compressed - 1, highWaterMark: CHUNK });
    // zlib inflates on libuv's thread pool: a buffer of a megabyte lets it work ahead while this
    // thread scans (zlib passes stream options on to its Transform; its types do not list them).
    const inflate = e.method === 8 ? createInflateRaw({ chunkSize: CHUNK, readableHighWaterMark: AHEAD } as ZlibOptions) : undefined;
    // pipe() does not pass a read error on: without this the inflater would wait for ever.
    if (inflate) source.on('error', (err) => inflate.destroy(err));
    const bytes: AsyncIterable<Buffer> = inflate ? source.pipe(inflate) : source;
    let out = 0;
    let crc = 0;
    try {
      for await (const chunk of bytes) {
        out += chunk.length;
        this.inflated += chunk.length;
        if (out > e.uncompressed)
          throw new XlsxError(
            `the workbook unpacks to more than its zip directory declares (a zip bomb, or a damaged file: part ${e.name}); nothing more was read`,
          );
        if (this.inflated > this.limits.maxUnpackedBytes)
          throw new XlsxError(`the workbook unpacks to more than ${mib(this.limits.maxUnpackedBytes)}; nothing more was read`);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (err) {
      if (err instanceof XlsxError) throw err;
      // zlib's errors carry Z_ codes; anything else is the disk's, not the file's.
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (!code.startsWith('Z_') && code !== 'ERR_STREAM_PREMATURE_CLOSE')
        throw new XlsxError(`cannot read the workbook: ${osReason(err)}`);
      throw damaged(e.name, 'cannot be unpacked (its compressed data is broken)');
    } finally {
      source.destroy();
      inflate?.destroy();
    }
    if (out !== e.uncompressed) throw damaged(e.name, 'is shorter than its zip directory declares');
    if (crc >>> 0 !== e.crc) throw damaged(e.name, 'fails its checksum (its bytes were changed or cut)');
  }

  /** Where an entry's data begins: after its local header, whose name and extra lengths may differ from the directory's. */
  private dataStart(e: ZipEntry): number {
    const head = Buffer.alloc(30);
    const fd = openSync(this.path, 'r');
    try {
      if (readSync(fd, head, 0, 30, e.offset) !== 30 || head.readUInt32LE(0) !== ZIP_LOCAL)
        throw damaged(e.name, 'is not where its zip directory says');
      return e.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
    } finally {
      closeSync(fd);
    }
  }
}
