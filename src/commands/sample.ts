// `case-audit sample`: read the register (and any --exclude files), plan and draw the sample, write
// the blank form (or the plan as JSON), and say on stderr what was drawn and with which seed.
import { randomInt } from 'node:crypto';
import type { CriteriaSet } from '../domain/criteria-set.js';
import { Reported, UsageError } from '../domain/errors.js';
import { quote } from '../text/escape.js';
import type { ReadResult } from '../read/reading.js';
import type { Io } from '../domain/io.js';
import { yamlExtraColumns, type FormCase, type FormModel } from '../render/sample/form-text.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { planProblemText, sampleSummaryText, type SampleSummary } from '../render/sample/sample-summary.js';
import { accountingLine } from '../render/accounting-line.js';
import { planSample, type Stratum } from '../summarise/sample/sample-plan.js';
import { emit } from '../write/emit.js';
import { loadCriteria, makeContext, preflight, readFiles, sharingOption, type CommonOptions, type Context } from './context.js';
import { readRegister } from './register-read.js';
import type { Register } from '../summarise/sample/register.js';
import { sampleRequest, type SampleOptions } from './sample-options.js';
import { checkModerationOptions, moderateCommand, type ModerationOptions } from './moderate.js';
import { focusedType, sampleFocus, type RecommendationOptions, type SampleFocus } from './sample-recommendation.js';

function strata(criteria: CriteriaSet, register: Register, excluded: ReadonlySet<string>, focus: SampleFocus | null): Stratum[] {
  return criteria.types.map((type) => {
    // A targeted re-audit draws only from the types its recommendation's criteria apply to.
    const ids = focus && !focus.types.has(type.id) ? [] : (register.idsByType.get(type.id) ?? []);
    // With nothing excluded the frame is the register's list itself (drawIds copies it): no copy of a million ids.
    const frame = excluded.size === 0 ? ids : ids.filter((id) => !excluded.has(id));
    return { type: type.id, table: type.report.table, register: ids.length, ids: frame };
  });
}

/** The form's cells under each column's first spelling, whatever case a file wrote it in. */
function formCase(register: Register, spelling: ReadonlyMap<string, string>, caseId: string, caseType: string): FormCase {
  const extra = register.extraByCase.get(caseId);
  const auditor = register.auditorByCase.get(caseId);
  const own = { caseId, caseType, ...(auditor !== undefined ? { auditor } : {}) };
  if (!extra) return own;
  return { ...own, extra: extra.map(([name, value]) => [spelling.get(name.toLowerCase()) ?? name, value] as const) };
}

/** Every id in the files counts, a rejected row's too: the case was audited, whatever its row says. */
async function readExcluded(ctx: Context, files: readonly string[], criteria: CriteriaSet) {
  const ids = new Set<string>();
  const valid = new Set<string>();
  const result = await readFiles(ctx, files, criteria, { case: (c) => valid.add(c.caseId) }, { onRowId: (id) => ids.add(id) });
  let onRejectedOnly = 0;
  for (const id of ids) if (!valid.has(id)) onRejectedOnly++;
  return { ids, onRejectedOnly, result };
}

/** A seed for a run without --seed: short enough to type back in. */
function pickSeed(): number {
  return randomInt(1, 1_000_000);
}

export async function sampleCommand(
  args: unknown[],
  options: CommonOptions & SampleOptions & ModerationOptions & RecommendationOptions,
  io: Io,
): Promise<number> {
  checkModerationOptions(options);
  if (options.secondMarker !== undefined && options.recommendation !== undefined)
    throw new UsageError('--recommendation draws a targeted re-audit; it does not go with --second-marker');
  if (options.secondMarker !== undefined) return moderateCommand(args, options, io);
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const excludeFiles = options.exclude ?? [];
  const criteria = loadCriteria(ctx);
  const request = sampleRequest(options, criteria);
  const focus = sampleFocus(ctx, options, criteria, request);
  if (files.includes('-') && excludeFiles.includes('-')) throw new UsageError('only one input can be read from stdin (-)');
  preflight(ctx, [...files, ...excludeFiles]);

  const { register, result } = await readRegister(ctx, files, criteria);
  const exclusion = excludeFiles.length > 0 ? await readExcluded(ctx, excludeFiles, criteria) : null;
  const excluded = exclusion?.ids ?? new Set<string>();

  const seed = options.seed ?? pickSeed();
  const planned = planSample(strata(criteria, register, excluded, focus), request, seed);
  if (!planned.ok) {
    for (const p of planned.problems) io.stderr.write(`case-audit: ${planProblemText(p)}; nothing written\n`);
    io.stderr.write(`${accountingLine(result.accounting)}\n`);
    throw new Reported(1);
  }
  const { plan } = planned;
  const inRegister = () => [...register.idsByType.values()].reduce((n, ids) => n + ids.filter((id) => excluded.has(id)).length, 0);
  const summary: SampleSummary = {
    plan,
    seedPicked: options.seed === undefined,
    excluded: exclusion ? { read: excluded.size, inRegister: inRegister(), onRejectedRows: exclusion.onRejectedOnly } : null,
    accounting: result.accounting,
  };

  const sampled = plan.strata.filter((s) => s.sample > 0);
  const spelling = new Map(register.extraColumns.map((name) => [name.toLowerCase(), name]));
  const force = options.forceName ?? result.forces[0];
  const form: FormModel = {
    programme: criteria.programme,
    types: sampled.map((s) => focusedType(criteria.typeByName.get(s.type)!, focus)),
    extraColumns: register.extraColumns,
    cases: sampled.flatMap((s) => s.ids.map((id) => formCase(register, spelling, id, s.type))),
    ...(force !== undefined ? { force } : {}),
    // Who audits each case, and the round: read back, --by auditor and trend keep them apart.
    auditorColumn: true,
    ...(options.round !== undefined ? { round: options.round } : {}),
  };
  const render = await rendererFor(FORMATS.sample, options.format);
  const rendered = await render({ form, summary }, { paint: ctx.paint, cwd: io.cwd, ...sharingOption(ctx) });
  await emit(rendered, options.output, io.stdout);

  io.stderr.write(sampleSummaryText(summary));
  const dropped = yamlExtraColumns(register.extraColumns).dropped;
  if (options.format === 'yaml' && dropped.length > 0) {
    io.stderr.write(
      `case-audit: column(s) ${dropped.map(quote).join(', ')} left out of the YAML form: a key of that name is a case field (use --format csv to carry them)\n`,
    );
  }
  // Not exitCodeFor: a register is ungraded by nature, so --strict has nothing to say here.
  const failed = (r: ReadResult) => r.accounting.rejected > 0 || r.fileErrors > 0;
  const code = failed(result) || (exclusion && failed(exclusion.result)) ? 1 : 0;
  if (!options.quiet || code !== 0) io.stderr.write(`${accountingLine(result.accounting)}\n`);
  return code;
}
