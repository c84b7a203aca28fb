// The moderation sample as plain data: from cases a first marker has graded, a seeded share for a
// second marker to re-assess blind, stratified by the first marker's auditor so every auditor's work
// is looked at, optionally weighted towards one grade. Problems are returned, never thrown.
import type { Grade } from '../../domain/grades.js';
import { largestRemainder, raiseToMinimum } from '../../statistics/largest-remainder.js';
import { byCaseId, drawIds, stratumGenerator } from './seeded-draw.js';

/** A case the first marker graded, and the second has not yet. */
export interface Marked {
  round: string | null;
  caseId: string;
  caseType: string;
  /** The first marker's auditor code; null where it names none. */
  auditor: string | null;
  /** The first marker's grade: used to stratify and to focus, never written to the form. */
  grade: Grade;
}

export type ModerationRequest = ({ kind: 'rate'; rate: number } | { kind: 'size'; size: number }) & {
  minPerAuditor: number;
  focus?: Grade;
};

interface AuditorStratum {
  auditor: string | null;
  /** Cases of this auditor that may be drawn. */
  frame: number;
  /** Of them, graded the focus grade (0 without --focus). */
  focusFrame: number;
  /** The largest-remainder count before the minimum moved it. */
  proportional: number;
  sample: number;
  /** Of the sample, graded the focus grade. */
  focusSample: number;
  cases: Marked[];
}

export interface ModerationPlan {
  seed: number;
  request: ModerationRequest;
  frame: number;
  sample: number;
  /** By auditor code, the cases without one last. */
  strata: AuditorStratum[];
  /** Every drawn case, by round then case id: the form's order, which says nothing of the strata. */
  cases: Marked[];
}

export type ModerationProblem =
  | { kind: 'nothing-to-moderate' }
  | { kind: 'size-too-large'; size: number; frame: number }
  | { kind: 'minimum-too-large'; minPerAuditor: number; needed: number; size: number };

export type ModerationResult = { ok: true; plan: ModerationPlan } | { ok: false; problems: ModerationProblem[] };

const key = (c: Marked) => `${c.round ?? ''}\u0000${c.caseId}`;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * --rate: the share rounded up, so "10%" of 61 cases moderates 7, never fewer than asked.
 * @internal exported for its own tests
 */
export function sizeFor(request: ModerationRequest, frame: number): number {
  return request.kind === 'size' ? request.size : Math.ceil(request.rate * frame - 1e-9);
}

/**
 * With a focus grade, at least half the auditor's share (rounded up) comes from the cases they
 * graded that way, or all of them where they have fewer; never less than their proportional part.
 */
function focusCount(k: number, focusFrame: number, otherFrame: number): number {
  const proportional = largestRemainder([focusFrame, otherFrame], k)[0]!;
  const focus = Math.min(focusFrame, Math.max(Math.ceil(k / 2), proportional));
  return Math.max(focus, k - otherFrame);
}

function draw(cases: readonly Marked[], k: number, seed: number, stream: string): Marked[] {
  const byKey = new Map(cases.map((c) => [key(c), c]));
  return drawIds([...byKey.keys()], k, stratumGenerator(seed, stream)).map((id) => byKey.get(id)!);
}

export function planModeration(marked: readonly Marked[], request: ModerationRequest, seed: number): ModerationResult {
  if (marked.length === 0) return { ok: false, problems: [{ kind: 'nothing-to-moderate' }] };
  const groups = new Map<string | null, Marked[]>();
  for (const c of marked) {
    const list = groups.get(c.auditor);
    if (list) list.push(c);
    else groups.set(c.auditor, [c]);
  }
  // Codes in code-unit order, the cases that name none last.
  const auditors = [...groups.keys()].sort((a, b) => byCaseId(a ?? '\uffff', b ?? '\uffff'));
  const frames = auditors.map((a) => groups.get(a)!.length);
  const frame = sum(frames);
  const size = sizeFor(request, frame);
  if (size > frame) return { ok: false, problems: [{ kind: 'size-too-large', size, frame }] };
  const proportional = largestRemainder(frames, size);
  const raised = raiseToMinimum(proportional, frames, request.minPerAuditor);
  if (!raised.ok)
    return { ok: false, problems: [{ kind: 'minimum-too-large', minPerAuditor: request.minPerAuditor, needed: raised.needed, size }] };

  const strata = auditors.map((auditor, i): AuditorStratum => {
    const all = groups.get(auditor)!;
    const k = raised.parts[i]!;
    // A separate stream per auditor (and per part), so one auditor's draw never moves another's.
    const stream = `moderate\u0000${auditor ?? ''}\u0000${auditor === null ? 'none' : 'code'}`;
    if (request.focus === undefined) {
      return {
        auditor,
        frame: all.length,
        focusFrame: 0,
        proportional: proportional[i]!,
        sample: k,
        focusSample: 0,
        cases: draw(all, k, seed, stream),
      };
    }
    const focused = all.filter((c) => c.grade === request.focus);
    const others = all.filter((c) => c.grade !== request.focus);
    const f = focusCount(k, focused.length, others.length);
    const cases = [...draw(focused, f, seed, `${stream}\u0000focus`), ...draw(others, k - f, seed, `${stream}\u0000other`)];
    return { auditor, frame: all.length, focusFrame: focused.length, proportional: proportional[i]!, sample: k, focusSample: f, cases };
  });
  const cases = strata.flatMap((s) => s.cases).sort((a, b) => byCaseId(a.round ?? '', b.round ?? '') || byCaseId(a.caseId, b.caseId));
  return { ok: true, plan: { seed, request, frame, sample: size, strata, cases } };
}
