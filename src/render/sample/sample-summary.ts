// What `sample` says about its draw: on stderr as a small table (the form goes to stdout), or as
// JSON with the ids instead of a form. Pure functions of the plan.
import { sharingJson, type Sharing } from '../../domain/sharing.js';
import type { Accounting } from '../../domain/accounting.js';
import type { PlanProblem, SamplePlan } from '../../summarise/sample/sample-plan.js';

export interface SampleSummary {
  plan: SamplePlan;
  /** The seed was picked for this run (no --seed): say how to rerun it. */
  seedPicked: boolean;
  /** Distinct ids read from --exclude files, and how many of them were in the register. */
  excluded: { read: number; inRegister: number; onRejectedRows: number } | null;
  accounting: Accounting;
}

const pad = (cells: readonly string[], widths: readonly number[]) =>
  cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
    .join('  ')
    .trimEnd();

function how(plan: SamplePlan): string {
  const r = plan.request;
  if (r.kind === 'quota') return `by quota (${plan.strata.map((s) => `${s.type}=${s.sample}`).join(', ')})`;
  return `stratified by case type (--size ${r.size}${r.minPerType !== undefined ? `, --min-per-type ${r.minPerType}` : ''})`;
}

/** The minimum's moves, in words: which types it raised and which it took the cases from. */
function moves(plan: SamplePlan): string[] {
  const r = plan.request;
  if (r.kind !== 'size' || r.minPerType === undefined) return [];
  const moved = plan.strata.filter((s) => s.proportional !== null && s.proportional !== s.sample);
  const raised = moved.filter((s) => s.sample > s.proportional!).map((s) => `${s.type} from ${s.proportional} to ${s.sample}`);
  const lowered = moved.filter((s) => s.sample < s.proportional!).map((s) => `${s.type} from ${s.proportional} to ${s.sample}`);
  if (raised.length === 0) return [`--min-per-type ${r.minPerType}: every type already has its minimum`];
  return [`--min-per-type ${r.minPerType} raised ${raised.join(', ')}; taken from the largest: ${lowered.join(', ')}`];
}

export function sampleSummaryText(s: SampleSummary): string {
  const { plan } = s;
  const size = plan.request.kind === 'size';
  const head = ['case type', 'register', 'frame', ...(size ? ['expected'] : []), 'sample'];
  const rows = plan.strata.map((t) => [
    t.type,
    String(t.register),
    String(t.frame),
    ...(size ? [t.share!.toFixed(1)] : []),
    String(t.sample),
  ]);
  const total = ['total', String(plan.register), String(plan.frame), ...(size ? [''] : []), String(plan.sample)];
  const widths = head.map((h, i) => Math.max(h.length, ...[...rows, total].map((r) => r[i]!.length)));
  const lines = [
    `sample of ${plan.sample} from ${plan.frame} cases, ${how(plan)}`,
    ...[head, ...rows, total].map((r) => `  ${pad(r, widths)}`),
  ];
  if (s.excluded) {
    const rejected = s.excluded.onRejectedRows > 0 ? `, ${s.excluded.onRejectedRows} of them only on rejected rows` : '';
    lines.push(
      `excluded ${s.excluded.inRegister} register cases already audited (${s.excluded.read} ids in the --exclude files${rejected})`,
    );
  }
  lines.push(...moves(plan));
  lines.push(s.seedPicked ? `seed ${plan.seed}, rerun with --seed ${plan.seed}` : `seed ${plan.seed}`);
  return `${lines.join('\n')}\n`;
}

/** `--format json`: the plan and the ids, no form. */
export function sampleJson(s: SampleSummary, sharing?: Sharing): string {
  const { plan } = s;
  const r = plan.request;
  return `${JSON.stringify(
    {
      seed: plan.seed,
      method: r.kind,
      size: r.kind === 'size' ? r.size : plan.sample,
      minPerType: r.kind === 'size' ? (r.minPerType ?? null) : null,
      register: plan.register,
      frame: plan.frame,
      excluded: s.excluded,
      strata: plan.strata.map((t) => ({
        type: t.type,
        table: t.table,
        register: t.register,
        frame: t.frame,
        share: t.share,
        sample: t.sample,
        ids: t.ids,
      })),
      ids: plan.strata.flatMap((t) => t.ids),
      totals: s.accounting,
      ...sharingJson(sharing),
    },
    null,
    2,
  )}\n`;
}

/** Why no sample could be drawn, one line each (exit 1, nothing written). */
export function planProblemText(p: PlanProblem): string {
  switch (p.kind) {
    case 'quota-too-large': {
      const after = p.frame !== p.register ? ` (${p.frame} after --exclude)` : '';
      return `--quota ${p.type}=${p.quota} is more than the register holds: ${p.register} ${p.type} cases${after}`;
    }
    case 'size-too-large':
      return `--size ${p.size} is more than the register holds: ${p.register} cases${p.frame !== p.register ? ` (${p.frame} after --exclude)` : ''}`;
    case 'minimum-too-large':
      return `--min-per-type ${p.minPerType} needs ${p.needed} cases (the minimum, or all a type has, for every type), more than --size ${p.size}`;
  }
}
