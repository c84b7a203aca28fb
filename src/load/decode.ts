// Bytes to text: UTF-8 (BOM optional) and UTF-16 LE/BE with BOM, as spreadsheets save them.
// Invalid UTF-8 (Windows-1252 from old Excel) is an error at the line of the first bad byte.
import { TextDecoder } from 'node:util';
import { firstInvalidUtf8 } from './utf8-scan.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export class DecodeError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export class StreamDecoder {
  private decoder: TextDecoder | undefined;
  encoding: Encoding = 'utf-8';
  private head = Buffer.alloc(0);
  /** Newlines decoded so far, to place an encoding error. */
  private lines = 1;

  /** Text for this chunk ('' while the BOM is still undecided). */
  write(chunk: Buffer): string {
    if (!this.decoder) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 3) return '';
      chunk = this.head;
      this.start(chunk);
    }
    return this.decode(chunk, true);
  }

  end(): string {
    if (!this.decoder) {
      const rest = this.head;
      this.start(rest);
      return this.decode(rest, false);
    }
    return this.decode(Buffer.alloc(0), false);
  }

  private start(head: Buffer): void {
    if (head[0] === 0xff && head[1] === 0xfe) this.encoding = 'utf-16le';
    else if (head[0] === 0xfe && head[1] === 0xff) this.encoding = 'utf-16be';
    // ignoreBOM false: the decoder drops a leading BOM itself.
    this.decoder = new TextDecoder(this.encoding, { fatal: true });
  }

  private decode(chunk: Buffer, stream: boolean): string {
    // A NUL byte never belongs in a text case file: binary data, or UTF-16 saved without a BOM.
    const nul = this.encoding === 'utf-8' ? chunk.indexOf(0) : -1;
    if (nul !== -1) throw this.nulFailure(chunk, nul);
    let text: string;
    try {
      text = this.decoder!.decode(chunk, { stream });
    } catch {
      throw this.failure(chunk);
    }
    if (text.length && this.lines < 1e9) this.lines += countNewlines(text);
    return text;
  }

  private firstInvalidUtf16(chunk: Buffer): number {
    // Decode ever-longer prefixes of the chunk: rare (a lone surrogate), so simplicity wins.
    const probe = new TextDecoder(this.encoding, { fatal: true });
    let good = 0;
    for (let end = 1; end <= chunk.length; end++) {
      try {
        probe.decode(chunk.subarray(good, end), { stream: true });
        good = end;
      } catch {
        break;
      }
    }
    return good;
  }

  private nulFailure(chunk: Buffer, at: number): DecodeError {
    let line = this.lines;
    for (let i = chunk.indexOf(0x0a); i !== -1 && i < at; i = chunk.indexOf(0x0a, i + 1)) line++;
    return new DecodeError(
      line,
      'contains a NUL byte (0x00): this is not a text file (binary data, or UTF-16 without a byte order mark); expected CSV or YAML saved as UTF-8',
    );
  }

  private failure(chunk: Buffer): DecodeError {
    const good = this.encoding === 'utf-8' ? Math.max(0, firstInvalidUtf8(chunk)) : this.firstInvalidUtf16(chunk);
    const before = new TextDecoder(this.encoding).decode(chunk.subarray(0, good));
    const line = this.lines + countNewlines(before);
    const byte = chunk[good] ?? 0;
    const hint =
      this.encoding === 'utf-8'
        ? ' (a file saved by older Excel is usually Windows-1252 or Latin-1): expected UTF-8; save it as "CSV UTF-8" and try again'
        : '';
    return new DecodeError(line, `not valid ${this.encoding.toUpperCase()}: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}${hint}`);
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
