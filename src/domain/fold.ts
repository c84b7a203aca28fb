// A summary that folds cases one at a time. Written beside each summary (report, compare...), so a
// file read in parts on worker threads (src/read/parts) can fold each part with the same code and
// merge the parts' states in file order: the result is the one-pass result.
import type { AssembledCase } from './assessment.js';
import type { CriteriaSet } from './criteria-set.js';

export interface Fold<S = unknown> {
  add(c: AssembledCase): void;
  /** The tally so far as plain data (it crosses to another thread). */
  state(): S;
  /** A later part's state: counts added, lists appended. */
  merge(later: S): void;
}

/**
 * How another thread makes the same fold: the module that builds it, the export's name and plain
 * options (a function cannot cross threads). The module exports `(criteria, options) => Fold`.
 */
export interface FoldRecipe {
  module: string;
  name: string;
  options: unknown;
}

type FoldFactory = (criteria: CriteriaSet, options: never) => Fold;

/** The fold a recipe names, made in this thread. */
export async function makeFold(recipe: FoldRecipe, criteria: CriteriaSet): Promise<Fold> {
  const module = (await import(recipe.module)) as Record<string, FoldFactory>;
  const factory = module[recipe.name];
  if (typeof factory !== 'function') throw new Error(`${recipe.module} has no fold named ${recipe.name}`);
  return factory(criteria, recipe.options as never);
}
