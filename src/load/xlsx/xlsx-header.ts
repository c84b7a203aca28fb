// What a workbook's header row can tell beyond the CSV rules: that the sheet came from a UTF-8 CSV
// opened as Windows-1252, or that the sheet read is the wrong one when another has the columns.
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import { quote } from '../../text/escape.js';
import { readHeaderRow, worksheetNames } from './read-sheet.js';
import { XlsxError, type XlsxLimits } from './limits.js';
import { planHeader } from '../rows/header-plan.js';
import { applyHeaderMap, type HeaderMap } from '../register/header-map.js';

/** The bytes of a UTF-8 byte order mark (EF BB BF) read one by one as Windows-1252. */
const BOM_AS_1252 = '\u00ef\u00bb\u00bf';

/** Header names: each cell's first line (the forms case-audit writes put a criterion's words below its id). */
export const headerName = (cell: string) => cell.split(/\r?\n|\r/, 1)[0]!;

export function misreadBom(file: string, row: number, names: readonly string[]): Diagnostic | undefined {
  if (!names[0]?.startsWith(BOM_AS_1252)) return undefined;
  return error(
    file,
    row,
    'misread-encoding',
    `the header cell starts with "${BOM_AS_1252}": a UTF-8 byte order mark read as Windows-1252 text, so this sheet was made by opening a UTF-8 CSV as Windows-1252 and its other text may be garbled too ("é" as "Ã©"): open the CSV in Excel with Data > From Text/CSV and File origin "65001: Unicode (UTF-8)", or give case-audit the CSV itself`,
    1,
  );
}

/**
 * The first other worksheet whose header has the required columns, for "use --sheet" advice when
 * the sheet read by default has not; undefined when none has, or a sheet cannot be read.
 */
export async function sheetWithColumns(
  file: string,
  read: string,
  criteria: CriteriaSet,
  options: { headerMap?: HeaderMap; limits?: XlsxLimits },
): Promise<string | undefined> {
  const limits = options.limits ? { limits: options.limits } : {};
  try {
    for (const { name } of await worksheetNames(file, options.limits)) {
      if (name === read) continue;
      const r = await readHeaderRow(file, { sheet: name, ...limits });
      if (!r) continue;
      const names = r.cells.map(headerName);
      const header = options.headerMap ? applyHeaderMap(names, options.headerMap).header : names;
      if (planHeader(file, r.row, header, criteria).plan) return name;
    }
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
  }
  return undefined;
}

/** The advice added to "required columns are missing". */
export function useSheet(name: string): string {
  const arg = /^[\w.-]+$/.test(name) ? name : `"${name.replaceAll('"', '\\"')}"`;
  return `; the sheet ${quote(name)} has them: use --sheet ${arg}`;
}
