// The streamed output's batches (src/write/stream-out.ts): pieces of text and bytes gathered into
// large writes must reach stdout and --output byte for byte as written, whatever their characters
// and sizes, and a batch handed to stdout must never change after (a stream may keep it queued).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openStreamOut } from '../../src/write/stream-out.js';
import { tempDir } from '../helpers/tmp.js';

/** Keeps every chunk it is given as given (no copy), so a batch changed later shows. */
class Keep extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    done();
  }
}

/** Seeded pieces: ASCII rows, box-drawing rows, emoji (surrogate pairs), empty strings, bytes, and pieces larger than a batch. */
function pieces(): Array<string | Uint8Array> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: Array<string | Uint8Array> = [];
  for (let i = 0; i < 4000; i++) {
    const r = next();
    if (r < 0.4) out.push(`GL17-${i},section-47,Good,,no\n`);
    else if (r < 0.7) out.push(`├${'─'.repeat(Math.floor(next() * 90))}┤\n│ ${i} │\n`);
    else if (r < 0.8) out.push(`😀 é ${'x'.repeat(Math.floor(next() * 30))}\n`);
    else if (r < 0.85) out.push('');
    else if (r < 0.98) out.push(Uint8Array.from({ length: Math.floor(next() * 3000) }, (_, k) => (k * 31 + i) & 0xff));
    else if (r < 0.99) out.push('ü'.repeat(50_000 + Math.floor(next() * 40_000)));
    else out.push(new Uint8Array(200_000 + Math.floor(next() * 100_000)).fill(i & 0xff));
  }
  return out;
}

const dir = tempDir();

const expected = (all: Array<string | Uint8Array>) => Buffer.concat(all.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));

describe('streamed output batches', () => {
  it('reach stdout byte for byte, in batches, none changed after it was handed over', async () => {
    const all = pieces();
    const stdout = new Keep();
    const out = openStreamOut(undefined, stdout);
    for (const p of all) out.write(p);
    await out.end();
    expect(Buffer.concat(stdout.chunks).equals(expected(all))).toBe(true);
    // Gathered: far fewer writes than pieces; each a batch (at most 128 KiB) or one large piece alone.
    expect(stdout.chunks.length).toBeLessThan(all.length / 10);
    for (const c of stdout.chunks) expect(c.length <= 128 * 1024 || all.some((p) => p.length * 3 > 128 * 1024)).toBe(true);
  });

  it('reach --output byte for byte', async () => {
    const all = pieces();
    const file = join(dir, 'out.txt');
    const out = openStreamOut(file, new Keep());
    for (const p of all) out.write(p);
    await out.end();
    expect(readFileSync(file).equals(expected(all))).toBe(true);
  });

  it('an empty output still writes the file, empty', async () => {
    const file = join(dir, 'empty.txt');
    const out = openStreamOut(file, new Keep());
    out.write('');
    await out.end();
    expect(readFileSync(file).length).toBe(0);
  });
});
