// Where UTF-8 goes wrong: the offset of the first byte that starts an invalid sequence, so an
// error names the byte a user must fix (0xE9 in "Café" from Windows-1252), not the one after it.

/** [lowest, highest] allowed for the second byte after each lead byte (RFC 3629 table). */
function secondRange(lead: number): [number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [0x80, 0xbf];
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [0x80, 0xbf];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [0x80, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return undefined;
}

const isContinuation = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * The offset of the first invalid sequence, or -1. Continuation bytes at the very start may finish
 * a character begun in the previous chunk and are skipped; a sequence cut off by the end is invalid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < 3 && isContinuation(bytes[i])) i++;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const range = secondRange(lead);
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    const second = bytes[i + 1];
    if (!range || second === undefined || second < range[0] || second > range[1]) return i;
    for (let k = 2; k < length; k++) if (!isContinuation(bytes[i + k])) return i;
    i += length;
  }
  return -1;
}
