// xl/workbook.xml and its relationships: the sheets in the order Excel shows their tabs, whether
// each is hidden, what kind it is and which part holds it; and where the shared strings and styles
// are. Read by name from the zip's directory, so where they sit in the zip does not matter.
import { XlsxError } from './limits.js';
import { readPart } from './part-scan.js';
import { readRelationships } from './rels-part.js';
import type { ZipParts } from './zip-parts.js';

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** worksheet, chartsheet, dialogsheet, xlMacrosheet: only a worksheet holds cells to read. */
  kind: string;
  /** Its part in the zip; undefined when the workbook names none. */
  part: string | undefined;
}

export interface WorkbookIndex {
  sheets: SheetInfo[];
  /** Serial dates count from 1904 (old Mac Excel) rather than 1900. */
  date1904: boolean;
  sharedStrings: string | undefined;
  styles: string | undefined;
}

const WORKBOOK = 'xl/workbook.xml';
/** A zip holds at most 10,000 entries and each sheet needs one. */
const MAX_SHEETS = 10_000;

export async function readWorkbookIndex(parts: ZipParts): Promise<WorkbookIndex> {
  const rels = await readRelationships(parts, 'xl/_rels/workbook.xml.rels', 'xl/');
  const listed: Array<{ name: string; hidden: boolean; id: string | undefined }> = [];
  let date1904 = false;
  let inSheets = false;
  await readPart(parts, WORKBOOK, {
    open(element, tag) {
      if (element === 'sheets') inSheets = true;
      else if (element === 'workbookPr') date1904 = /^(1|true)$/.test(tag.get('date1904') ?? '');
      else if (element === 'sheet' && inSheets) {
        if (listed.length === MAX_SHEETS)
          throw new XlsxError(`the workbook was refused: it lists over ${MAX_SHEETS.toLocaleString('en-GB')} sheets`);
        const state = tag.get('state');
        listed.push({ name: tag.get('name') ?? '', hidden: state === 'hidden' || state === 'veryHidden', id: tag.get('id') });
      }
    },
    close(element) {
      if (element === 'sheets') inSheets = false;
    },
    text() {},
  });
  const sheets = listed.map((s) => {
    const rel = s.id === undefined ? undefined : rels.get(s.id);
    return { name: s.name, hidden: s.hidden, kind: rel?.type || 'worksheet', part: rel?.part };
  });
  const of = (type: string, usual: string) => {
    const rel = [...rels.values()].find((r) => r.type === type && r.part !== undefined);
    // A few writers leave the relationship out: the part at its usual name is still the workbook's.
    return rel?.part ?? (parts.has(usual) ? usual : undefined);
  };
  return { sheets, date1904, sharedStrings: of('sharedStrings', 'xl/sharedStrings.xml'), styles: of('styles', 'xl/styles.xml') };
}
