// `trend`, folded one assembled case at a time: per round, the chosen role's grade counts, its
// counts per report table, how often each criterion was unmet, (with --between) the A-vs-B gap
// and, where programme.yaml declares areas, the evidence per area. Counters only, per round; no
// list of cases is kept beyond the ids needed to spot re-audits.
import { FINDING_CODE, type AssembledCase, type Role, type RoleLabel } from '../../domain/assessment.js';
import { reportTables, type CriteriaSet } from '../../domain/criteria-set.js';
import { findingsOf, scaleOf } from '../../domain/programme.js';
import type { Scale } from '../../domain/scale.js';
import type { Accounting } from '../../domain/accounting.js';
import { AreaCounter } from '../report/areas.js';
import { INTERVAL_MEANING, type TrendArea, type TrendCriterion, type TrendModel, type TrendRound } from './trend-model.js';
import { caseMix, intervalMeaning, trendVerdicts } from './trend-family.js';
import { trendNotes, criterionMismatches } from './trend-notes.js';
import { countsTotal, roundFigures, roundLabel } from './trend-rounds.js';
import { everyRound, gap, mergeTally, newTally, reaudited, type RoundTally } from './trend-tally.js';
import type { Fold, FoldRecipe } from '../../domain/fold.js';

export interface TrendOptions {
  /** The role whose grades are shown (--role). */
  role: Role;
  /** --between A,B. */
  between: [Role, Role] | null;
  /** --per-comparison: each verdict at 95% on its own, not adjusted for the number shown. */
  perComparison?: boolean;
}

export interface TrendFinish {
  /** The rounds to show, in order (orderRounds has checked them against roundsMet()). */
  order: ReadonlyArray<string | null>;
  totals: Accounting;
  force: string;
  /** The words tables print for a role. */
  label(role: Role): string;
}

/** The builder's tallies as plain data (Maps and Sets cross threads as they are). */
export interface TrendState {
  rounds: Array<[string | null, RoundTally]>;
  areas: Array<[string | null, number[]]>;
}

/**
 * The trend's fold as a part worker makes it (src/read/parts).
 * @public named in the recipe, not imported
 */
export const makeTrendFold = (criteria: CriteriaSet, options: TrendOptions) => new TrendBuilder(criteria, options);

export const trendRecipe = (options: TrendOptions): FoldRecipe => ({ module: import.meta.url, name: makeTrendFold.name, options });

export class TrendBuilder implements Fold<TrendState> {
  private readonly rounds = new Map<string | null, RoundTally>();
  /** Each type's first criterion in the flat index. */
  private readonly offset = new Map<string, number>();
  private readonly criterionCount: number;
  private readonly scale: Scale;
  /** Programme areas: per round, the evidence of the graded assessments. */
  private readonly areaTallies = new Map<string | null, AreaCounter>();

  constructor(
    private readonly criteria: CriteriaSet,
    private readonly options: TrendOptions,
  ) {
    this.scale = scaleOf(criteria.programme);
    let at = 0;
    for (const type of criteria.types) {
      this.offset.set(type.id, at);
      at += type.criteria.length;
    }
    this.criterionCount = at;
  }

  /** The rounds in the order first met. */
  roundsMet(): Array<string | null> {
    return [...this.rounds.keys()];
  }

  private tally(round: string | null): RoundTally {
    let t = this.rounds.get(round);
    if (!t) {
      t = newTally(this.criterionCount, this.scale);
      this.rounds.set(round, t);
    }
    return t;
  }

  private areaCounter(round: string | null): AreaCounter {
    let counter = this.areaTallies.get(round);
    if (!counter) this.areaTallies.set(round, (counter = new AreaCounter(this.criteria)));
    return counter;
  }

