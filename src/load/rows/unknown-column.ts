// A header name we do not know. If it still resembles a case file column (`Self Grad`, `note`) it is
// an error: its data would otherwise be lost, or a note carried into a form. If it resembles a
// criterion the header does not already have, it is a warning with that criterion; else it is a
// register column, carried along.
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { error, warning, type Diagnostic } from '../../domain/diagnostic.js';
import { RESERVED_COLUMNS } from '../../domain/case-columns.js';
import { nearest } from '../../text/did-you-mean.js';
import { quote } from '../../text/escape.js';
import { nameKey } from './header-names.js';

/** `fields`: the case file columns this file's form (wide or long) gives a meaning to. */
export function unknownColumn(
  file: string,
  line: number,
  col: number,
  name: string,
  used: ReadonlySet<string>,
  criteria: CriteriaSet,
  fields: readonly string[] = RESERVED_COLUMNS,
): Diagnostic {
  const options = { normalise: nameKey, used };
  const field = nearest(name, fields, options);
  if (field) {
    return error(
      file,
      line,
      'near-miss-column',
      `column ${quote(name)} looks like the case file column "${field}" but is not it; rename it to ${field} (or map it: --map ${field}=${JSON.stringify(name)})`,
      col,
    );
  }
  const criterion = nearest(
    name,
    [...criteria.criterionById.values()].map((c) => c.criterion.id),
    options,
  );
  const hint = criterion ? ` (did you mean "${criterion}"? until it is renamed, that criterion has no finding here)` : '';
  return warning(
    file,
    line,
    'unknown-column',
    `column ${quote(name)} is not a criterion or a case file column: carried along, not scored${hint}`,
    col,
  );
}
