// Checks that do not stop scoring but usually mean a criteria file says something it did not intend.
import { warning, type Diagnostic } from '../../domain/diagnostic.js';
import type { CaseType } from '../../domain/types.js';
import type { Position } from '../yaml/yaml-doc.js';

export interface Locator {
  at(type: CaseType, path: readonly PropertyKey[]): Position;
  /** Whether the file itself writes the key at `path` (not a default). */
  has(type: CaseType, path: readonly PropertyKey[]): boolean;
}

/** `tableGaps` false: some file could not be read, so a gap in the table numbers may be that file's. */
export function criteriaWarnings(
  types: readonly CaseType[],
  locate: Locator,
  options: { tableGaps: boolean } = { tableGaps: true },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (type: CaseType, path: readonly PropertyKey[], rule: string, message: string) => {
    const { line, col } = locate.at(type, path);
    out.push(warning(type.file, line, rule, message, col));
  };
  for (const type of types) {
    const n = type.criteria.length;
    if (type.widespread > n) {
      const explicit = locate.has(type, ['grading', 'widespread']);
      at(
        type,
        explicit ? ['grading', 'widespread'] : ['criteria'],
        'widespread-unreachable',
        `${explicit ? 'grading.widespread' : 'the default grading.widespread'} is ${type.widespread} but "${type.id}" has only ${n} ${n === 1 ? 'criterion' : 'criteria'}: the widespread rule can never apply; set it to at most ${n}`,
      );
    }
    if (!type.criteria.some((c) => c.severity === 'serious')) {
      at(
        type,
        ['criteria'],
        'no-serious-criterion',
        `"${type.id}" has no serious criterion: only ${type.widespread} or more unmet criteria can make a case inadequate`,
      );
    }
  }
  // Report tables are numbered in order; a gap usually means a mistyped table number.
  if (!options.tableGaps) return out;
  const first = new Map<number, CaseType>();
  for (const type of types) if (!first.has(type.report.table)) first.set(type.report.table, type);
  const numbers = [...first.keys()].sort((a, b) => a - b);
  for (let i = 1; i < numbers.length; i++) {
    const [before, after] = [numbers[i - 1]!, numbers[i]!];
    if (after - before <= 1) continue;
    const missing = after - before === 2 ? `table ${before + 1} is` : `tables ${before + 1}-${after - 1} are`;
    at(
      first.get(after)!,
      ['report', 'table'],
      'skipped-table-number',
      `${missing} skipped: no case type between table ${before} and table ${after}`,
    );
  }
  return out;
}
