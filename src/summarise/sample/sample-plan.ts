// The dip sample as plain data: how many cases of each type (proportional with a minimum, or fixed
// quotas), and which ones, drawn with the seed. Problems are returned, never thrown.
import { largestRemainder, raiseToMinimum } from '../../statistics/largest-remainder.js';
import { drawIds, stratumGenerator } from './seeded-draw.js';

/** One case type's frame: the register's cases of that type, less any excluded. */
export interface Stratum {
  type: string;
  table: number;
  /** Cases of this type in the register, before exclusion. */
  register: number;
  /** Case ids that may be drawn. */
  ids: readonly string[];
}

export type SampleRequest =
  | { kind: 'size'; size: number; minPerType?: number }
  /** Type id to the number of cases; types without a quota are not sampled. */
  | { kind: 'quota'; quotas: ReadonlyMap<string, number> };

interface StratumPlan {
  type: string;
  table: number;
  register: number;
  frame: number;
  /** The exact proportional share (size mode), for showing; null for a quota. */
  share: number | null;
  /** The largest-remainder count before any minimum moved it; null for a quota. */
  proportional: number | null;
  sample: number;
  /** Sorted by case id. */
  ids: string[];
}

export interface SamplePlan {
  /** A whole number, 0 to Number.MAX_SAFE_INTEGER. */
  seed: number;
  request: SampleRequest;
  /** In the order given (table order), every type with cases in the register or a quota. */
  strata: StratumPlan[];
  register: number;
  frame: number;
  sample: number;
}

export type PlanProblem =
  | { kind: 'quota-too-large'; type: string; quota: number; frame: number; register: number }
  | { kind: 'size-too-large'; size: number; frame: number; register: number }
  | { kind: 'minimum-too-large'; minPerType: number; needed: number; size: number };

export type PlanResult = { ok: true; plan: SamplePlan } | { ok: false; problems: PlanProblem[] };

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function planSample(all: readonly Stratum[], request: SampleRequest, seed: number): PlanResult {
  const strata = request.kind === 'quota' ? all.filter((s) => request.quotas.has(s.type)) : all.filter((s) => s.register > 0);
  const frames = strata.map((s) => s.ids.length);
  const frame = sum(frames);
  let counts: number[];
  let proportional: number[] | null = null;
  if (request.kind === 'quota') {
    counts = strata.map((s) => request.quotas.get(s.type)!);
    const problems: PlanProblem[] = strata
      .filter((s, i) => counts[i]! > s.ids.length)
      .map((s) => ({
        kind: 'quota-too-large',
        type: s.type,
        quota: request.quotas.get(s.type)!,
        frame: s.ids.length,
        register: s.register,
      }));
    if (problems.length > 0) return { ok: false, problems };
  } else {
    if (request.size > frame)
      return { ok: false, problems: [{ kind: 'size-too-large', size: request.size, frame, register: sum(strata.map((s) => s.register)) }] };
    proportional = largestRemainder(frames, request.size);
    counts = proportional;
    if (request.minPerType !== undefined) {
      const raised = raiseToMinimum(proportional, frames, request.minPerType);
      if (!raised.ok)
        return {
          ok: false,
          problems: [{ kind: 'minimum-too-large', minPerType: request.minPerType, needed: raised.needed, size: request.size }],
        };
      counts = raised.parts;
    }
  }
  const planned = strata.map((s, i): StratumPlan => ({
    type: s.type,
    table: s.table,
    register: s.register,
    frame: s.ids.length,
    share: request.kind === 'size' ? (request.size * s.ids.length) / (frame || 1) : null,
    proportional: proportional ? proportional[i]! : null,
    sample: counts[i]!,
    ids: drawIds(s.ids, counts[i]!, stratumGenerator(seed, s.type)),
  }));
  return {
    ok: true,
    plan: { seed, request, strata: planned, register: sum(strata.map((s) => s.register)), frame, sample: sum(counts) },
  };
}
