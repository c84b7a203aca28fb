// Evidence by area (programme.yaml `areas:`): per area, over the graded assessments of the role
// shown, the findings where its criteria applied, how many were unmet or partly met, and the cases
// with a serious criterion of the area unmet. Four counters per area, so a part's tally is a short
// list of numbers to merge; a programme without areas counts nothing.
import { FINDING_CODE } from '../../domain/assessment.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { CaseType } from '../../domain/types.js';
import { wilson } from '../../statistics/wilson.js';

/** The figures of one area (the contract's `areas` entry without its names). */
export interface AreaFigures {
  /** Findings met, partly met or unmet (not `na`). */
  applied: number;
  unmet: number;
  partly: number;
  /** unmet / applied; null when nothing applied. */
  share: number | null;
  /** 95% Wilson score interval of share; null when nothing applied. */
  interval: [number, number] | null;
  /** Cases with at least one serious criterion of the area unmet. */
  seriousCases: number;
}

export interface AreaEvidence extends AreaFigures {
  area: string;
  title: string;
  /** The area's criterion ids, in criteria order. */
  criteria: string[];
}

/** Counters per area, in this order. */
const APPLIED = 0;
const UNMET = 1;
const PARTLY = 2;
const SERIOUS_CASES = 3;
const FIELDS = 4;

/** Per criterion of a type: its area's index (-1 for none) and whether it is serious. */
interface TypeAreas {
  area: Int32Array;
  serious: Uint8Array;
}

export class AreaCounter {
  private readonly areas: ReadonlyArray<{ id: string; title: string; criteria: string[] }>;
  private readonly counts: number[];
  private readonly byType = new Map<string, TypeAreas>();
  /** Which areas the assessment being added has already counted as a serious case. */
  private readonly seriousSeen: Uint8Array;

  constructor(set: CriteriaSet) {
    const index = new Map(set.programme.areas.map((a, i) => [a.id, i]));
    const areas = set.programme.areas.map((a) => ({ id: a.id, title: a.title, criteria: [] as string[] }));
    for (const type of set.types) {
      const area = Int32Array.from(type.criteria, (c) => (c.area === undefined ? -1 : (index.get(c.area) ?? -1)));
      if (area.every((i) => i === -1)) continue;
      type.criteria.forEach((c, i) => {
        if (area[i]! >= 0) areas[area[i]!]!.criteria.push(c.id);
      });
      this.byType.set(type.id, { area, serious: Uint8Array.from(type.criteria, (c) => (c.severity === 'serious' ? 1 : 0)) });
    }
    this.areas = areas;
    this.counts = new Array<number>(areas.length * FIELDS).fill(0);
    this.seriousSeen = new Uint8Array(areas.length);
  }

  /** A graded assessment's finding codes (FINDING_CODE per criterion of the type). */
  add(type: CaseType, codes: Uint8Array): void {
    const t = this.byType.get(type.id);
    if (!t) return;
    this.seriousSeen.fill(0);
    for (let i = 0; i < codes.length; i++) {
      const area = t.area[i]!;
      const code = codes[i]!;
      if (area < 0 || code === FINDING_CODE.none || code === FINDING_CODE.na) continue;
      const at = area * FIELDS;
      this.counts[at + APPLIED]!++;
      if (code === FINDING_CODE.partly) this.counts[at + PARTLY]!++;
      if (code !== FINDING_CODE.unmet) continue;
      this.counts[at + UNMET]!++;
      if (t.serious[i] && !this.seriousSeen[area]) {
        this.seriousSeen[area] = 1;
        this.counts[at + SERIOUS_CASES]!++;
      }
    }
  }

  /** The counters as plain data: a part's tally to merge. */
  state(): number[] {
    return [...this.counts];
  }

  absorb(state: readonly number[]): void {
    state.forEach((n, i) => (this.counts[i]! += n));
  }

  /** Whether the programme declares areas (without them the outputs show none). */
  get declared(): boolean {
    return this.areas.length > 0;
  }

  evidence(): AreaEvidence[] {
    return this.areas.map((a, i) => ({ area: a.id, title: a.title, criteria: a.criteria, ...this.figures(i) }));
  }

  private figures(i: number): AreaFigures {
    const at = i * FIELDS;
    const applied = this.counts[at + APPLIED]!;
    const unmet = this.counts[at + UNMET]!;
    return {
      applied,
      unmet,
      partly: this.counts[at + PARTLY]!,
      share: applied === 0 ? null : unmet / applied,
      interval: wilson(unmet, applied),
      seriousCases: this.counts[at + SERIOUS_CASES]!,
    };
  }
}
