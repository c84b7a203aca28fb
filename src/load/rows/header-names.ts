// Header names as users type them (`Self Grade`, `case-id`, `Independent_Grade `) matched to the
// names we know: compared after one normalisation, so that a near miss is never silently dropped.
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { CaseType, Criterion } from '../../domain/types.js';

const INVISIBLE_EDGES = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]+|[\s\u00a0\u200b-\u200d\u2060\ufeff]+$/g;

/** Lowercase, no surrounding (or invisible) space, and runs of spaces, hyphens and underscores as one `_`. */
export function nameKey(raw: string): string {
  return raw
    .replace(INVISIBLE_EDGES, '')
    .toLowerCase()
    .replace(/[\s\u00a0_-]+/g, '_');
}

const byKey = new WeakMap<CriteriaSet, ReadonlyMap<string, { criterion: Criterion; type: CaseType }>>();

/** The criteria keyed by `nameKey` of their ids (first wins, as in `criterionById`). */
export function criteriaByKey(criteria: CriteriaSet): ReadonlyMap<string, { criterion: Criterion; type: CaseType }> {
  let map = byKey.get(criteria);
  if (!map) {
    const built = new Map<string, { criterion: Criterion; type: CaseType }>();
    for (const entry of criteria.criterionById.values()) {
      const key = nameKey(entry.criterion.id);
      if (!built.has(key)) built.set(key, entry);
    }
    byKey.set(criteria, (map = built));
  }
  return map;
}
