// Pseudonyms against values computed outside this code: Python's hmac, hashlib and base64
// (`base64.b32encode(hmac.new(key, unicodedata.normalize('NFC', id).encode(), hashlib.sha256).digest()).lower()[:12]`).
import { describe, expect, it } from 'vitest';
import { keyFingerprint, Pseudonyms } from '../../src/domain/pseudonym.js';

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
const OTHER = new Uint8Array(32).fill(255);

describe('pseudonyms (issue 28 contract)', () => {
  it('c- and a- + 12 base32 characters of HMAC-SHA-256 of the NFC id, as Python computes them', () => {
    const p = new Pseudonyms(KEY);
    expect(p.caseId('G17-001')).toBe('c-x25ccn2zp5vf');
    expect(p.auditor('A12')).toBe('a-iwirksovroic');
    // NFD (e + combining diaeresis) and NFC (ë) are the same id.
    expect(p.caseId('Zoe\u0308-7')).toBe('c-ifeokbri2wr2');
    expect(p.caseId('Zo\u00eb-7')).toBe('c-ifeokbri2wr2');
  });

  it('another key gives another pseudonym and fingerprint', () => {
    expect(new Pseudonyms(OTHER).caseId('G17-001')).toBe('c-2u56dvucy56f');
    expect(keyFingerprint(KEY)).toBe('630dcd2966c4');
    expect(new Pseudonyms(OTHER).fingerprint).toBe('af9613760f72');
  });

  it('an id that is already a pseudonym of its kind is kept (a partner form read back joins); one of the other kind is not', () => {
    const p = new Pseudonyms(KEY);
    expect(p.caseId('c-x25ccn2zp5vf')).toBe('c-x25ccn2zp5vf');
    expect(p.auditor('a-iwirksovroic')).toBe('a-iwirksovroic');
    expect(p.auditor('c-x25ccn2zp5vf')).toMatch(/^a-[a-z2-7]{12}$/);
    // Not the shape: upper case, 11 characters, a 1 (not in the alphabet).
    for (const id of ['c-X25CCN2ZP5VF', 'c-x25ccn2zp5v', 'c-x25ccn2zp5v1']) expect(p.caseId(id)).not.toBe(id);
  });
});
