// `case-audit compare`: one role's grades against another's (by default the force's self-assessment
// against the inspectorate's), with criterion calibration and agreement per auditor.
import { INDEPENDENT, SELF } from '../domain/assessment.js';
import { knownRoles, roleLabel } from '../domain/roles.js';
import type { Io } from '../domain/io.js';
import { FORMATS } from '../render/formats.js';
import { UsageError } from '../domain/errors.js';
import type { Published } from '../summarise/suppress/published.js';
import { BetweenFold, betweenRecipe, type BetweenRequest } from '../summarise/compare/between-fold.js';
import type { CompareModel } from '../summarise/compare/compare-model.js';
import type { Weights } from '../statistics/kappa.js';
import { AUDITOR } from '../summarise/by-column.js';
import type { CommonOptions } from './context.js';
import { checkRole } from './role-options.js';
import { publishing, runSummary, type Summary } from './summary-run.js';
import type { CriteriaSet } from '../domain/criteria-set.js';
import { comparePublished } from '../summarise/suppress/compare-published.js';

export interface CompareOptions {
  weights?: Weights;
  /** Parsed by role-options' parseBetween; checked against the programme's roles here. */
  between?: [string, string];
  /** `auditor`: agreement per auditor code of the first role; any other name: a carried column. */
  by?: string;
  /** Every role at once: alpha and each pair (compare-all-roles.ts). */
  allRoles?: boolean;
}

export async function compareCommand(args: unknown[], options: CommonOptions & CompareOptions, io: Io): Promise<number> {
  const below = options.suppress;
  if (options.allRoles && below !== undefined)
    throw new UsageError('--suppress with --all-roles: not written; compare two roles at a time (--between A,B) to publish');
  if (options.allRoles) return (await import('./compare-all-roles.js')).allRolesCommand(args, options, io);
  const plan = (criteria: CriteriaSet): Summary<CompareModel, BetweenFold> => {
    const known = knownRoles(criteria.programme);
    const [a, b] = (options.between ?? [SELF, INDEPENDENT]).map((role) => checkRole('--between', role, known)) as [string, string];
    const byAuditor = options.by?.toLowerCase() === AUDITOR;
    const request: BetweenRequest = {
      a,
      b,
      byAuditor,
      weights: options.weights ?? 'linear',
      ...(options.by !== undefined && !byAuditor ? { byColumn: options.by } : {}),
    };
    return {
      makeFold: () => new BetweenFold(criteria, request),
      recipe: betweenRecipe(request),
      ...(request.byColumn === undefined ? {} : { byColumn: request.byColumn }),
      finish: (fold, result, names) => {
        const model = fold.finish(result.accounting, names, {
          a: roleLabel(a, criteria.programme, names),
          b: roleLabel(b, criteria.programme, names),
        });
        // Wide-form input without --between or --by auditor gives exactly the comparison it always gave.
        const asked = options.between !== undefined || byAuditor || result.longForm;
        return asked ? model : { ...model, between: undefined };
      },
    };
  };
  if (below === undefined) return runSummary(args, options, io, plan, FORMATS.compare);
  // The same fold, then the one suppression step: renderers print what it leaves.
  return runSummary<Published, BetweenFold>(
    args,
    options,
    io,
    (criteria) => publishing(plan(criteria), (m) => comparePublished(m, below)),
    FORMATS.published,
  );
}
