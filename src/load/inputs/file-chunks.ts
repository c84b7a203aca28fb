// A file's bytes in 64 KB chunks read into one buffer, for loaders that decode each chunk before
// asking for the next (CSV, YAML). A stream allocates a buffer per chunk, freed only when the GC
// finds it: on a worker thread's small young generation they were promoted and waited for a full
// collection, ~8 MB of them at a time on a million rows. Reads are asynchronous, so progress and
// worker messages are handled between chunks.
import { closeSync, read } from 'node:fs';
import { promisify } from 'node:util';

/** 64 KB: as fast as larger reads here, and a decoded chunk stays a small young object (README, Performance). */
const CHUNK_BYTES = 64 * 1024;

const readAt = promisify(read);

/** Bytes from `start` up to `end` (absent: the end of the file). */
export interface ByteRange {
  start: number;
  end?: number;
}

export class FileChunks implements AsyncIterable<Buffer> {
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private closed = false;

  constructor(
    /** Open for reading; closed when the last chunk has been read, or on destroy. */
    private readonly fd: number,
    private readonly ranges: readonly ByteRange[] = [{ start: 0 }],
    /** Each chunk as it is read, with the index of its range. */
    private readonly onChunk?: (chunk: Buffer, range: number) => void,
  ) {}

  /** Each chunk is valid until the next is asked for. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    try {
      for (const [k, { start, end = Infinity }] of this.ranges.entries()) {
        for (let at = start; at < end;) {
          const { bytesRead } = await readAt(this.fd, this.buffer, 0, Math.min(CHUNK_BYTES, end - at), at);
          if (bytesRead === 0) break;
          at += bytesRead;
          const chunk = this.buffer.subarray(0, bytesRead);
          this.onChunk?.(chunk, k);
          yield chunk;
        }
      }
    } finally {
      this.destroy();
    }
  }

  /** Stops reading and closes the file (also before the first chunk). */
  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}
