// The shared strings: every distinct text of the workbook, which cells name by index. They must be
// held while the sheet is read, so they are capped (count and characters, XlsxLimits) and stored
// compactly: blocks of 4,096 strings joined into one string each, with their end offsets, ~4 bytes
// a string over its characters (an array of 4 million short strings would cost ~100 MB more).
import { XlsxError, type XlsxLimits } from './limits.js';
import { readPart } from './part-scan.js';
import { StringRuns } from './string-runs.js';
import type { ZipParts } from './zip-parts.js';

const BLOCK = 4096;

export class SharedStrings {
  private readonly blocks: string[] = [];
  private readonly ends: Uint32Array[] = [];
  private pending: string[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(text: string): void {
    this.pending.push(text);
    this.count++;
    if (this.pending.length === BLOCK) this.seal();
  }

  /** The string at `index`, or undefined when the workbook holds none there. */
  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const b = index >>> 12;
    if (b === this.blocks.length) return this.pending[index & (BLOCK - 1)];
    const ends = this.ends[b]!;
    const k = index & (BLOCK - 1);
    return this.blocks[b]!.slice(k === 0 ? 0 : ends[k - 1], ends[k]);
  }

  seal(): void {
    if (this.pending.length === 0) return;
    const ends = new Uint32Array(this.pending.length);
    let at = 0;
    for (let k = 0; k < this.pending.length; k++) {
      at += this.pending[k]!.length;
      ends[k] = at;
    }
    this.blocks.push(this.pending.join(''));
    this.ends.push(ends);
    this.pending = [];
  }
}

export async function readSharedStrings(parts: ZipParts, name: string | undefined, limits: XlsxLimits): Promise<SharedStrings> {
  const table = new SharedStrings();
  if (name === undefined) return table;
  const runs = new StringRuns();
  let chars = 0;
  let inItem = false;
  const tooMany = () =>
    new XlsxError(
      `the workbook holds more distinct texts than case-audit keeps in memory (over ${limits.maxSharedStrings.toLocaleString('en-GB')} strings or ${limits.maxSharedChars.toLocaleString('en-GB')} characters in ${name}); export the sheet as CSV and pass that`,
    );
  await readPart(parts, name, {
    open(element) {
      if (element === 'si') inItem = true;
      else if (inItem) runs.open(element);
    },
    close(element) {
      if (element !== 'si') return runs.close(element);
      inItem = false;
      const text = runs.take();
      chars += text.length;
      if (table.size === limits.maxSharedStrings || chars > limits.maxSharedChars) throw tooMany();
      table.push(text);
    },
    text(buf, start, end, cdata) {
      if (!inItem) return;
      runs.text(buf, start, end, cdata);
      // One item of many runs must not grow past the cap before it closes.
      if (chars + runs.length > limits.maxSharedChars) throw tooMany();
    },
  });
  table.seal();
  return table;
}
