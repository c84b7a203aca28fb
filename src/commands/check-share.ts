// `case-audit check-share FILE`: before an output leaves the force, say whether it holds an original
// case id or auditor code (of the case files given with --against), a count below the threshold, or
// a free-text column. Exit 1 if it does, so a CI job or an analyst can run it before sending.
import type { Io } from '../domain/io.js';
import { UsageError } from '../domain/errors.js';
import { outputCells } from '../load/share/output-cells.js';
import { checkShare } from '../load/share/share-check.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { emit } from '../write/emit.js';
import { loadCriteria, makeContext, preflight, readFiles, type CommonOptions } from './context.js';

export interface CheckShareOptions {
  against?: string[];
  suppress?: number;
}

/** The threshold when none is given: the common rule for publishing statistics about people. */
const DEFAULT_BELOW = 5;

export async function checkShareCommand(args: unknown[], options: CommonOptions & CheckShareOptions, io: Io): Promise<number> {
  const file = args[0] as string;
  const { pseudonymise, ...plain } = options;
  if (pseudonymise !== undefined) throw new UsageError('check-share reads the case files as written: leave out --pseudonymise');
  const ctx = makeContext(io, plain);
  const against = options.against ?? [];
  preflight(ctx, [file, ...against]);
  const ids = new Set<string>();
  const auditors = new Set<string>();
  if (against.length > 0) {
    const criteria = loadCriteria(ctx);
    await readFiles(
      ctx,
      against,
      criteria,
      {
        case(c) {
          for (const a of c.assessments.values()) if (a.auditor !== null) auditors.add(a.auditor);
        },
      },
      { onRowId: (id) => ids.add(id) },
    );
  }
  const below = options.suppress ?? DEFAULT_BELOW;
  const findings = checkShare(await outputCells(file), { ids, auditors, below });
  const render = await rendererFor(FORMATS['check-share'], options.format);
  await emit(
    await render({ file, below, against: against.length, findings }, { paint: ctx.paint, cwd: io.cwd }),
    options.output,
    io.stdout,
  );
  return findings.length > 0 ? 1 : 0;
}
