// One part of the workbook through the XML scanner, chunk by chunk as it is inflated; an XML
// problem becomes one message naming the part and the byte (never its text).
import { XlsxError } from './limits.js';
import { XmlError } from './xml-error.js';
import { XmlScanner, type XmlHandler } from './xml-scan.js';
import type { ZipParts } from './zip-parts.js';

/** Scans the part, pausing after each chunk so a caller can hand on what the handler gathered. */
export async function* scanPart(parts: ZipParts, name: string, handler: XmlHandler): AsyncGenerator<void> {
  const scanner = new XmlScanner(handler);
  try {
    for await (const chunk of parts.chunks(name)) {
      scanner.write(chunk);
      yield;
    }
    scanner.end();
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    const at = e.at >= 0 ? ` (at byte ${e.at.toLocaleString('en-GB')})` : '';
    throw new XlsxError(
      e.hostile
        ? `the workbook was refused: its part ${name} ${e.what}${at}; this is not a file a spreadsheet program writes`
        : `the workbook is damaged: its part ${name} ${e.what}${at}; open it in Excel and save it again`,
    );
  }
}

/** Scans a whole part. */
export async function readPart(parts: ZipParts, name: string, handler: XmlHandler): Promise<void> {
  const scan = scanPart(parts, name, handler);
  while (!(await scan.next()).done);
}
