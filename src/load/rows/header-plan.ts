// A CSV header, mapped once to what each column holds, so each row is a few array lookups.
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import type { CaseType, Criterion } from '../../domain/types.js';
import { CASE_COLUMNS, RESERVED_COLUMNS, WIDE_ONLY_COLUMNS, type CaseColumn } from '../../domain/case-columns.js';
import { quote } from '../../text/escape.js';
import { criteriaByKey, nameKey } from './header-names.js';
import { unknownColumn } from './unknown-column.js';
import { freeTextColumn, freeTextWord } from './free-text.js';
import type { TypeMap } from '../register/case-type-name.js';

/** `free`: a column whose name says free text (load/free-text.ts): never read, as `notes` is not. */
type ColumnRole =
  | { kind: 'field'; name: CaseColumn }
  | { kind: 'criterion'; criterion: Criterion; type: CaseType }
  | { kind: 'extra'; name: string }
  | { kind: 'free' };

export interface HeaderPlan {
  roles: ColumnRole[];
  /** Index of each contract field, -1 when absent. */
  index: Record<CaseColumn, number>;
  width: number;
  /** --type-map: a register's own type codes. */
  typeMap?: TypeMap;
  /** Long form: an `assessor` column, one assessment per row. */
  long: boolean;
  /** The carried (register) columns, and the free-text ones never read, by name (what `--by` may name). */
  carried: string[];
  freeText: string[];
}

const INVISIBLE_EDGES = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]+|[\s\u00a0\u200b-\u200d\u2060\ufeff]+$/g;

export function cleanHeaderName(raw: string): string {
  return raw.replace(INVISIBLE_EDGES, '');
}

/** The columns a file of this form gives a meaning to: `round` and `auditor` in both; assessor and grade in long form. */
function fieldsOf(long: boolean): readonly string[] {
  return long
    ? CASE_COLUMNS.filter((c) => !(WIDE_ONLY_COLUMNS as readonly string[]).includes(c))
    : [...RESERVED_COLUMNS, 'round', 'auditor'];
}

export function planHeader(
  file: string,
  line: number,
  header: readonly string[],
  criteria: CriteriaSet,
  /** --map carry=NAME: columns carried as asked, free-text names or not (nameKey). */
  options: { carry?: (name: string) => boolean } = {},
): { plan?: HeaderPlan; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const index = Object.fromEntries(CASE_COLUMNS.map((c) => [c, -1])) as HeaderPlan['index'];
  const roles: ColumnRole[] = [];
  const seen = new Map<string, number>();
  const unknown: Array<[string, number]> = [];
  const freeText: string[] = [];
  const long = header.some((raw) => nameKey(raw) === 'assessor');
  const fields = fieldsOf(long);
  header.forEach((raw, i) => {
    const name = cleanHeaderName(raw);
    const key = nameKey(name);
    const col = i + 1;
    if (name === '') {
      roles.push({ kind: 'extra', name: `column ${col}` });
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      diagnostics.push(
        error(
          file,
          line,
          'duplicate-column',
          `column ${quote(name)} appears twice (columns ${first} and ${col}); each column name must be unique`,
          col,
        ),
      );
    } else seen.set(key, col);
    if (long && (WIDE_ONLY_COLUMNS as readonly string[]).includes(key)) {
      diagnostics.push(
        error(
          file,
          line,
          'wide-column-in-long-form',
          `column ${quote(name)} belongs to the wide form (one row per case); this file has an assessor column, so each row is one assessment: put that assessor's grade in a "grade" column`,
          col,
        ),
      );
      // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent, the error above is fatal, so no plan (and no role) is returned
      roles.push({ kind: 'extra', name });
      return;
    }
    if (fields.includes(key)) {
      const field = key as CaseColumn;
      index[field] = i;
      // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent, readers find fields through index; a field's role is never read
      roles.push({ kind: 'field', name: field });
      return;
    }
    const found = criteriaByKey(criteria).get(key);
    if (found) {
      roles.push({ kind: 'criterion', criterion: found.criterion, type: found.type });
      return;
    }
    roles.push({ kind: 'extra', name });
    if (!options.carry?.(name)) unknown.push([name, col]);
  });
  // Suggestions come from names the header does not already use, so they need the whole header.
  const used = new Set(seen.keys());
  for (const [name, col] of unknown) {
    const d = unknownColumn(file, line, col, name, used, criteria, fields);
    // A near miss of a case file column (`note`, `Self Grad`) stays an error; any other name that says free text is never read.
    const word = d.severity === 'error' ? undefined : freeTextWord(name);
    if (word) {
      roles[col - 1] = { kind: 'free' };
      freeText.push(name);
      diagnostics.push(freeTextColumn({ file, line, col }, 'column', name, word));
    } else diagnostics.push(d);
  }
  const missing = (['case_id', 'case_type'] as const).filter((required) => index[required] === -1);
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m}"`).join(' and ');
    diagnostics.push(
      error(
        file,
        line,
        'missing-column',
        `required column${missing.length > 1 ? `s ${names} are` : ` ${names} is`} missing; the header must include case_id and case_type (found: ${header.length} columns); if your file names ${missing.length > 1 ? 'them' : 'it'} differently, map ${missing.length > 1 ? 'them' : 'it'} with --map ${missing[0]}=<column> (or a columns: block in --map-file)`,
      ),
    );
  }
  const fatal = diagnostics.some((d) => d.severity === 'error');
  if (fatal) return { diagnostics };
  const carried = roles.flatMap((role) => (role.kind === 'extra' ? [role.name] : []));
  return { plan: { roles, index, width: header.length, long, carried, freeText }, diagnostics };
}
