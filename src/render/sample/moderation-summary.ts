// What `sample --second-marker` says about its draw: per auditor of the first marker, on stderr
// (the form goes to stdout), or as JSON with the case ids instead of a form. Pure.
import { sharingJson, type Sharing } from '../../domain/sharing.js';
import type { Scale } from '../../domain/scale.js';
import type { Accounting } from '../../domain/accounting.js';
import type { ModerationPlan, ModerationProblem } from '../../summarise/sample/moderation-plan.js';

export interface ModerationSummary {
  plan: ModerationPlan;
  /** The programme's grades, for --focus's words. */
  scale: Scale;
  first: string;
  second: string;
  seedPicked: boolean;
  /** Cases the first marker graded that the second had already assessed: left out of the frame. */
  alreadyModerated: number;
  accounting: Accounting;
}

const NO_CODE = '(no code)';

function how(s: ModerationSummary): string {
  const r = s.plan.request;
  const size = r.kind === 'rate' ? `--rate ${+(r.rate * 100).toFixed(4)}%` : `--size ${r.size}`;
  const focus = r.focus ? `, --focus ${r.focus}` : '';
  return `stratified by ${s.first}'s auditor (${size}, --min-per-auditor ${r.minPerAuditor}${focus})`;
}

export function moderationSummaryText(s: ModerationSummary): string {
  const { plan } = s;
  const focus = plan.request.focus;
  const head = ['auditor', 'assessed', ...(focus ? [s.scale.tableLabel(focus).toLowerCase()] : []), 'sample'];
  const rows = plan.strata.map((t) => [
    t.auditor ?? NO_CODE,
    String(t.frame),
    ...(focus ? [`${t.focusSample} of ${t.focusFrame}`] : []),
    String(t.sample),
  ]);
  const total = ['total', String(plan.frame), ...(focus ? [''] : []), String(plan.sample)];
  const widths = head.map((h, i) => Math.max(h.length, ...[...rows, total].map((r) => r[i]!.length)));
  const pad = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const lines = [
    `moderation sample of ${plan.sample} from ${plan.frame} cases graded by ${s.first}, for ${s.second} to mark blind, ${how(s)}`,
  ];
  lines.push(...[head, ...rows, total].map((r) => `  ${pad(r)}`));
  if (s.alreadyModerated > 0) lines.push(`left out ${s.alreadyModerated} cases ${s.second} has already assessed`);
  lines.push(s.seedPicked ? `seed ${plan.seed}, rerun with --seed ${plan.seed}` : `seed ${plan.seed}`);
  return `${lines.join('\n')}\n`;
}

/** `--format json`: the plan per auditor with its case ids (for the QA lead; the form stays blind). */
export function moderationJson(s: ModerationSummary, sharing?: Sharing): string {
  const { plan } = s;
  const r = plan.request;
  const ids = (cases: ModerationPlan['cases']) => cases.map((c) => (c.round === null ? c.caseId : { round: c.round, caseId: c.caseId }));
  return `${JSON.stringify(
    {
      seed: plan.seed,
      firstMarker: s.first,
      secondMarker: s.second,
      method: r.kind,
      rate: r.kind === 'rate' ? r.rate : null,
      size: plan.sample,
      minPerAuditor: r.minPerAuditor,
      focus: r.focus ?? null,
      frame: plan.frame,
      alreadyModerated: s.alreadyModerated,
      strata: plan.strata.map((t) => ({
        auditor: t.auditor,
        frame: t.frame,
        focusFrame: r.focus ? t.focusFrame : null,
        proportional: t.proportional,
        sample: t.sample,
        focusSample: r.focus ? t.focusSample : null,
        ids: ids(t.cases),
      })),
      ids: ids(plan.cases),
      totals: s.accounting,
      ...sharingJson(sharing),
    },
    null,
    2,
  )}\n`;
}

export function moderationProblemText(p: ModerationProblem, first: string, second: string, alreadyModerated: number): string {
  switch (p.kind) {
    case 'nothing-to-moderate':
      return alreadyModerated > 0
        ? `no case graded by ${first} is left to moderate: all ${alreadyModerated} already have an assessment by ${second}`
        : `no case has a grade from ${first} to moderate`;
    case 'size-too-large':
      return `a sample of ${p.size} is more than the ${p.frame} cases graded by ${first} that can be moderated`;
    case 'minimum-too-large':
      return `--min-per-auditor ${p.minPerAuditor} needs ${p.needed} cases (the minimum, or all an auditor has, for every auditor), more than the sample of ${p.size}`;
  }
}
