// HMAC-SHA-256 (RFC 2104, FIPS 180-4) of short texts, for pseudonyms at a million ids a run.
// node:crypto's createHmac sets the key up again for every id (about 3.4 µs an id, most of
// `--pseudonymise`'s cost); here the key's inner and outer states are worked out once, so an id of
// up to 55 UTF-8 bytes costs two compressions on 32-bit integers and allocates nothing. Longer ids
// are left to createHmac (./pseudonym.ts). test/sharing/hmac-sha256.test.ts checks it against createHmac.
import { createHash } from 'node:crypto';

// prettier-ignore
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** The longest text (in UTF-8 bytes) one block holds after the key's: 64 less the 0x80 and the 8-byte length. */
const SHORT = 55;
const BLOCK = 64;

/** The message schedule, reused: its first 16 words are the block being compressed. */
const w = new Int32Array(64);
/** A non-ASCII text's UTF-8 bytes; one more than SHORT, so a longer text shows as filling it. */
const utf8 = new Uint8Array(SHORT + 1);
const encoder = new TextEncoder();

/** SHA-256's compression of the block in w[0..15] into `from`, written to `to` (which may be `from`). */
function compress(from: Int32Array, to: Int32Array): void {
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
  }
  let a = from[0]!,
    b = from[1]!,
    c = from[2]!,
    d = from[3]!,
    e = from[4]!,
    f = from[5]!,
    g = from[6]!,
    h = from[7]!;
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  to[0] = (from[0]! + a) | 0;
  to[1] = (from[1]! + b) | 0;
  to[2] = (from[2]! + c) | 0;
  to[3] = (from[3]! + d) | 0;
  to[4] = (from[4]! + e) | 0;
  to[5] = (from[5]! + f) | 0;
  to[6] = (from[6]! + g) | 0;
  to[7] = (from[7]! + h) | 0;
}

/** Puts byte `i` of the block into w (big-endian words); the block must start zeroed. */
function put(i: number, byte: number): void {
  w[i >> 2]! |= byte << (24 - 8 * (i & 3));
}

/** Ends the block after `length` bytes of text that follow one 64-byte block: 0x80, zeros, the length in bits. */
function pad(length: number): void {
  put(length, 0x80);
  w[15] = (BLOCK + length) * 8;
}

export class ShortHmac {
  private readonly inner = new Int32Array(8);
  private readonly outer = new Int32Array(8);
  /** The last digest, as 8 big-endian words; overwritten by the next call. */
  private readonly sum = new Int32Array(8);

  constructor(key: Uint8Array) {
    const k = key.length > BLOCK ? createHash('sha256').update(key).digest() : key;
    for (const [state, xor] of [
      [this.inner, 0x36],
      [this.outer, 0x5c],
    ] as const) {
      w.fill(0, 0, 16);
      for (let i = 0; i < BLOCK; i++) put(i, (k[i] ?? 0) ^ xor);
      compress(IV, state);
    }
  }

  /**
   * HMAC-SHA-256 of the text's UTF-8 bytes as 8 big-endian words (reused: read them before the next
   * call), or undefined when they are more than 55 bytes. The text is taken as given (no normalising).
   */
  digest(text: string): Int32Array | undefined {
    w.fill(0, 0, 16);
    let length = text.length;
    let ascii = length <= SHORT;
    for (let i = 0; ascii && i < length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) put(i, code);
      else ascii = false;
    }
    if (!ascii) {
      const { read, written } = encoder.encodeInto(text, utf8);
      if (read !== text.length || written > SHORT) return undefined;
      length = written;
      w.fill(0, 0, 16);
      for (let i = 0; i < length; i++) put(i, utf8[i]!);
    }
    pad(length);
    compress(this.inner, this.sum);
    // The outer hash: the key's outer block, then the inner digest (32 bytes) as one padded block.
    w.set(this.sum);
    w.fill(0, 8, 16);
    pad(32);
    compress(this.outer, this.sum);
    return this.sum;
  }
}
