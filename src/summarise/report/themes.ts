// Common themes: per report table, how often each criterion was unmet among the graded cases it
// applied to. One counter per criterion, so memory does not grow with the number of cases.
import { FINDING_CODE } from '../../domain/assessment.js';
import type { CaseType } from '../../domain/types.js';

export interface Theme {
  criterion: string;
  text: string;
  /** Graded cases where it was unmet. */
  unmet: number;
  /** Graded cases where it applied (a finding other than `na`). */
  applied: number;
  /** unmet / applied, 0..1. */
  share: number;
}

interface Counter {
  criterion: string;
  text: string;
  unmet: number;
  applied: number;
}

export class ThemeCounter {
  private readonly counters = new Map<string, Counter>();
  /** Each type's counters in its criteria's order, found once. */
  private readonly byType = new Map<CaseType, Counter[]>();

  /** `types` in table order; criterion order within them breaks ties. */
  constructor(types: readonly CaseType[]) {
    for (const type of types) {
      for (const c of type.criteria) this.counters.set(c.id, { criterion: c.id, text: c.text, unmet: 0, applied: 0 });
    }
  }

  /** A graded assessment's finding codes (FINDING_CODE per criterion of the type). */
  add(type: CaseType, codes: Uint8Array): void {
    for (let i = 0; i < type.criteria.length; i++) this.count(type, i, codes[i]!);
  }

  private count(type: CaseType, i: number, code: number): void {
    if (code === FINDING_CODE.na) return;
    let counters = this.byType.get(type);
    // Stryker disable next-line ConditionalExpression: equivalent, a cache: finding the counters again gives the same ones
    if (!counters) this.byType.set(type, (counters = type.criteria.map((c) => this.counters.get(c.id)!)));
    const counter = counters[i]!;
    counter.applied++;
    if (code === FINDING_CODE.unmet) counter.unmet++;
  }

  /** Each counter's unmet and applied counts, in criterion order: a part's tally to merge. */
  state(): number[] {
    return [...this.counters.values()].flatMap((c) => [c.unmet, c.applied]);
  }

  absorb(state: readonly number[]): void {
    let i = 0;
    for (const c of this.counters.values()) {
      c.unmet += state[i++]!;
      c.applied += state[i++]!;
    }
  }

  /**
   * The `limit` criteria most often unmet for the cases they applied to (never one unmet in no
   * case): by rate, so a criterion that applies rarely is not hidden by one that applies always;
   * ties by the count, then in criterion order.
   */
  top(limit: number): Theme[] {
    // sort is stable: ties on both keys keep criterion order.
    return [...this.counters.values()]
      .filter((c) => c.unmet > 0)
      .sort((a, b) => b.unmet * a.applied - a.unmet * b.applied || b.unmet - a.unmet)
      .slice(0, limit)
      .map(({ criterion, text, unmet, applied }) => ({ criterion, text, unmet, applied, share: unmet / applied }));
  }
}
