// Which cell styles show a number as a date. A date in a workbook is a number (days since 1900)
// whose style has a date format; without the styles, 3 February 2017 reads as 42769.
import { XlsxError } from './limits.js';
import { readPart } from './part-scan.js';
import type { ZipParts } from './zip-parts.js';

/**
 * Excel's built-in date and time formats: 14-22 everywhere, 45-47 the minute and second formats,
 * 27-36 and 50-58 the East Asian date formats.
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Excel allows 64,000 cell formats; a styles part with far more is a trap for memory. */
const MAX_CELL_FORMATS = 1_000_000;

/** A format code is a date format when, once colours, locales, quoted text and escapes are taken out, it has y, m, d, h or s. */
function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[(?:[^\]]*)\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  // "General" has none of those letters; a number format like 0.00 or # ?/? has none either.
  return /[ymdhs]/i.test(bare.replace(/general/gi, ''));
}

/** The indexes (a cell's `s`) of the cell formats that show dates. */
export async function readDateStyles(parts: ZipParts, name: string | undefined): Promise<Set<number>> {
  const dates = new Set<number>();
  if (name === undefined) return dates;
  const custom = new Map<number, boolean>();
  const xfs: number[] = [];
  let inCellXfs = false;
  await readPart(parts, name, {
    open(element, tag) {
      if (element === 'numFmt') {
        const id = Number(tag.get('numFmtId'));
        if (Number.isInteger(id)) custom.set(id, isDateFormat(tag.get('formatCode') ?? ''));
      } else if (element === 'cellXfs') inCellXfs = true;
      else if (element === 'xf' && inCellXfs) {
        if (xfs.length === MAX_CELL_FORMATS)
          throw new XlsxError(
            `the workbook was refused: its part ${name} holds over ${MAX_CELL_FORMATS.toLocaleString('en-GB')} cell formats`,
          );
        xfs.push(Number(tag.get('numFmtId') ?? 0));
      }
      if (custom.size > MAX_CELL_FORMATS)
        throw new XlsxError(
          `the workbook was refused: its part ${name} holds over ${MAX_CELL_FORMATS.toLocaleString('en-GB')} number formats`,
        );
    },
    close(element) {
      if (element === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  // A custom format may reuse a built-in id: the workbook's own definition wins.
  xfs.forEach((id, index) => {
    if (custom.get(id) ?? BUILT_IN_DATES.has(id)) dates.add(index);
  });
  return dates;
}
