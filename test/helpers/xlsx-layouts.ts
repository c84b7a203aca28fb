// Workbooks built part by part, in the layouts real programs write (read from files made with
// openpyxl 3, pandas `to_excel`, LibreOffice 7 and Excel, unzipped): which parts, in which order in
// the zip, relative or absolute relationship targets, shared or inline strings. Each piece can be
// replaced to build a hostile or damaged one. No binary fixtures: every test file comes from here.
import { zipBytes } from './xlsx.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** excel: relative targets, styles and shared strings stored after the sheets. openpyxl (and pandas): absolute targets, inline strings, workbook.xml after the sheets. libreoffice: shared strings stored after the sheet. */
export type Layout = 'excel' | 'openpyxl' | 'libreoffice';

/** A cell: text, a number, or raw `<c>` XML (its `r` is filled in where it holds `R`: `<c r="R" t="e">`). */
export type GenCell = string | number | null | { xml: string };

interface GenSheet {
  name: string;
  rows?: GenCell[][];
  /** The whole worksheet part, instead of rows. */
  xml?: string;
  state?: 'hidden' | 'veryHidden';
  chart?: boolean;
}

export interface GenBook {
  sheets: GenSheet[];
  layout?: Layout;
  /** Raw parts in place of the generated ones (by name), or extra parts; `null` leaves a part out. */
  parts?: Record<string, string | Buffer | null>;
  /** The zip's entry order, from the layout's. */
  order?: (names: string[]) => string[];
  date1904?: boolean;
}

/** Styles with cell formats: 0 General, 1 built-in date (14), 2 custom date-time, 3 custom number. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd h:mm:ss"/><numFmt numFmtId="165" formatCode="[Red]0.00;&quot;minus &quot;0.00"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const colName = (col: number): string => (col > 26 ? colName(Math.floor((col - 1) / 26)) : '') + String.fromCharCode(65 + ((col - 1) % 26));

/** The worksheet part for rows; text goes to `strings` (shared) or inline. */
export function sheetXml(rows: GenCell[][], strings: string[] | undefined, prefix = ''): string {
  const index = new Map(strings?.map((s, i) => [s, i]));
  const body = rows
    .map((row, i) => {
      const r = i + 1;
      const cells = row
        .map((v, c) => {
          const ref = `${colName(c + 1)}${r}`;
          if (v === null) return '';
          if (typeof v === 'object') return v.xml.replace('r="R"', `r="${ref}"`);
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          if (!strings) return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
          let k = index.get(v);
          if (k === undefined) index.set(v, (k = strings.push(v) - 1));
          return `<c r="${ref}" t="s"><v>${k}</v></c>`;
        })
        .join('');
      return `<row r="${r}">${cells}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/><sheetData>${body}</sheetData>${prefix}</worksheet>`;
}

export function sharedStringsXml(strings: readonly string[]): string {
  const items = strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`;
}

/** The parts of a workbook, in its layout's zip order. */
export function bookParts(book: GenBook): Array<{ name: string; data: Buffer }> {
  const layout = book.layout ?? 'excel';
  const strings: string[] | undefined = layout === 'openpyxl' ? undefined : [];
  const parts = new Map<string, string | Buffer>();
  const rels: string[] = [];
  const sheets: string[] = [];
  book.sheets.forEach((s, i) => {
    const n = i + 1;
    const folder = s.chart ? 'chartsheets' : 'worksheets';
    const target = layout === 'openpyxl' ? `/xl/${folder}/sheet${n}.xml` : `${folder}/sheet${n}.xml`;
    rels.push(`<Relationship Id="rId${n}" Type="${REL}/${s.chart ? 'chartsheet' : 'worksheet'}" Target="${target}"/>`);
    const state = s.state ? ` state="${s.state}"` : layout === 'openpyxl' ? ' state="visible"' : '';
    sheets.push(`<sheet xmlns:r="${REL}" name="${esc(s.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`);
    const xml = s.chart
      ? `<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`
      : (s.xml ?? sheetXml(s.rows ?? [], strings));
    parts.set(`xl/${folder}/sheet${n}.xml`, xml);
  });
  const k = book.sheets.length;
  rels.push(`<Relationship Id="rId${k + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  parts.set('xl/styles.xml', STYLES);
  if (strings && strings.length > 0) {
    rels.push(`<Relationship Id="rId${k + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts.set('xl/sharedStrings.xml', sharedStringsXml(strings));
  }
  const pr = book.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>';
  parts.set(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">${pr}<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.join('')}</sheets><calcPr calcId="124519"/></workbook>`,
  );
  parts.set('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`);
  parts.set(
    '_rels/.rels',
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  parts.set(
    'docProps/app.xml',
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Generator</Application></Properties>',
  );
  parts.set('docProps/core.xml', '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>');
  parts.set(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  for (const [name, data] of Object.entries(book.parts ?? {})) {
    if (data === null) parts.delete(name);
    else parts.set(name, data);
  }
  const names = (book.order ?? ((n: string[]) => n))(layoutOrder(layout, [...parts.keys()]));
  return names.map((name) => {
    const data = parts.get(name)!;
    return { name, data: typeof data === 'string' ? Buffer.from(data) : data };
  });
}

/** Zip entry order as each program writes it. */
function layoutOrder(layout: Layout, names: string[]): string[] {
  const sheets = names.filter((n) => /^xl\/(work|chart)sheets\//.test(n));
  const rest = names.filter((n) => !sheets.includes(n));
  const first: Record<Layout, string[]> = {
    excel: [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '#sheets',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'docProps/core.xml',
      'docProps/app.xml',
    ],
    openpyxl: [
      'docProps/app.xml',
      'docProps/core.xml',
      '#sheets',
      'xl/styles.xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
    ],
    libreoffice: [
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/styles.xml',
      '#sheets',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'docProps/core.xml',
      'docProps/app.xml',
      '[Content_Types].xml',
    ],
  };
  const ordered = first[layout].flatMap((n) => (n === '#sheets' ? sheets : rest.includes(n) ? [n] : []));
  return [...ordered, ...names.filter((n) => !ordered.includes(n))];
}

/** The workbook as .xlsx bytes, every part deflated. */
export function bookBytes(book: GenBook): Buffer {
  return zipBytes(bookParts(book).map((p) => ({ ...p, deflate: true })));
}
