// The text of a string item (`<si>` in the shared strings, `<is>` in a cell): its `<t>` directly,
// or every rich-text run's `<t>` joined ("DA-" bold "03" is "DA-03"); phonetic guides (`<rPh>`,
// the furigana over Japanese text) are not the cell's text and are left out.
import { xmlText } from './xml-text.js';

/** Excel's escape for characters XML cannot hold: `_x000D_` is a carriage return, `_x005F_` a literal "_". */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export class StringRuns {
  private joined = '';
  private inT = false;
  /** Inside `<rPh>` (or another element whose `<t>` is not the cell's text). */
  private skipping = 0;

  /** Call for every element opened inside the item. */
  open(element: string): void {
    if (element === 'rPh') this.skipping++;
    else if (element === 't' && this.skipping === 0) this.inT = true;
  }

  close(element: string): void {
    if (element === 'rPh') this.skipping--;
    else if (element === 't') this.inT = false;
  }

  text(buf: Buffer, start: number, end: number, cdata: boolean): void {
    if (this.inT) this.joined += xmlText(buf, start, end, cdata ? 'cdata' : 'text');
  }

  get length(): number {
    return this.joined.length;
  }

  /** The item's text; the runs start again empty. */
  take(): string {
    const t = this.joined.includes('_x')
      ? this.joined.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      : this.joined;
    this.joined = '';
    this.inT = false;
    this.skipping = 0;
    return t;
  }
}
