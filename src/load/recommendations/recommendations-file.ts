// A recommendations file read and checked, every problem at its file:line:col: the schema's
// (unknown keys with a "did you mean"), then what the schema cannot know: a duplicate id, a
// criterion or area the criteria do not declare, a due date that is not a date. A recommendation
// with a problem is left out and the rest are kept, so `actions` still shows them (and exits 1).
// Rounds are checked later, against the case files (`unknownBaselines`).
import { readFileSync } from 'node:fs';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { parseDate } from '../../domain/dates.js';
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import { InputError } from '../../domain/errors.js';
import type { Recommendation } from '../../domain/recommendation.js';
import { recommendationSchema, recommendationsFileSchema } from '../../schema/recommendations.js';
import { didYouMean } from '../../text/did-you-mean.js';
import { zodIssueDiagnostics } from '../criteria/zod-diagnostics.js';
import { osReason } from '../inputs/os-reasons.js';
import { parseYaml, positionAt } from '../yaml/yaml-doc.js';

export interface LoadedRecommendations {
  source: string;
  /** The recommendations with no problem, in file order. */
  recommendations: Recommendation[];
  diagnostics: Diagnostic[];
}

const FILE_KEYS = Object.keys(recommendationsFileSchema.shape);
const ENTRY_KEYS = Object.keys(recommendationSchema.shape);

export function loadRecommendations(file: string, criteria: CriteriaSet): LoadedRecommendations {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(file, `cannot read the recommendations file: ${osReason(e)}`);
  }
  const parsed = parseYaml(file, text, { schema: 'failsafe' });
  const diagnostics = [...parsed.diagnostics];
  if (diagnostics.length) return { source: '', recommendations: [], diagnostics };
  const whole = recommendationsFileSchema.safeParse(parsed.value);
  if (!whole.success)
    diagnostics.push(
      ...zodIssueDiagnostics(file, parsed, whole.error, {
        keysAt: (path) => (path.length === 0 ? FILE_KEYS : ENTRY_KEYS),
        expected: 'source and recommendations',
      }),
    );
  const value = parsed.value as { source?: unknown; recommendations?: unknown } | null;
  const entries = value && typeof value === 'object' && Array.isArray(value.recommendations) ? (value.recommendations as unknown[]) : [];
  const recommendations: Recommendation[] = [];
  const seen = new Map<string, number>();
  entries.forEach((raw, i) => {
    const entry = recommendationSchema.safeParse(raw);
    if (!entry.success) return;
    const r = entry.data;
    const at = (key: string, item?: number) =>
      positionAt(parsed, item === undefined ? ['recommendations', i, key] : ['recommendations', i, key, item]);
    const problems: Diagnostic[] = [];
    const problem = (key: string, rule: string, message: string, item?: number) => {
      const { line, col } = at(key, item);
      problems.push(error(file, line, rule, `${r.id}: ${message}`, col));
    };
    const first = seen.get(r.id.toLowerCase());
    if (first !== undefined)
      problem('id', 'duplicate-id', `the id is used twice (first at line ${first}); give each recommendation its own id`);
    else seen.set(r.id.toLowerCase(), at('id').line);
    const due = parseDate(r.due);
    if (!due.ok) problem('due', 'invalid-date', `due: ${due.message}`);
    const evidence = evidenceOf(r.criteria ?? [], r.areas ?? [], criteria, (key, item, message) =>
      problem(key, 'unknown-name', message, item),
    );
    if (evidence.canonical.length + evidence.areas.length === 0 && problems.length === 0)
      problem('id', 'no-evidence', 'no criteria or areas: name the evidence with criteria: [..] and/or areas: [..]');
    diagnostics.push(...problems);
    if (problems.length || !due.ok) return;
    recommendations.push({
      id: r.id,
      text: r.text,
      baseline: r.baseline,
      due: due.iso,
      owner: r.owner,
      status: r.status,
      criteria: evidence.canonical,
      areas: evidence.areas,
      evidence: evidence.ids,
      baselineAt: { file, ...at('baseline') },
    });
  });
  const source = typeof value?.source === 'string' ? value.source.trim() : '';
  return { source, recommendations, diagnostics };
}

type Report = (key: string, item: number, message: string) => void;

/** The evidence's criterion ids (the criteria's own spelling), each area's criteria included. */
function evidenceOf(names: readonly string[], areaNames: readonly string[], criteria: CriteriaSet, report: Report) {
  const canonical: string[] = [];
  const areas: string[] = [];
  const ids = new Set<string>();
  const allIds = [...criteria.criterionById.values()].map((c) => c.criterion.id);
  names.forEach((name, i) => {
    const found = criteria.criterionById.get(name.toLowerCase());
    if (!found) report('criteria', i, `no criterion ${JSON.stringify(name)} in the criteria${didYouMean(name, allIds)}`);
    else {
      canonical.push(found.criterion.id);
      ids.add(found.criterion.id);
    }
  });
  const declared = criteria.programme.areas.map((a) => a.id);
  areaNames.forEach((name, i) => {
    const area = declared.find((a) => a === name.toLowerCase());
    if (!area) {
      const known = declared.length ? `; the areas are ${declared.join(', ')}` : '; programme.yaml declares no areas';
      report('areas', i, `no area ${JSON.stringify(name)}${didYouMean(name, declared)}${known}`);
      return;
    }
    areas.push(area);
    for (const type of criteria.types) for (const c of type.criteria) if (c.area === area) ids.add(c.id);
  });
  return { canonical, areas, ids };
}

/** Recommendations whose baseline names no round of the case files: an error each, at the baseline. */
export function unknownBaselines(recommendations: readonly Recommendation[], rounds: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of recommendations) {
    if (rounds.includes(r.baseline)) continue;
    const known = rounds.length
      ? `the case files' rounds are ${rounds.map((x) => JSON.stringify(x)).join(', ')}`
      : 'the case files name no round';
    out.push(
      error(
        r.baselineAt.file,
        r.baselineAt.line,
        'unknown-round',
        `${r.id}: baseline: no round ${JSON.stringify(r.baseline)} in the case files${didYouMean(r.baseline, rounds)}; ${known}`,
        r.baselineAt.col,
      ),
    );
  }
  return out;
}
