// Text and attribute values out of a part's raw bytes. The scanner hands over whole pieces (text
// runs end at "<", values at their quote, both ASCII), so a character is never cut in two: the
// UTF-8 bytes of "ŷ" may straddle two inflated chunks, but never two pieces. Only the five
// entities XML defines and character references are known: no DTD is ever read, so no entity can
// expand to anything else.
import { XmlError } from './xml-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7}));|&/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Characters XML 1.0 does not allow anywhere, even as a reference. */
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this matches
const ILLEGAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The text of bytes [start, end): decoded, line ends as XML reads them, entities and references
 * replaced (not in CDATA), an attribute's tabs and line breaks as spaces.
 */
export function xmlText(buf: Buffer, start: number, end: number, mode: 'text' | 'attribute' | 'cdata' = 'text'): string {
  // Most values (numbers, shared-string indexes, "y", ids) are plain ASCII: no decoder, no regex.
  let j = start;
  while (j < end) {
    const b = buf[j]!;
    if (b >= 0x80 || b === 0x26 || b < 0x20) break;
    j++;
  }
  if (j === end) return buf.toString('latin1', start, end);
  let text: string;
  try {
    text = utf8.decode(buf.subarray(start, end));
  } catch {
    throw new XmlError('is not valid UTF-8 text', start);
  }
  if (ILLEGAL.test(text)) throw new XmlError('holds a control character XML does not allow', start);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // An attribute's line breaks and tabs read as spaces (XML's attribute-value normalisation).
  if (mode === 'attribute') text = text.replace(/[\t\n]/g, ' ');
  return mode !== 'cdata' && text.includes('&') ? entities(text, start) : text;
}

function entities(text: string, at: number): string {
  return text.replace(ENTITY, (whole, name?: string, hex?: string, dec?: string) => {
    if (name) return NAMED[name]!;
    if (whole === '&') throw new XmlError('uses "&" without naming an entity XML defines (no DTD is read)', at);
    const code = hex === undefined ? Number(dec) : parseInt(hex, 16);
    const ch = code <= 0x10ffff ? String.fromCodePoint(code) : '\0';
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || ILLEGAL.test(ch))
      throw new XmlError('refers to a character XML does not allow', at);
    return ch;
  });
}

/** True when bytes [start, end) are only XML whitespace. */
export function isSpace(buf: Buffer, start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    const b = buf[j]!;
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  }
  return true;
}
