// The workbook's relationships: which part holds each sheet, the shared strings and the styles.
// Targets are relative to xl/ (Excel, LibreOffice, exceljs) or absolute from the zip's root
// (`/xl/worksheets/sheet1.xml`: openpyxl and pandas), and either way name a part in the directory.
import { XlsxError } from './limits.js';
import { readPart } from './part-scan.js';
import type { ZipParts } from './zip-parts.js';

export interface Relationship {
  /** The last segment of its type: worksheet, chartsheet, sharedStrings, styles... */
  type: string;
  /** The part's name in the zip, or undefined for an external link or a target outside the zip. */
  part: string | undefined;
}

/** More than any workbook needs (each sheet is one), and few enough to hold. */
const MAX_RELATIONSHIPS = 20_000;

export async function readRelationships(parts: ZipParts, name: string, base: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  if (!parts.has(name)) return rels;
  await readPart(parts, name, {
    open(element, tag) {
      if (element !== 'Relationship') return;
      const id = tag.get('Id');
      const target = tag.get('Target');
      if (id === undefined || target === undefined) return;
      if (rels.size === MAX_RELATIONSHIPS)
        throw new XlsxError(
          `the workbook was refused: its part ${name} lists over ${MAX_RELATIONSHIPS.toLocaleString('en-GB')} relationships`,
        );
      const type = (tag.get('Type') ?? '').replace(/^.*\//, '');
      const external = tag.get('TargetMode') === 'External';
      rels.set(id, { type, part: external ? undefined : resolveTarget(base, target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

/**
 * The part a target names, from the folder `base` ("xl/"); undefined when it climbs out of the zip.
 * @internal exported for its own tests
 */
export function resolveTarget(base: string, target: string): string | undefined {
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // a "%" that encodes nothing is taken as it is
  }
  const segments: string[] = [];
  for (const s of (path.startsWith('/') ? path.slice(1) : base + path).split('/')) {
    if (s === '' || s === '.') continue;
    if (s !== '..') segments.push(s);
    else if (segments.pop() === undefined) return undefined;
  }
  return segments.join('/');
}
