// A part that is not XML we will read. The message never quotes the part: a damaged sheet could
// put a child's notes anywhere, so it says what is wrong and the byte where.

export class XmlError extends Error {
  constructor(
    /** Words that follow "its part xl/worksheets/sheet1.xml". */
    readonly what: string,
    /** Byte offset in the inflated part, or -1 when not known. */
    readonly at: number,
    /** A deliberate trap (a DTD, deep nesting, a huge piece) rather than a damaged file. */
    readonly hostile = false,
  ) {
    super(what);
  }
}
