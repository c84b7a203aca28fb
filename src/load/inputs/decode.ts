// Bytes to text: UTF-8 (BOM optional) and UTF-16 LE/BE with BOM, as spreadsheets save them.
// Invalid UTF-8 (Windows-1252 from old Excel) is an error at the line of the first bad byte.
import { TextDecoder } from 'node:util';
import { decoderEncoding, type DecoderEncoding, type InputEncoding } from './encodings.js';
import { firstInvalidUtf8 } from './utf8-scan.js';

export class DecodeError extends Error {
  constructor(
    readonly line: number,
    message: string,
    readonly col?: number,
  ) {
    super(message);
  }
}

export class StreamDecoder {
  private decoder: TextDecoder | undefined;
  encoding: DecoderEncoding = 'utf-8';
  private head = Buffer.alloc(0);
  /** Newlines decoded so far, and characters since the last, to place an encoding error. */
  private lines = 1;
  private col = 0;

  /** `chosen`: --encoding; a byte order mark still wins. */
  constructor(private readonly chosen?: InputEncoding) {}

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

  /**
   * An ASCII chunk read as bytes (src/load/csv/byte-scan.ts): its text is its bytes, so it is only
   * checked for NUL and counted, as `write` would. Only between whole characters (the last byte
   * decoded was ASCII) and in an ASCII-compatible encoding (UTF-8, Windows-1252).
   */
  skipAscii(chunk: Buffer): void {
    const nul = chunk.indexOf(0);
    if (nul !== -1) throw this.nulFailure(chunk, nul);
    if (chunk.length && this.lines < 1e9) {
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) this.lines++;
      const last = chunk.lastIndexOf(0x0a);
      this.col = last === -1 ? this.col + chunk.length : chunk.length - last - 1;
    }
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
    this.encoding = decoderEncoding(head, this.chosen);
    // ignoreBOM false: the decoder drops a leading BOM itself.
    this.decoder = new TextDecoder(this.encoding, { fatal: true });
  }

  private decode(chunk: Buffer, stream: boolean): string {
    // A NUL byte never belongs in a text case file: binary data, or UTF-16 saved without a BOM.
    const nul = this.encoding === 'utf-8' || this.encoding === 'windows-1252' ? chunk.indexOf(0) : -1;
    if (nul !== -1) throw this.nulFailure(chunk, nul);
    let text: string;
    try {
      text = this.decoder!.decode(chunk, { stream });
    } catch {
      throw this.failure(chunk);
    }
    if (text.length && this.lines < 1e9) {
      this.lines += countNewlines(text);
      const last = text.lastIndexOf('\n');
      this.col = last === -1 ? this.col + text.length : text.length - last - 1;
    }
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
      'contains a NUL byte (0x00): this is not a text file (binary data, or UTF-16 without a byte order mark); expected CSV or YAML saved as UTF-8 (for UTF-16 without a byte order mark, use --encoding utf-16)',
    );
  }

  private failure(chunk: Buffer): DecodeError {
    const good = this.encoding === 'utf-8' ? Math.max(0, firstInvalidUtf8(chunk)) : this.firstInvalidUtf16(chunk);
    const before = new TextDecoder(this.encoding).decode(chunk.subarray(0, good));
    const line = this.lines + countNewlines(before);
    const last = before.lastIndexOf('\n');
    const col = last === -1 ? this.col + before.length + 1 : before.length - last;
    const byte = chunk[good] ?? 0;
    const hint =
      this.encoding === 'utf-8'
        ? ' (a file saved by older Excel is usually Windows-1252 or Latin-1): expected UTF-8; save it as "CSV UTF-8", or read it as it is with --encoding windows-1252'
        : '';
    return new DecodeError(
      line,
      `not valid ${this.encoding.toUpperCase()}: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}${hint}`,
      col,
    );
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
