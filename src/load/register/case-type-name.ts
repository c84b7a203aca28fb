// A case type as users write it: its id, an alias or its title, in any case and with spaces,
// hyphens or underscores (`Domestic abuse`, `domestic_abuse`, `DOMESTIC-ABUSE`), or a register's own
// code through --type-map. An unknown value is quoted only where it is plainly a type's name.
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { nearest } from '../../text/did-you-mean.js';
import type { CaseType } from '../../domain/types.js';
import { quote, quoteName } from '../../text/escape.js';
import { nameKey } from '../rows/header-names.js';

/** A register's type codes (normalised with `nameKey`) to a type id, alias or title. */
export type TypeMap = ReadonlyMap<string, string>;

const byKey = new WeakMap<CriteriaSet, Map<string, CaseType>>();

function typesByKey(criteria: CriteriaSet): Map<string, CaseType> {
  let map = byKey.get(criteria);
  if (!map) {
    map = new Map();
    // Ids and aliases first, titles after: a title never shadows another type's id.
    for (const type of criteria.types)
      for (const name of [type.id, ...type.aliases]) if (!map.has(nameKey(name))) map.set(nameKey(name), type);
    for (const type of criteria.types) if (!map.has(nameKey(type.title))) map.set(nameKey(type.title), type);
    byKey.set(criteria, map);
  }
  return map;
}

export function resolveCaseType(criteria: CriteriaSet, raw: string, typeMap?: TypeMap): CaseType | undefined {
  // Most files spell the type as its id: look it up as written before normalising it.
  const direct = criteria.typeByName.get(raw) ?? criteria.typeByName.get(raw.toLowerCase());
  if (direct && !typeMap) return direct;
  const key = nameKey(raw);
  const mapped = typeMap?.get(key);
  if (mapped !== undefined) return typesByKey(criteria).get(nameKey(mapped));
  return direct ?? typesByKey(criteria).get(key);
}

/** `unknown <what> "x"; expected one of ... (did you mean "y"?)`, the value shown only when safe. */
export function unknownTypeMessage(criteria: CriteriaSet, raw: string, what: string): string {
  const names = criteria.types.flatMap((t) => [t.id, ...t.aliases, t.title]);
  const near = nearest(raw, names, { normalise: nameKey });
  const nearType = near === undefined ? undefined : typesByKey(criteria).get(nameKey(near));
  // A value close to a type's name is that name mistyped; anything else may be a shifted note.
  const shown = near ? quote(raw) : quoteName(raw);
  const hint = nearType ? ` (did you mean "${nearType.id}"?)` : '';
  return `unknown ${what} ${shown}; expected one of ${criteria.types.map((t) => t.id).join(', ')} (or an alias or title)${hint}; a register's own codes can be mapped with --type-map CODE=type`;
}
