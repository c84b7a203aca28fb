// `sample --recommendation R1 --recommendations recs.yaml`: a targeted re-audit. The draw is
// limited to the case types the recommendation's criteria belong to (stratified among them as
// usual), and the form lists those criteria first in each type, so the re-audit measures what
// was promised.
import type { CriteriaSet } from '../domain/criteria-set.js';
import { Reported, UsageError } from '../domain/errors.js';
import type { CaseType } from '../domain/types.js';
import { loadRecommendations } from '../load/recommendations/recommendations-file.js';
import { didYouMean } from '../text/did-you-mean.js';
import { quote } from '../text/escape.js';
import type { SampleRequest } from '../summarise/sample/sample-plan.js';
import type { Context } from './context.js';

export interface RecommendationOptions {
  recommendation?: string;
  recommendations?: string;
}

export interface SampleFocus {
  id: string;
  /** The case types the draw is limited to. */
  types: ReadonlySet<string>;
  /** The recommendation's criteria, listed first on the form. */
  criteria: ReadonlySet<string>;
}

export function sampleFocus(
  ctx: Context,
  options: RecommendationOptions,
  criteria: CriteriaSet,
  request: SampleRequest,
): SampleFocus | null {
  if (options.recommendation === undefined && options.recommendations === undefined) return null;
  if (options.recommendation === undefined || options.recommendations === undefined)
    throw new UsageError('--recommendation R and --recommendations FILE go together: the recommendation, and the file that holds it');
  const loaded = loadRecommendations(options.recommendations, criteria);
  for (const d of loaded.diagnostics) ctx.printer.print(d);
  const wanted = options.recommendation;
  const rec = loaded.recommendations.find((r) => r.id.toLowerCase() === wanted.toLowerCase());
  if (!rec) {
    const ids = loaded.recommendations.map((r) => r.id);
    const problems = loaded.diagnostics.some((d) => d.severity === 'error') ? ' (or it has a problem, above)' : '';
    ctx.io.stderr.write(
      `case-audit: --recommendation: no recommendation ${quote(wanted)} in ${options.recommendations}${didYouMean(wanted, ids)}${problems}; nothing written\n`,
    );
    throw new Reported(1);
  }
  const types = new Set(criteria.types.filter((t) => t.criteria.some((c) => rec.evidence.has(c.id))).map((t) => t.id));
  if (request.kind === 'quota')
    for (const type of request.quotas.keys())
      if (!types.has(type))
        throw new UsageError(
          `--quota ${type}: recommendation ${rec.id}'s criteria do not apply to ${type}; its case types are ${[...types].join(', ')}`,
        );
  return { id: rec.id, types, criteria: rec.evidence };
}

/** The type with the focus's criteria first, the rest in their order. */
export function focusedType(type: CaseType, focus: SampleFocus | null): CaseType {
  if (!focus) return type;
  const first = type.criteria.filter((c) => focus.criteria.has(c.id));
  return { ...type, criteria: [...first, ...type.criteria.filter((c) => !focus.criteria.has(c.id))] };
}
