// The cells of an output in any format, as a reader sees them: for the tests that no count from 1 to
// N-1 is printed under --suppress. Read here from the text (and the workbook), not by the code that
// wrote it; JSON numbers under a share, interval or kappa are fractions, not counts.
import { readBook, sheetValues } from './xlsx.js';

const FRACTIONS =
  /^(share|shareFrom|shareTo|interval|difference|differenceInterval|exactAgreement|agreement|agreementInterval|kappa|kappaInterval|weightedKappa|weightedKappaInterval|p|statistic|level)$/;
/** Numbers that place, not count: table numbers, the threshold itself, the JSON keys that name them. */
const PLACES = /^(table|below|round|comparisons|version)$/;

function jsonNumbers(value: unknown, key: string, out: string[]): void {
  if (Array.isArray(value)) for (const v of value) jsonNumbers(v, key, out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) jsonNumbers(v, FRACTIONS.test(key) || key === 'summary' ? key : k, out);
  else if (typeof value === 'number' && !FRACTIONS.test(key) && !PLACES.test(key) && key !== 'summary') out.push(String(value));
}

/** Every cell (or JSON number) of the output, trimmed. */
export async function publishedCells(format: string, stdout: string, file?: string): Promise<string[]> {
  if (format === 'json') {
    const out: string[] = [];
    jsonNumbers(JSON.parse(stdout), '', out);
    return out;
  }
  if (format === 'xlsx') {
    const book = await readBook(file!);
    return book.worksheets.flatMap((ws) => sheetValues(ws).flatMap((r) => (r ?? []).map((c) => String(c ?? '').trim())));
  }
  if (format === 'csv') return stdout.split(/\r?\n/).flatMap((l) => l.split(',').map((c) => c.trim()));
  if (format === 'html') return [...stdout.matchAll(/<t[dh][^>]*>([^<]*)</g)].map((m) => m[1]!.trim());
  if (format === 'markdown')
    return stdout
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .flatMap((l) => l.split('|').map((c) => c.trim()));
  return stdout.split('\n').flatMap((l) => l.split('│').map((c) => c.trim()));
}

/** The cells holding a whole number from 1 to below-1. */
export const smallCounts = (cells: readonly string[], below: number) =>
  cells.filter((c) => /^\d+$/.test(c) && Number(c) >= 1 && Number(c) < below);
