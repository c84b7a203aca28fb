// The pseudonyms' own HMAC-SHA-256 against node:crypto's createHmac on many ids: random ASCII and
// non-ASCII, NFD input, empty, and texts either side of the one-block limit (55 bytes) and of the
// 64- and 120-byte lengths where SHA-256's padding moves on. The base32 here is worked with BigInt,
// not with the code under test.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ShortHmac } from '../../src/domain/hmac-sha256.js';
import { Pseudonyms } from '../../src/domain/pseudonym.js';

/** mulberry32: the same ids every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One-, two-, three- and four-byte UTF-8 characters, and an NFD pair (e + combining diaeresis).
const PIECES = ['A', '7', '-', '/', ' ', 'é', 'ß', 'ł', '中', '€', '😀', 'e\u0308', 'Å'];
const next = random(28);
function randomId(): string {
  const length = Math.floor(next() * 40);
  let id = '';
  for (let i = 0; i < length; i++)
    id += next() < 0.7 ? String.fromCharCode(0x21 + Math.floor(next() * 94)) : PIECES[Math.floor(next() * PIECES.length)]!;
  return id;
}

const ASCII_LENGTHS = [0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 121, 200];
/** Texts of 53 to 57 UTF-8 bytes that end in a multi-byte character (the limit falls inside it or after it). */
const AROUND_LIMIT = [50, 51, 52, 53, 54, 55].flatMap((n) => ['é', '中', '😀'].map((c) => 'x'.repeat(n) + c));
/** Either side of each UTF-8 length step (U+007F/U+0080, U+07FF/U+0800, the last BMP unit): the ASCII fast path must stop at U+0080. */
const CODE_EDGES = ['\u007f', '\u0080', 'x\u0080', '\u0080x', '\u07ff', '\u0800', '\uffff'];
const IDS = [...ASCII_LENGTHS.map((n) => 'G'.repeat(n)), ...AROUND_LIMIT, ...CODE_EDGES, ...Array.from({ length: 3000 }, randomId)];

const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255);

function words(bytes: Buffer): number[] {
  return Array.from({ length: 8 }, (_, i) => bytes.readInt32BE(4 * i));
}

/** RFC 4648 base32, lowercase, of the first 60 bits. */
function base32(bytes: Buffer): string {
  const bits = bytes.readBigUInt64BE(0) >> 4n;
  return Array.from({ length: 12 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz234567'[Number((bits >> BigInt(55 - 5 * i)) & 31n)]).join('');
}

describe('HMAC-SHA-256 of short texts', () => {
  it('is createHmac for every text of up to 55 UTF-8 bytes, under keys shorter than, as long as and longer than a block', () => {
    let short = 0;
    for (const key of [
      KEY,
      new Uint8Array(0),
      new Uint8Array(64).fill(7),
      Uint8Array.from({ length: 65 }, (_, i) => i),
      new Uint8Array(100).fill(255),
    ]) {
      const hmac = new ShortHmac(key);
      for (const id of IDS) {
        const bytes = Buffer.byteLength(id);
        const got = hmac.digest(id);
        if (bytes > 55) {
          expect(got, id).toBeUndefined();
        } else {
          expect(Array.from(got!), id).toEqual(words(createHmac('sha256', key).update(id, 'utf8').digest()));
          short++;
        }
      }
    }
    // Most random ids are short; the boundary ids are on both sides.
    expect(short).toBeGreaterThan(5 * 2500);
  });

  it('pseudonyms are c-/a- and 12 base32 characters of createHmac of the NFC id, short or long, NFD or not', () => {
    const p = new Pseudonyms(KEY);
    for (const id of IDS) {
      const digest = createHmac('sha256', KEY).update(id.normalize('NFC'), 'utf8').digest();
      if (/^[ca]-/.test(id)) continue;
      expect(p.caseId(id), id).toBe(`c-${base32(digest)}`);
      expect(p.auditor(id), id).toBe(`a-${base32(digest)}`);
      // Remembered auditor codes give the same again.
      expect(p.auditor(id), id).toBe(`a-${base32(digest)}`);
    }
  });
});
