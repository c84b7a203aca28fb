// What `check-share` looks for in an output before it leaves the force: an original case id or
// auditor code of the case files given, a count from 1 to N-1, a free-text column. A finding names
// the place and never the value that should not leave (it would then be in the check's own log).
import { freeTextWord } from '../rows/free-text.js';
import { FRACTION_KEYS, RECOMMENDATION_COUNTS, type OutputCell } from './output-cells.js';
import type { ShareFinding } from '../../domain/sharing.js';

export interface ShareCheck {
  /** Original case ids and auditor codes of the case files (`--against`). */
  ids: ReadonlySet<string>;
  auditors: ReadonlySet<string>;
  /** Counts from 1 to below-1 should not leave. */
  below: number;
}

/** Numbers under these names are not counts of cases: positions, seeds, thresholds, table numbers. */
const NOT_COUNTS = new Set([
  'table',
  'line',
  'col',
  'column',
  'row',
  'seed',
  'below',
  'round',
  'version',
  'year',
  'rank',
  'sheet',
  'themes',
  'comparisons',
  ...FRACTION_KEYS,
]);
/** case-audit's own top-level JSON keys (and the dashboard's `actions.summary`) whose names have a free-text word but hold its own sentences. */
const OWN_SENTENCES = new Set(['summary', 'notes']);
/** `compare --by auditor`'s reason an auditor is named for review: its own sentence (figures it quotes are suppressed). */
const OWN_REASON = /(^|\.)auditorsToReview\[\d+\]\.reason$/;

const nameOf = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
/** Ids are matched whole: a cell, or a word of a sentence. */
const words = (text: string) => text.split(/[\s,;:()"'<>[\]{}]+/).map((w) => w.replace(/[.]$/, ''));

export function checkShare(cells: readonly OutputCell[], check: ShareCheck): ShareFinding[] {
  const found: ShareFinding[] = [];
  const freeTextNamed = new Set<string>();
  for (const c of cells) {
    if (c.isName) {
      const word = freeTextWord(c.text);
      const at = c.place.slice(c.place.lastIndexOf(' ') + 1);
      const own = (OWN_SENTENCES.has(c.text) && (!at.includes('.') || at === 'actions.summary')) || OWN_REASON.test(at);
      if (word && !own && !freeTextNamed.has(c.text)) {
        freeTextNamed.add(c.text);
        found.push({ place: c.place, rule: 'free-text', message: `a free-text column ${JSON.stringify(c.text)} (its name has "${word}")` });
      }
      continue;
    }
    if (
      c.number !== undefined &&
      Number.isInteger(c.number) &&
      c.number >= 1 &&
      c.number < check.below &&
      !NOT_COUNTS.has(nameOf(c.column)) &&
      c.column !== RECOMMENDATION_COUNTS
    ) {
      found.push({
        place: c.place,
        rule: 'small-count',
        message: `a count of ${c.number}, below ${check.below}${c.column ? ` (${c.column})` : ''}`,
      });
      continue;
    }
    if (check.ids.size === 0 && check.auditors.size === 0) continue;
    const ws = words(c.text);
    if (check.ids.has(c.text.trim()) || ws.some((w) => check.ids.has(w)))
      found.push({ place: c.place, rule: 'original-id', message: 'an original case id of the case files (not shown)' });
    else if (check.auditors.has(c.text.trim()) || ws.some((w) => check.auditors.has(w)))
      found.push({ place: c.place, rule: 'original-auditor', message: 'an original auditor code of the case files (not shown)' });
  }
  return found;
}
