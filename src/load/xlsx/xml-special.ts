// What starts "<?" or "<!": processing instructions and the XML declaration (an encoding other
// than UTF-8 refused), comments (skipped), CDATA (text, not markup), and a DOCTYPE, refused: with
// no DTD read, no entity can expand and no external file can be named.
import { XmlError } from './xml-error.js';

const SPECIALS = ['<?', '<!--', '<![CDATA[', '<!DOCTYPE'];

/** Where the piece at `lt` ends (after it); -1 when the chunk ends inside it. CDATA goes to `cdata`. */
export function special(buf: Buffer, lt: number, cdata: (start: number, end: number) => void): number {
  const kind = SPECIALS.find((s) => buf.toString('latin1', lt, lt + s.length) === s.slice(0, buf.length - lt));
  // The chunk ends before the kind is known ("<!-" could be a comment): wait for more.
  if (kind !== undefined && buf.length - lt < kind.length) return -1;
  if (kind === '<?') {
    const end = buf.indexOf('?>', lt + 2);
    if (end === -1) return -1;
    const pi = buf.toString('latin1', lt, end);
    if (/^<\?xml\s/.test(pi) && /encoding/.test(pi) && !/encoding\s*=\s*["']utf-?8["']/i.test(pi))
      throw new XmlError('declares an encoding other than UTF-8', lt);
    return end + 2;
  }
  if (kind === '<!--') {
    const end = buf.indexOf('-->', lt + 4);
    return end === -1 ? -1 : end + 3;
  }
  if (kind === '<![CDATA[') {
    const end = buf.indexOf(']]>', lt + 9);
    if (end === -1) return -1;
    cdata(lt + 9, end);
    return end + 3;
  }
  if (kind === '<!DOCTYPE')
    throw new XmlError('declares a document type (DOCTYPE), which spreadsheet programs never write and XML entity attacks use', lt, true);
  throw new XmlError('has a "<!" that starts nothing XML knows', lt);
}
