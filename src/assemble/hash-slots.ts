// Open-addressing slot arrays shared by the duplicate-id table (seen-ids.ts) and the long-form
// join's key table (assemble/key-table.ts): two numbers a slot, a value + 1 (0: free) and the
// key's hash beside it, so a probe reads a key only when the hashes agree and a rehash reads none.

/** FNV-1a's start, and one step of it over a code unit: the id hashes (id-hashes.ts) run it in their own loop. */
export const FNV_OFFSET = 0x811c9dc5;
export const fnvStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/** FNV-1a over the UTF-16 code units. */
export function fnv1a(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = fnvStep(h, key.charCodeAt(i));
  return h >>> 0;
}

/** Twice the slots, each value placed again by the hash kept beside it. */
export function doubled(old: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const slots = new Uint32Array(old.length * 2);
  const mask = (slots.length >>> 1) - 1;
  for (let i = 0; i < old.length; i += 2) {
    if (old[i] === 0) continue;
    let slot = old[i + 1]! & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = old[i]!;
    slots[2 * slot + 1] = old[i + 1]!;
  }
  return slots;
}
