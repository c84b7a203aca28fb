// A second marker's case (a moderator's...) that joins no first marking is in no comparison: with
// a CSV form opened in a spreadsheet, `015` comes back as `15`, and compare would quietly count 8
// cases where 10 were moderated. The join is where this shows, so it is said there: one warning per
// file naming the ids, with the likely cause where an id matches once leading zeros are dropped.
import { placeText, warning, type Diagnostic } from '../domain/diagnostic.js';
import { quote } from '../text/escape.js';
import type { SecondOnly } from './store.js';

/** Ids a warning names before counting the rest. */
const LISTED = 10;

/** An all-digit id without its leading zeros (`015` and `15` both `15`); undefined for any other id. */
function withoutZeros(id: string): string | undefined {
  return /^\d+$/.test(id) ? id.replace(/^0+(?=\d)/, '') : undefined;
}

/** The warnings, one per file (a workbook's sheet apart), in the order the files were read. */
export function unmatchedWarnings(
  unmatched: readonly SecondOnly[],
  firstMarked: ReadonlyArray<{ caseId: string; round: number }>,
): Diagnostic[] {
  if (unmatched.length === 0) return [];
  const firstByDigits = new Map<string, string>();
  for (const { caseId, round } of firstMarked) {
    const digits = withoutZeros(caseId);
    if (digits !== undefined) firstByDigits.set(`${round}\u0001${digits}`, caseId);
  }
  const byFile = new Map<string, SecondOnly[]>();
  for (const u of unmatched) {
    const place = placeText({ file: u.source.file, line: 0, ...(u.source.sheet === undefined ? {} : { sheet: u.source.sheet }) });
    const cases = byFile.get(place);
    if (cases) cases.push(u);
    else byFile.set(place, [u]);
  }
  return [...byFile.values()].map((cases) => {
    const first = cases[0]!;
    const roles = [...new Set(cases.map((c) => c.role))].join(', ');
    const ids = cases.slice(0, LISTED).map((c) => quote(c.caseId));
    const more = cases.length > LISTED ? ` and ${cases.length - LISTED} more` : '';
    const zeros = cases.flatMap((c) => {
      const digits = withoutZeros(c.caseId);
      const firstId = digits === undefined ? undefined : firstByDigits.get(`${c.round}\u0001${digits}`);
      return firstId === undefined || firstId === c.caseId ? [] : [[firstId, c.caseId] as const];
    });
    const cause = zeros.length
      ? `; ${quote(zeros[0]![0])} in the first marking, ${quote(zeros[0]![1])} here${zeros.length > 1 ? ` (and ${zeros.length - 1} more like it)` : ''}: a spreadsheet dropped leading zeros; keep ids as text (format the case_id column as text, or fill in the workbook form: sample --form-format xlsx)`
      : '';
    const n = cases.length;
    const d = warning(
      first.source.file,
      first.source.line,
      'unmatched-second-marking',
      `${n} ${n === 1 ? 'case' : 'cases'} assessed by ${roles} here ${n === 1 ? 'matches' : 'match'} no first marking (self or independent) in the inputs, so no comparison counts ${n === 1 ? 'it' : 'them'}: ${ids.join(', ')}${more}${cause}`,
    );
    return first.source.sheet === undefined ? d : { ...d, sheet: first.source.sheet };
  });
}
