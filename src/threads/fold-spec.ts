// What a worker thread folds its part of the input into: the command's own builder, made from
// plain options (a function cannot cross to a worker), so both threads fold with the same code.
import type { AssembledCase } from '../domain/assessment.js';
import type { CriteriaSet } from '../domain/criteria-set.js';
import { BetweenFold, type BetweenRequest } from '../summarise/between/fold.js';
import { ReportBuilder } from '../summarise/report.js';

export type FoldSpec = { command: 'report'; themes: number; by?: string } | { command: 'compare'; request: BetweenRequest };

export interface PartFold {
  add(c: AssembledCase): void;
  state(): unknown;
}

export function makeFold(spec: FoldSpec, criteria: CriteriaSet): PartFold {
  if (spec.command === 'compare') return new BetweenFold(criteria, spec.request);
  const builder = new ReportBuilder(criteria, spec.themes, spec.by);
  return { add: (c) => builder.addCase(c), state: () => builder.state() };
}
