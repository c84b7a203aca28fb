// Keyed pseudonyms for sharing outside the force (issue 28, contract): `c-` (case ids) or `a-`
// (auditor codes) + 12 lowercase RFC 4648 base32 characters of HMAC-SHA-256(key, NFC id). The same
// key and id give the same pseudonym in every run and format; nothing but the key holder's
// `reveal` (which hashes the register again) leads back. The key's fingerprint, never the key, is
// named in outputs so a reader knows which key was used.
import { createHash, createHmac } from 'node:crypto';

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

/** The first 12 hex characters of SHA-256 of the key: names the key without giving it away. */
export function keyFingerprint(key: Uint8Array): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export class Pseudonyms {
  readonly fingerprint: string;
  constructor(private readonly key: Uint8Array) {
    this.fingerprint = keyFingerprint(key);
  }

  /** A case id's pseudonym; an id that is already one (a partner's form read back) is kept, so it joins. */
  caseId(id: string): string {
    return this.of('c-', id);
  }

  /** An auditor code's pseudonym, likewise. */
  auditor(code: string): string {
    return this.of('a-', code);
  }

  private of(prefix: 'c-' | 'a-', id: string): string {
    if (id.startsWith(prefix) && SHAPE.test(id)) return id;
    return prefix + base32(createHmac('sha256', this.key).update(id.normalize('NFC'), 'utf8').digest(), LENGTH);
  }
}
