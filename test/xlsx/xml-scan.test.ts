// The XML scanner on its own: the same events however the bytes are cut into chunks (a character
// split between two chunks included), and strict about what is not XML.
import { describe, expect, it } from 'vitest';
import { XmlScanner, type XmlHandler } from '../../src/load/xlsx/xml-scan.js';
import { xmlText } from '../../src/load/xlsx/xml-text.js';
import { XmlError } from '../../src/load/xlsx/xml-error.js';

/** Events as strings: open with the attributes asked for, text decoded, close. */
function events(chunks: Buffer[], attrs = ['r', 't', 'id', 'a']): string[] {
  const out: string[] = [];
  const handler: XmlHandler = {
    open(name, tag) {
      const found = attrs.flatMap((a) => (tag.find(a) === -1 ? [] : [`${a}=${tag.get(a)}`]));
      out.push(`<${name}${found.map((f) => ` ${f}`).join('')}>`);
    },
    close(name) {
      out.push(`</${name}>`);
    },
    text(buf, start, end, cdata) {
      const t = xmlText(buf, start, end, cdata ? 'cdata' : 'text');
      // Adjacent text runs are one text: join them, so the cut does not show.
      if (out.length > 0 && out[out.length - 1]!.startsWith('"')) out[out.length - 1] = `"${out[out.length - 1]!.slice(1, -1)}${t}"`;
      else out.push(`"${t}"`);
    },
  };
  const scanner = new XmlScanner(handler);
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return out;
}

const DOC = Buffer.from(
  '\ufeff<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- a comment with <tags> -->\n' +
    '<x:worksheet xmlns:x="urn:x"><x:row r="1" a=\'one > two\'><c r="A1" t="s"><v>Siân Llŷn 東京 😀 &amp;&lt;&#x1F600;&#233;</v></c>' +
    '<c r="B1"\n t="str"/><c><![CDATA[<not a tag> & ŷ]]></c><sheet r:id="rId7" xmlns:r="urn:r"/></x:row>\r\n</x:worksheet>\n<!-- after -->',
);

describe('XmlScanner', () => {
  const whole = events([DOC]);

  it('reads the document', () => {
    expect(whole).toEqual([
      '<worksheet>',
      '<row r=1 a=one > two>',
      '<c r=A1 t=s>',
      '<v>',
      '"Siân Llŷn 東京 😀 &<😀é"',
      '</v>',
      '</c>',
      '<c r=B1 t=str>',
      '</c>',
      '<c>',
      '"<not a tag> & ŷ"',
      '</c>',
      '<sheet id=rId7>',
      '</sheet>',
      '</row>',
      '"\n"',
      '</worksheet>',
    ]);
  });

  it('gives the same events for every cut into two chunks, and for one byte at a time', () => {
    for (let cut = 1; cut < DOC.length; cut++) expect(events([DOC.subarray(0, cut), DOC.subarray(cut)])).toEqual(whole);
    expect(events([...DOC].map((b) => Buffer.from([b])))).toEqual(whole);
  });

  it('gives the same events for chunks bigger than the join window, pieces longer than it included', () => {
    const rows = Array.from(
      { length: 400 },
      (_, i) => `<c r="A${i}" t="s"><v>${i}</v></c><c r="B${i}"><is><t>Llŷn ${'ŷ'.repeat(i * 7)}</t></is></c>`,
    );
    const big = Buffer.from(
      `<x:sheet xmlns:x="urn:x" a="${'q'.repeat(6000)}">${rows.join('')}<!-- ${'-'.repeat(9000)} --><t>${'long text '.repeat(2000)}</t></x:sheet>`,
    );
    const one = events([big]);
    for (const size of [4097, 5003, 8192, 65_536]) {
      const chunks = Array.from({ length: Math.ceil(big.length / size) }, (_, k) => big.subarray(k * size, (k + 1) * size));
      expect(events(chunks)).toEqual(one);
    }
    // Cuts that fall inside a piece longer than the window, and just before and after one.
    for (let cut = 4090; cut < 4110; cut++) expect(events([big.subarray(0, cut), big.subarray(cut)])).toEqual(one);
  });

  it.each([
    ['<a><b></a></b>', 'has an end tag that does not match its start tag'],
    ['<a></a><b/>', 'has more than one root element'],
    ['text<a/>', 'has text outside its root element'],
    ['<a b=1/>', 'has an attribute value without quotes'],
    ['<a b="1"c="2"/>', 'has a malformed tag'],
    ['<a b="<"/>', 'has a "<" inside an attribute value'],
    ['<a>&nbsp;</a>', 'uses "&" without naming an entity XML defines (no DTD is read)'],
    ['<a>&#0;</a>', 'refers to a character XML does not allow'],
    ['<a>\u0001</a>', 'holds a control character XML does not allow'],
    ['<!DOCTYPE a><a/>', 'declares a document type (DOCTYPE), which spreadsheet programs never write and XML entity attacks use'],
    ['<a><', 'ends in the middle of a tag or text (cut short?)'],
    ['<a>', 'ends before its elements are closed (cut short?)'],
    ['', 'holds no XML'],
    ['<a>< b/></a>', 'has a "<" that starts no tag'],
  ])('refuses %j: %s', (xml, what) => {
    const attempt = () => events([Buffer.from(xml)], ['b']);
    expect(attempt).toThrow(XmlError);
    expect(attempt).toThrow(what);
  });

  it('refuses bytes that are not UTF-8, and a UTF-16 part', () => {
    expect(() => events([Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e])])).toThrow('is not valid UTF-8 text');
    expect(() => events([Buffer.from('\ufeff<a/>', 'utf16le')])).toThrow('is UTF-16, not UTF-8');
  });

  it('refuses nesting past 100 levels, and a piece over 1 MB, as hostile', () => {
    const deep = () => events([Buffer.from('<a>'.repeat(101))]);
    expect(deep).toThrow(expect.objectContaining({ hostile: true, what: expect.stringContaining('more than 100 levels deep') }));
    expect(() => events([Buffer.from('<a>'.repeat(100) + '</a>'.repeat(100))])).not.toThrow();
    const long = () => events([Buffer.from('<a>'), ...Array.from({ length: 20 }, () => Buffer.alloc(64 * 1024, 'x'))]);
    expect(long).toThrow(expect.objectContaining({ hostile: true, what: expect.stringContaining('over 1 MB of XML in one piece') }));
  });
});