  add(c: AssembledCase): void {
    const t = this.tally(c.round);
    const type = this.criteria.typeByName.get(c.caseType)!;
    const offset = this.offset.get(type.id)!;
    t.types.add(type.id);
    for (const a of c.assessments.values()) {
      const codes = a.codes;
      for (let i = 0; i < codes.length; i++) if (codes[i] !== FINDING_CODE.none) t.found[offset + i] = 1;
    }
    this.addBetween(t, c);
    const a = c.assessments.get(this.options.role);
    if (!a) return;
    if (a.grade === null) {
      t.ungraded++;
      return;
    }
    t.ids.add(c.caseId);
    t.counts[a.grade]!++;
    t.byType.set(type.id, (t.byType.get(type.id) ?? 0) + 1);
    const table = type.report.table;
    const counts = t.byTable.get(table) ?? this.scale.emptyCounts();
    counts[a.grade]!++;
    t.byTable.set(table, counts);
    const codes = a.codes;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      // Applied: any finding but not applicable (partly met included).
      if (code === FINDING_CODE.met || code === FINDING_CODE.unmet || code === FINDING_CODE.partly) t.applied[offset + i]!++;
      if (code === FINDING_CODE.unmet) t.unmet[offset + i]!++;
    }
    this.areaCounter(c.round).add(type, codes);
  }

  state(): TrendState {
    return { rounds: [...this.rounds], areas: [...this.areaTallies].map(([round, counter]) => [round, counter.state()]) };
  }

  /** A later part's tallies: each round's added to the same round's, a round first met there after the others. */
  merge(later: TrendState): void {
    for (const [round, t] of later.rounds) {
      const mine = this.rounds.get(round);
      if (mine) mergeTally(mine, t, this.scale);
      else this.rounds.set(round, t);
    }
    for (const [round, counts] of later.areas) this.areaCounter(round).absorb(counts);
  }

  private addBetween(t: RoundTally, c: AssembledCase): void {
    const between = this.options.between;
    if (!between) return;
    const a = c.assessments.get(between[0])?.grade;
    const b = c.assessments.get(between[1])?.grade;
    if (!a || !b) return;
    t.gap.matrix[a]![b]!++;
    const step = this.scale.rank(a) - this.scale.rank(b);
    if (step > 0) t.gap.higher++;
    if (step < 0) t.gap.lower++;
  }

  /** Programme areas only: each area's evidence round by round. */
  private areas(tallies: ReadonlyArray<{ round: string | null; label: string }>): TrendArea[] | undefined {
    if (this.criteria.programme.areas.length === 0) return undefined;
    const perRound = tallies.map(({ round, label }) => ({ round, label, evidence: this.areaCounter(round).evidence() }));
    // The areas' names and criteria, the same in every round.
    const names = new AreaCounter(this.criteria).evidence();
    return names.map(({ area, title, criteria }, i) => ({
      area,
      title,
      criteria,
      rounds: perRound.map(({ round, label, evidence }) => {
        const { applied, unmet, partly, share, interval, seriousCases } = evidence[i]!;
        return { round, label, applied, unmet, partly, share, interval, seriousCases };
      }),
    }));
  }

  finish({ order, totals, force, label }: TrendFinish): TrendModel {
    const named = (role: Role) => ({ role, label: label(role) });
    const role = named(this.options.role);
    const between = this.options.between
      ? ([named(this.options.between[0]), named(this.options.between[1])] as [RoleLabel, RoleLabel])
      : null;
    const tallies = order.map((round) => ({ round, label: roundLabel(round), t: this.tally(round) }));
    const rounds: TrendRound[] = tallies.map(({ round, label, t }) => ({
      round,
      label,
      counts: t.counts,
      ...roundFigures(t.counts, this.scale),
      ungraded: t.ungraded,
      gap: this.options.between ? gap(t, this.scale) : null,
    }));
    const byTable = reportTables(this.criteria).map((table) => ({
      table: table.table,
      label: table.label,
      rounds: tallies.map(({ round, label, t }) => {
        const counts = t.byTable.get(table.table) ?? this.scale.emptyCounts();
        return { round, label, n: countsTotal(counts), counts };
      }),
    }));
    const criteria: TrendCriterion[] = [];
    for (const type of this.criteria.types) {
      const offset = this.offset.get(type.id)!;
      type.criteria.forEach((criterion, i) => {
        const perRound = tallies.map(({ round, label, t }) => {
          const n = t.applied[offset + i]!;
          const unmet = t.unmet[offset + i]!;
          return { round, label, n, unmet, share: n === 0 ? null : unmet / n };
        });
        if (perRound.every((r) => r.n === 0)) return;
        criteria.push({
          criterion: criterion.id,
          type: type.id,
          text: criterion.text,
          rounds: perRound,
          unmetEveryRound: everyRound(perRound),
        });
      });
    }
    const mismatches = criterionMismatches(
      this.criteria,
      this.offset,
      tallies.map(({ round, label, t }) => ({ round, label, found: t.found, types: t.types })),
    );
    const areas = this.areas(tallies);
    const { areaChanges, adjustment, ...verdicts } = trendVerdicts(rounds, areas, this.scale, this.options.perComparison === true);
    const mix = caseMix(this.criteria.types.map((type) => tallies.map(({ t }) => t.byType.get(type.id) ?? 0)));
    return {
      scale: this.scale,
      force,
      role,
      between,
      rounds,
      ...verdicts,
      adjustment,
      caseMix: mix,
      byTable,
      criteria,
      ...(areas ? { areas, areaChanges: areaChanges!, areasPartly: findingsOf(this.criteria.programme).partly } : {}),
      mismatches,
      notes: trendNotes(rounds, role, mismatches, reaudited(tallies.map(({ label, t }) => ({ label, ids: t.ids }))), mix),
      intervalMeaning: intervalMeaning(adjustment, INTERVAL_MEANING),
      criteriaSet: this.criteria.identity,
      totals,
    };
  }
}
