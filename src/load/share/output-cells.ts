// An output file (CSV, JSON, XLSX or HTML) as the cells a reader would see, each with its place and
// the column (or key) it sits under, for `check-share` to look through before the file leaves the force.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { placeText } from '../../domain/diagnostic.js';
import { InputError } from '../../domain/errors.js';
import { forEachSheetRow, worksheetNames } from '../xlsx/read-sheet.js';

export interface OutputCell {
  place: string;
  /** The column header or JSON key the cell sits under; a header cell is its own. */
  column: string;
  text: string;
  /** A header, a JSON key: the name of what the cells under it hold. */
  isName?: boolean;
  /** JSON: a number; elsewhere: a cell that is a whole number. */
  number?: number;
}

type OutputKind = 'csv' | 'json' | 'xlsx' | 'html';

function outputKind(file: string): OutputKind | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'json' || ext === 'xlsx') return ext;
  if (ext === 'html' || ext === 'htm') return 'html';
  return undefined;
}

const wholeNumber = (text: string): number | undefined => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);

function cell(place: string, column: string, text: string, isName = false): OutputCell {
  const number = isName ? undefined : wholeNumber(text);
  return { place, column, text, ...(isName ? { isName } : {}), ...(number === undefined ? {} : { number }) };
}

/** Rows of cells, the first a header (a CSV file, a worksheet). */
function tableCells(rows: readonly string[][], at: (row: number, col: number) => string, out: OutputCell[]): void {
  const header = rows[0] ?? [];
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text.trim() !== '') out.push(cell(at(r, c), r === 0 ? text : (header[c] ?? ''), text, r === 0));
    }),
  );
}

/**
 * JSON keys whose numbers are fractions, statistics or their intervals, not counts: a share of 1 or
 * a kappa of 1 is not one case. Numbers nested under them (`share: { good: 1 }`) are theirs too.
 */
export const FRACTION_KEYS = new Set([
  'share',
  'shares',
  'sharefrom',
  'shareto',
  'interval',
  'difference',
  'differenceinterval',
  'exactagreement',
  'agreement',
  'agreementinterval',
  'kappa',
  'kappainterval',
  'weightedkappa',
  'weightedkappainterval',
  'p',
  'statistic',
  'level',
]);
/** The column given to the numbers of `actions`' top-level `summary` (the dashboard's `actions.summary`): they count recommendations, not children. */
export const RECOMMENDATION_COUNTS = 'recommendation counts';

const keyName = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function jsonCells(file: string, value: unknown, path: string, key: string, out: OutputCell[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => jsonCells(file, v, `${path}[${i}]`, key, out));
  else if (value !== null && typeof value === 'object') {
    const countsRecommendations = (path === '' || path === '.actions') && Array.isArray((value as Record<string, unknown>).recommendations);
    const inherited = FRACTION_KEYS.has(keyName(key)) || key === RECOMMENDATION_COUNTS;
    for (const [k, v] of Object.entries(value)) {
      const at = `${path}.${k}`;
      out.push({ place: `${file}: ${at.slice(1)}`, column: k, text: k, isName: true });
      const under = inherited ? key : countsRecommendations && k === 'summary' ? RECOMMENDATION_COUNTS : k;
      jsonCells(file, v, at, under, out);
    }
  } else if (typeof value === 'number') out.push({ place: `${file}: ${path.slice(1)}`, column: key, text: String(value), number: value });
  else if (typeof value === 'string') out.push({ place: `${file}: ${path.slice(1)}`, column: key, text: value });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

/**
 * A style sheet's or script's text blanked, line breaks kept (so lines still count): it is not what
 * a reader reads, and the print rule's `size: A4` is an auditor code to a force whose auditors are A1-A9.
 */
const blankCode = (text: string) =>
  text.replace(
    /(<(style|script)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi,
    (_m, open: string, _t, body: string, close: string) => open + body.replace(/[^\n]/g, ' ') + close,
  );

/** HTML: the text of each element, with table cells under their column heading. */
function htmlCells(file: string, page: string, out: OutputCell[]): void {
  const text = blankCode(page);
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  let head: string[] = [];
  let col = 0;
  for (const m of text.matchAll(/<(tr|th|td)\b[^>]*>|(?<=>)([^<]+)(?=<)/g)) {
    if (m[1] === 'tr') col = 0;
    else if (m[1] === 'th' || m[1] === 'td') col++;
    const words = m[2] === undefined ? '' : decode(m[2]).trim();
    if (!words) continue;
    const before = text.lastIndexOf('<', m.index);
    const tag = /^<(\w+)/.exec(text.slice(before))?.[1] ?? '';
    if (tag === 'th') {
      if (col === 1) head = [];
      head[col - 1] = words;
    }
    out.push(cell(`${file}:${lineAt(m.index)}`, tag === 'td' ? (head[col - 1] ?? '') : '', words, tag === 'th'));
  }
}

/** Every cell of the output file; an unreadable or unknown file is an InputError (exit 2). */
export async function outputCells(file: string): Promise<OutputCell[]> {
  const kind = outputKind(file);
  if (!kind) throw new InputError(file, 'not an output case-audit checks: expected a .csv, .json, .xlsx or .html file');
  const out: OutputCell[] = [];
  if (kind === 'xlsx') {
    for (const { name } of await worksheetNames(file)) {
      const rows: string[][] = [];
      await forEachSheetRow(file, { sheet: name }, (row) => void (rows[row.row - 1] = row.cells));
      tableCells(
        Array.from(rows, (r) => r ?? []),
        (r, c) => placeText({ file, sheet: name, line: r + 1, col: c + 1 }),
        out,
      );
    }
    return out;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (e) {
    throw new InputError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  if (kind === 'csv') {
    const rows = parse(text, { relax_column_count: true, delimiter: [',', ';', '\t'] }) as string[][];
    tableCells(rows, (r, c) => `${file}:${r + 1}:${c + 1}`, out);
  } else if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new InputError(file, 'not valid JSON');
    }
    jsonCells(file, value, '', '', out);
  } else htmlCells(file, text, out);
  return out;
}
