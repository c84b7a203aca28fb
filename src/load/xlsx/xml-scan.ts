// A strict, streaming XML scanner for the parts of a workbook, on bytes. Strict: one root, tags
// that match, quoted attributes, no text outside the root; no DTD at all (a DOCTYPE is refused,
// so no entity can expand), a depth cap and a cap on any one piece held between chunks. On bytes,
// and cutting only at "<" and ">", so a multi-byte character split across two inflated chunks is
// whole before it is decoded. It is a scanner and not a general parser: namespaces are read by
// local name (a part's elements are SpreadsheetML's whatever prefix a program gives them).
import { MAX_XML_DEPTH, MAX_XML_PIECE } from './limits.js';
import { XmlError } from './xml-error.js';
import { special } from './xml-special.js';
import { isSpaceByte, nameAt, NameTable, Tag } from './xml-tag.js';
import { isSpace } from './xml-text.js';

export interface XmlHandler {
  /** `name` without its prefix; `tag` is valid only during the call. */
  open(name: string, tag: Tag): void;
  close(name: string): void;
  /** Raw bytes of a text run (entities not yet replaced) or of a CDATA section; decode with xmlText when wanted. */
  text(buf: Buffer, start: number, end: number, cdata: boolean): void;
}

const LT = 0x3c;
/** How much of a chunk is joined to a piece held over from the one before. */
const WINDOW = 4096;
const GT = 0x3e;
const SLASH = 0x2f;

