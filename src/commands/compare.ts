// `case-audit compare`: the force's self-assessment against the inspectorate's grades.
import type { Io } from '../io.js';
import { COMPARE_FORMATS } from '../render/formats.js';
import { CompareBuilder, type CompareModel } from '../summarise/compare.js';
import type { Weights } from '../summarise/kappa.js';
import type { CommonOptions } from './context.js';
import { runSummary } from './summary-run.js';

export async function compareCommand(args: unknown[], options: CommonOptions & { weights?: Weights; by?: string }, io: Io): Promise<number> {
  return runSummary<CompareModel>(
    args,
    options,
    io,
    (criteria) => {
      const builder = new CompareBuilder(criteria, options.weights ?? 'linear', options.by);
      return { add: (c) => builder.addCase(c), finish: (result, names) => builder.finish(result.accounting, names) };
    },
    COMPARE_FORMATS,
  );
}
