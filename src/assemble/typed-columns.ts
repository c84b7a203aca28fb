// Growable typed-array columns for the assessment store: numbers kept out of objects, so a million
// assessments cost a few tens of megabytes and nothing for the garbage collector to walk.

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array;

class Column<T extends Typed> {
  private data: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data as never);
      this.data = bigger;
    }
    this.data[this.length] = value;
    return this.length++;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** The values so far, in an array of their own (it may cross to another thread). */
  copy(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export const u8 = () => new Column((n) => new Uint8Array(n));
export const u32 = () => new Column((n) => new Uint32Array(n));
export const i32 = () => new Column((n) => new Int32Array(n));

/** Strings stored once each, numbered from 0 in order first seen. */
export class Interned {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(value, i);
      this.values.push(value);
    }
    return i;
  }
}

/** Finding codes of every assessment, end to end in fixed pages (never copied as they fill). */
export class CodeArena {
  private static readonly PAGE = 1 << 20;
  private readonly pages: Uint8Array[] = [];
  private used = CodeArena.PAGE;

  /** Stores the codes; returns where they start. */
  add(codes: Uint8Array): number {
    if (this.used + codes.length > CodeArena.PAGE) {
      this.pages.push(new Uint8Array(CodeArena.PAGE));
      this.used = 0;
    }
    const at = (this.pages.length - 1) * CodeArena.PAGE + this.used;
    this.pages[this.pages.length - 1]!.set(codes, this.used);
    this.used += codes.length;
    return at;
  }

  /** The pages as they are (a part's store crossing threads). */
  get allPages(): readonly Uint8Array[] {
    return this.pages;
  }

  /** A view (no copy) of `length` codes stored at `at`. */
  view(at: number, length: number): Uint8Array {
    return CodeArena.viewIn(this.pages, at, length);
  }

  /** The same view into pages that came from another thread's arena. */
  static viewIn(pages: readonly Uint8Array[], at: number, length: number): Uint8Array {
    const page = pages[Math.floor(at / CodeArena.PAGE)]!;
    const start = at % CodeArena.PAGE;
    return page.subarray(start, start + length);
  }
}
