// Checks across a criteria directory that no single file's schema can make.
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import { BUILT_IN_ROLES } from '../../domain/assessment.js';
import { ROLE_ID } from '../../schema/criteria.js';
import { LONG_COLUMNS, RESERVED_COLUMNS } from '../../domain/case-columns.js';
import type { CaseType } from '../../domain/types.js';
import type { Position } from '../yaml/yaml-doc.js';

type Locate = (type: CaseType, path: readonly PropertyKey[], key?: string) => Position;

/** `partial`: types read from files that failed their schema; only their names and ids are checked. */
export function crossChecks(types: readonly CaseType[], locate: Locate, partial: ReadonlySet<CaseType> = new Set()): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (type: CaseType, path: readonly PropertyKey[], rule: string, message: string) => {
    const { line, col } = locate(type, path);
    out.push(error(type.file, line, rule, message, col));
  };
  const names = new Map<string, { type: CaseType; path: PropertyKey[] }>();
  const criteria = new Map<string, { type: CaseType; path: PropertyKey[] }>();
  const tables = new Map<number, CaseType>();
  // Ids first, so that an alias equal to another type's id is the one reported.
  const ownNames = [
    ...types.map((type) => ({ type, name: type.id, path: ['id'] as PropertyKey[], what: 'id' })),
    ...types.flatMap((type) =>
      type.aliases.map((alias, i) => ({ type, name: alias, path: ['aliases', i] as PropertyKey[], what: 'alias' })),
    ),
  ];
  for (const { type, name, path, what } of ownNames) {
    const key = name.toLowerCase();
    const first = names.get(key);
    if (first && first.type !== type) {
      const { line } = locate(first.type, first.path);
      at(
        type,
        path,
        'duplicate-type-name',
        `case type ${what} "${name}" is already used by "${first.type.id}" at ${first.type.file}:${line}; ids and aliases must be unique (case-insensitive)`,
      );
    } else if (!first) names.set(key, { type, path });
  }
  for (const type of types) {
    type.criteria.forEach((criterion, i) => {
      const path = ['criteria', i, 'id'];
      const key = criterion.id.toLowerCase();
      if ((RESERVED_COLUMNS as readonly string[]).includes(key) || (LONG_COLUMNS as readonly string[]).includes(key)) {
        at(type, path, 'reserved-criterion-id', `criterion id "${criterion.id}" is a case file column name; choose another id`);
        return;
      }
      const first = criteria.get(key);
      if (first) {
        const { line } = locate(first.type, first.path);
        at(type, path, 'duplicate-criterion-id', `criterion id "${criterion.id}" is already defined at ${first.type.file}:${line}`);
      } else criteria.set(key, { type, path });
    });
    if (partial.has(type)) continue;
    const sharing = tables.get(type.report.table);
    if (!sharing) tables.set(type.report.table, type);
    else {
      for (const field of ['label', 'caption'] as const) {
        if (sharing.report[field] !== type.report[field]) {
          const { line } = locate(sharing, ['report', field]);
          at(
            type,
            ['report', field],
            'table-mismatch',
            `table ${type.report.table} ${field} differs from the one in ${sharing.file}:${line}; types that share a table share its ${field}`,
          );
        }
      }
    }
  }
  return out;
}

/** programme.yaml's `roles:` ids: the pattern of a case type id, and never a built-in role (any case). */
export function roleChecks(file: string, roles: ReadonlyArray<{ role: string }>, locate: (key: string) => Position): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { role } of roles) {
    const { line, col } = locate(role);
    if ((BUILT_IN_ROLES as readonly string[]).includes(role.toLowerCase())) {
      const labelled =
        role.toLowerCase() === 'self'
          ? "the force's name (from the case files or --force-name)"
          : 'the inspectorate in programme.yaml (or --inspectorate)';
      out.push(
        error(
          file,
          line,
          'built-in-role',
          `role "${role}" is built in and labelled by ${labelled}; declare only other roles here (e.g. moderator: Moderator)`,
          col,
        ),
      );
    } else if (!ROLE_ID.test(role)) {
      out.push(
        error(
          file,
          line,
          'invalid-role-id',
          `role id ${JSON.stringify(role)}: a role id is lowercase letters, digits, "-" or "_" (it is the assessor column's value, e.g. moderator)`,
          col,
        ),
      );
    }
  }
  return out;
}