export class XmlScanner {
  private pending: Buffer | undefined;
  /** Qualified names of the open elements. */
  private readonly stack: string[] = [];
  private readonly names = new NameTable();
  private readonly tag = new Tag();
  /** Bytes consumed before the current buffer: positions in messages are bytes of the part. */
  private offset = 0;
  private rootSeen = false;
  private started = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: Buffer): void {
    const held = this.pending;
    this.pending = undefined;
    if (!this.started) {
      const buf = held ? Buffer.concat([held, chunk]) : chunk;
      // A byte order mark may be cut between chunks too.
      if (buf.length < 3) return void (this.pending = Buffer.from(buf));
      this.started = true;
      return this.scanFrom(buf, this.prologue(buf));
    }
    if (!held) return this.scanFrom(chunk, 0);
    if (chunk.length <= WINDOW) return this.scanFrom(Buffer.concat([held, chunk]), 0);
    // The piece held over from the last chunk is joined to the start of this one only: copying
    // every 64 KB chunk whole to finish a tag of a few bytes would copy the whole part again.
    const window = Buffer.concat([held, chunk.subarray(0, WINDOW)]);
    const used = this.scanAt(window, 0);
    this.offset += used;
    if (used >= held.length) this.scanFrom(chunk, used - held.length);
    else this.scanFrom(Buffer.concat([held.subarray(used), chunk]), 0);
  }

  /** Scans buf from `from` (the part's byte this.offset) and holds what is left over. */
  private scanFrom(buf: Buffer, from: number): void {
    const used = this.scanAt(buf, from);
    if (used < buf.length) {
      if (buf.length - used > MAX_XML_PIECE)
        throw new XmlError('holds over 1 MB of XML in one piece (a cell holds at most 32,767 characters)', this.offset + used - from, true);
      this.pending = Buffer.from(buf.subarray(used));
    }
    this.offset += used - from;
  }

  /** scan(), with positions in errors made the part's. */
  private scanAt(buf: Buffer, from: number): number {
    try {
      return this.scan(buf, from);
    } catch (e) {
      throw e instanceof XmlError && e.at >= 0 ? new XmlError(e.what, e.at - from + this.offset, e.hostile) : e;
    }
  }

  end(): void {
    const rest = this.pending;
    if (rest && !isSpace(rest, 0, rest.length)) throw new XmlError('ends in the middle of a tag or text (cut short?)', this.offset);
    if (this.stack.length > 0) throw new XmlError('ends before its elements are closed (cut short?)', this.offset);
    if (!this.rootSeen) throw new XmlError('holds no XML', 0);
  }

  /** Where the XML starts: after a UTF-8 byte order mark; a UTF-16 part is refused (no spreadsheet program writes one). */
  private prologue(buf: Buffer): number {
    if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) throw new XmlError('is UTF-16, not UTF-8', 0);
    return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  }

  /** Handles every whole piece in buf from i; returns where the unfinished one (if any) starts. */
  private scan(buf: Buffer, i: number): number {
    const n = buf.length;
    while (i < n) {
      // Most runs between tags are a few bytes (a number, "s") or none: a loop beats calling indexOf thirty million times.
      let lt = i;
      while (lt < n && buf[lt] !== LT && lt - i < 32) lt++;
      if (lt < n && buf[lt] !== LT) lt = buf.indexOf(LT, lt);
      // A text run ends only at "<": what is left may go on in the next chunk.
      if (lt === -1 || lt === n) return i;
      if (lt > i) this.textRun(buf, i, lt);
      if (lt + 1 >= n) return lt;
      const c = buf[lt + 1];
      const next = c === SLASH ? this.endTag(buf, lt) : c === 0x21 || c === 0x3f ? this.special(buf, lt) : this.startTag(buf, lt);
      if (next === -1) return lt;
      i = next;
    }
    return n;
  }

  private textRun(buf: Buffer, start: number, end: number): void {
    if (this.stack.length > 0) this.handler.text(buf, start, end, false);
    else if (!isSpace(buf, start, end)) throw new XmlError('has text outside its root element', start);
  }

  /** `<name attr="v" ...>` or `<name/>`; -1 when the chunk ends inside it. */
  private startTag(buf: Buffer, lt: number): number {
    const n = buf.length;
    const nameEnd = nameAt(buf, lt + 1);
    if (nameEnd === lt + 1) throw new XmlError('has a "<" that starts no tag', lt);
    const tag = this.tag;
    tag.reset(buf);
    let j = nameEnd;
    for (;;) {
      const spaced = j < n && isSpaceByte(buf[j]!);
      while (j < n && isSpaceByte(buf[j]!)) j++;
      if (j >= n) return -1;
      const b = buf[j]!;
      if (b === GT || b === SLASH) break;
      const attrEnd = nameAt(buf, j);
      if (!spaced || attrEnd === j) throw new XmlError('has a malformed tag', lt);
      let k = attrEnd;
      while (k < n && isSpaceByte(buf[k]!)) k++;
      if (k < n && buf[k] !== 0x3d) throw new XmlError('has an attribute without a value', lt);
      k++;
      while (k < n && isSpaceByte(buf[k]!)) k++;
      if (k >= n) return -1;
      const quote = buf[k]!;
      if (quote !== 0x22 && quote !== 0x27) throw new XmlError('has an attribute value without quotes', lt);
      // Values are short: a loop costs less than two indexOf calls, and finds a stray "<" on the way.
      let close = k + 1;
      while (close < n && buf[close] !== quote) {
        if (buf[close] === LT) throw new XmlError('has a "<" inside an attribute value', lt);
        close++;
      }
      if (close === n) return -1;
      if (!tag.add(j, attrEnd, k + 1, close)) throw new XmlError('has a tag with hundreds of attributes', lt, true);
      j = close + 1;
    }
    const selfClosing = buf[j] === SLASH;
    if (selfClosing) {
      if (j + 1 >= n) return -1;
      if (buf[j + 1] !== GT) throw new XmlError('has a malformed tag', lt);
      j++;
    }
    if (this.stack.length === 0 && this.rootSeen) throw new XmlError('has more than one root element', lt);
    this.rootSeen = true;
    const slot = this.names.slot(buf, lt + 1, nameEnd);
    const qualified = this.names.qualified[slot]!;
    const name = this.names.local[slot]!;
    if (this.stack.length === MAX_XML_DEPTH)
      throw new XmlError(`nests its XML more than ${MAX_XML_DEPTH} levels deep (spreadsheet programs write about ten)`, lt, true);
    this.stack.push(qualified);
    this.handler.open(name, tag);
    if (selfClosing) this.pop(qualified, name, lt);
    return j + 1;
  }

  private endTag(buf: Buffer, lt: number): number {
    const nameEnd = nameAt(buf, lt + 2);
    let j = nameEnd;
    while (j < buf.length && isSpaceByte(buf[j]!)) j++;
    if (j >= buf.length) return -1;
    if (buf[j] !== GT || nameEnd === lt + 2) throw new XmlError('has a malformed end tag', lt);
    const slot = this.names.slot(buf, lt + 2, nameEnd);
    this.pop(this.names.qualified[slot]!, this.names.local[slot]!, lt);
    return j + 1;
  }

  private pop(qualified: string, name: string, at: number): void {
    if (this.stack[this.stack.length - 1] !== qualified) throw new XmlError('has an end tag that does not match its start tag', at);
    this.stack.pop();
    this.handler.close(name);
  }

  /** Comments, CDATA, processing instructions (xml-special.ts); -1 when the chunk ends inside. */
  private special(buf: Buffer, lt: number): number {
    return special(buf, lt, (start, end) => {
      if (this.stack.length === 0) throw new XmlError('has text outside its root element', lt);
      this.handler.text(buf, start, end, true);
    });
  }
}
