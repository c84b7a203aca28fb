// Keyed pseudonyms for sharing outside the force (issue 28, contract): `c-` (case ids) or `a-`
// (auditor codes) + 12 lowercase RFC 4648 base32 characters of HMAC-SHA-256(key, NFC id). The same
// key and id give the same pseudonym in every run and format; nothing but the key holder's
// `reveal` (which hashes the register again) leads back. The key's fingerprint, never the key, is
// named in outputs so a reader knows which key was used.
import { createHash, createHmac } from 'node:crypto';
import { ShortHmac } from './hmac-sha256.js';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** 12 characters of 5 bits: 60 bits, so two ids of a million share a pseudonym with odds ~1e-6. */
const LENGTH = 12;
const SHAPE = /^[ca]-[a-z2-7]{12}$/;

/** RFC 4648 base32 of the first `chars` * 5 bits of `bytes`, lowercase, no padding. */
function base32(bytes: Uint8Array, chars: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length === chars) break;
  }
  return out;
}

/** The alphabet's character codes, for building a pseudonym in one call. */
const CODES = Uint8Array.from(BASE32, (c) => c.charCodeAt(0));
/** No code of 0x80 or over: NFC leaves such a text as it is, so it need not be normalised. */
const NOT_ASCII = /[^\0-\x7f]/;
/** Auditor codes repeat on every row: each one's pseudonym is kept (up to this many codes). */
const REMEMBERED = 10_000;

/** `prefix` + RFC 4648 base32 of the first 60 bits of the digest words `d`, lowercase. */
function pseudonymOf(prefix: 'c-' | 'a-', d: Int32Array): string {
  const [hi, lo] = [d[0]!, d[1]!];
  const c = (n: number) => CODES[n & 31]!;
  return String.fromCharCode(
    prefix.charCodeAt(0),
    0x2d,
    c(hi >>> 27),
    c(hi >>> 22),
    c(hi >>> 17),
    c(hi >>> 12),
    c(hi >>> 7),
    c(hi >>> 2),
    c((hi << 3) | (lo >>> 29)),
    c(lo >>> 24),
    c(lo >>> 19),
    c(lo >>> 14),
    c(lo >>> 9),
    c(lo >>> 4),
  );
}

/** The first 12 hex characters of SHA-256 of the key: names the key without giving it away. */
export function keyFingerprint(key: Uint8Array): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export class Pseudonyms {
  readonly fingerprint: string;
  private readonly hmac: ShortHmac;
  private readonly auditors = new Map<string, string>();
  constructor(private readonly key: Uint8Array) {
    this.fingerprint = keyFingerprint(key);
    this.hmac = new ShortHmac(key);
  }

  /** A case id's pseudonym; an id that is already one (a partner's form read back) is kept, so it joins. */
  caseId(id: string): string {
    return this.of('c-', id);
  }

  /** An auditor code's pseudonym, likewise. */
  auditor(code: string): string {
    let pseudonym = this.auditors.get(code);
    if (pseudonym === undefined) {
      pseudonym = this.of('a-', code);
      if (this.auditors.size < REMEMBERED) this.auditors.set(code, pseudonym);
    }
    return pseudonym;
  }

  private of(prefix: 'c-' | 'a-', id: string): string {
    if (id.startsWith(prefix) && SHAPE.test(id)) return id;
    const nfc = NOT_ASCII.test(id) ? id.normalize('NFC') : id;
    const digest = this.hmac.digest(nfc);
    if (digest) return pseudonymOf(prefix, digest);
    // Longer than one block: rare enough to leave to node:crypto.
    return prefix + base32(createHmac('sha256', this.key).update(nfc, 'utf8').digest(), LENGTH);
  }
}
