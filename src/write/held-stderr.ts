// Stderr held back while a run may still be read again (ids deferred, src/commands/summary-run.ts):
// if it is, nothing of the first reading was printed. Released, it writes what it held and then
// passes writes straight through.
import { Writable } from 'node:stream';
import type { Io } from '../io.js';

/** Past this much held text (a --max-errors far above the default) the first reading is not used. */
const MAX_HELD_CHARS = 1 << 20;

export class HeldStderr extends Writable {
  private held: string[] | undefined = [];
  private chars = 0;
  /** More was written than is held: the run must be read again to print it all. */
  overflowed = false;
  readonly isTTY: boolean | undefined;

  constructor(private readonly live: Io['stderr']) {
    super({ decodeStrings: false });
    this.isTTY = live.isTTY;
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, done: () => void): void {
    if (!this.held) this.live.write(chunk);
    else if (!this.overflowed) {
      const text = String(chunk);
      this.chars += text.length;
      if (this.chars > MAX_HELD_CHARS) [this.overflowed, this.held] = [true, []];
      else this.held.push(text);
    }
    done();
  }

  /** Writes what was held; from now on writes pass through. */
  release(): void {
    const text = (this.held ?? []).join('');
    this.held = undefined;
    if (text) this.live.write(text);
  }
}
