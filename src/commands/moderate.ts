// `case-audit sample --second-marker ROLE`: from cases the first marker (default self) has graded,
// a seeded moderation sample stratified by that marker's auditor, written as a blind long-form form
// for the second marker. Read back beside the first marking with compare --between.
import { randomInt } from 'node:crypto';
import { SELF } from '../domain/assessment.js';
import { Reported, UsageError } from '../domain/errors.js';
import { knownRoles, roleLabel } from '../domain/roles.js';
import type { Io } from '../domain/io.js';
import type { ModerationForm } from '../render/sample/moderation-form.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { moderationProblemText, moderationSummaryText, type ModerationSummary } from '../render/sample/moderation-summary.js';
import { accountingLine } from '../render/accounting-line.js';
import { planModeration, type Marked, type ModerationRequest } from '../summarise/sample/moderation-plan.js';
import { emit } from '../write/emit.js';
import {
  forceName,
  inspectorateName,
  loadCriteria,
  makeContext,
  preflight,
  readFiles,
  sharingOption,
  type CommonOptions,
} from './context.js';
import { checkRole, parseFocus } from './role-options.js';
import { scaleOf } from '../domain/programme.js';
import type { SampleOptions } from './sample-options.js';

export interface ModerationOptions {
  secondMarker?: string;
  firstMarker?: string;
  rate?: number;
  minPerAuditor?: number;
  /** As typed: checked against the programme's scale once the criteria are loaded. */
  focus?: string;
}

/** The options that belong to one mode or the other: a mix is a usage error (exit 2). */
export function checkModerationOptions(options: SampleOptions & ModerationOptions): void {
  const only = (flag: string, set: boolean) => {
    if (set) throw new UsageError(`${flag} goes with --second-marker (a moderation sample)`);
  };
  if (options.secondMarker === undefined) {
    only('--rate', options.rate !== undefined);
    only('--first-marker', options.firstMarker !== undefined);
    only('--min-per-auditor', options.minPerAuditor !== undefined);
    only('--focus', options.focus !== undefined);
    return;
  }
  const not = (flag: string, set: boolean, why: string) => {
    if (set) throw new UsageError(`${flag} does not go with --second-marker: ${why}`);
  };
  not('--quota', (options.quota ?? []).length > 0, 'a moderation sample is stratified by auditor (--rate or --size, --min-per-auditor)');
  not('--min-per-type', options.minPerType !== undefined, 'use --min-per-auditor');
  not(
    '--exclude',
    (options.exclude ?? []).length > 0,
    'give earlier moderation files as inputs: cases the second marker has already assessed are left out',
  );
  if ((options.rate === undefined) === (options.size === undefined)) {
    throw new UsageError('say how many cases to moderate: --rate N% (of the cases the first marker graded) or --size N, not both');
  }
}

export async function moderateCommand(
  args: unknown[],
  options: CommonOptions & SampleOptions & ModerationOptions,
  io: Io,
): Promise<number> {
  const ctx = makeContext(io, options);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  const known = knownRoles(criteria.programme);
  const second = checkRole('--second-marker', options.secondMarker!, known);
  const first = checkRole('--first-marker', options.firstMarker ?? SELF, known);
  if (first === second)
    throw new UsageError(`--second-marker and --first-marker are both ${first}; the second marker must be another role`);
  const request: ModerationRequest = {
    ...(options.rate !== undefined ? { kind: 'rate' as const, rate: options.rate } : { kind: 'size' as const, size: options.size! }),
    minPerAuditor: options.minPerAuditor ?? 1,
    ...(options.focus ? { focus: parseFocus(options.focus, scaleOf(criteria.programme)) } : {}),
  };
  preflight(ctx, files);

  const marked: Marked[] = [];
  let alreadyModerated = 0;
  const result = await readFiles(ctx, files, criteria, {
    case(c) {
      const a = c.assessments.get(first);
      if (!a || a.grade === null) return;
      if (c.assessments.has(second)) alreadyModerated++;
      else marked.push({ round: c.round, caseId: c.caseId, caseType: c.caseType, auditor: a.auditor, grade: a.grade });
    },
  });
  const names = { force: forceName(ctx, result), inspectorate: inspectorateName(ctx, criteria) };
  const labels = { first: roleLabel(first, criteria.programme, names), second: roleLabel(second, criteria.programme, names) };
  const seed = options.seed ?? randomInt(1, 1_000_000);
  const planned = planModeration(marked, request, seed);
  if (!planned.ok) {
    for (const p of planned.problems)
      io.stderr.write(`case-audit: ${moderationProblemText(p, labels.first, labels.second, alreadyModerated)}; nothing written\n`);
    io.stderr.write(`${accountingLine(result.accounting)}\n`);
    throw new Reported(1);
  }
  const { plan } = planned;
  const summary: ModerationSummary = {
    plan,
    scale: scaleOf(criteria.programme),
    ...labels,
    seedPicked: options.seed === undefined,
    alreadyModerated,
    accounting: result.accounting,
  };
  const form: ModerationForm = {
    programme: criteria.programme,
    role: second,
    firstRole: first,
    types: criteria.types.filter((t) => plan.cases.some((c) => c.caseType === t.id)),
    cases: plan.cases,
  };
  if (options.format === 'yaml' && new Set(plan.cases.map((c) => c.round)).size > 1) {
    throw new UsageError('the sample spans several rounds and a YAML form names one; use --format csv (it has a round column)');
  }
  const render = await rendererFor(FORMATS.moderation, options.format);
  const rendered = await render({ form, summary }, { paint: ctx.paint, cwd: io.cwd, ...sharingOption(ctx) });
  await emit(rendered, options.output, io.stdout);
  io.stderr.write(moderationSummaryText(summary));
  io.stderr.write(`${accountingLine(result.accounting)}\n`);
  return result.accounting.rejected > 0 || result.fileErrors > 0 ? 1 : 0;
}
