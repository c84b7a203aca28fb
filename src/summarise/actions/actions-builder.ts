// `actions`, folded one assembled case at a time: per round, per recommendation, the graded
// independent assessments where its criteria applied, their applied findings and the unmet ones.
// Three counters per round and recommendation; no case is kept. `finish` reads the change from
// the baseline round to the latest round that re-audited the criteria, with intervals adjusted
// (Bonferroni) for the number of changes shown, as `trend` adjusts its own.
import { FINDING_CODE, INDEPENDENT, type AssembledCase } from '../../domain/assessment.js';
import type { Accounting } from '../../domain/accounting.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { daysBetween } from '../../domain/dates.js';
import type { Recommendation } from '../../domain/recommendation.js';
import { excludesZero, newcombe } from '../../statistics/newcombe.js';
import { bonferroni, type Adjustment } from '../../statistics/simultaneous.js';
import { wilson } from '../../statistics/wilson.js';
import type { ActionsChange, ActionsItem, ActionsModel, ActionsRound, ActionsVerdict } from './actions-model.js';

const N = 0;
const APPLIED = 1;
const UNMET = 2;
const FIELDS = 3;

export class ActionsBuilder {
  /** Per case type: per recommendation, the indexes of its criteria in the type (empty: none). */
  private readonly byType = new Map<string, Int32Array[]>();
  private readonly rounds = new Map<string, Float64Array>();

  constructor(
    criteria: CriteriaSet,
    private readonly recommendations: readonly Recommendation[],
  ) {
    for (const type of criteria.types)
      this.byType.set(
        type.id,
        recommendations.map((r) => Int32Array.from(type.criteria.flatMap((c, i) => (r.evidence.has(c.id) ? [i] : [])))),
      );
  }

  add(c: AssembledCase): void {
    // A round the files do not name cannot be a recommendation's baseline or re-audit.
    if (c.round === null) return;
    const a = c.assessments.get(INDEPENDENT);
    if (!a || a.grade === null) return;
    let counts = this.rounds.get(c.round);
    if (!counts) this.rounds.set(c.round, (counts = new Float64Array(this.recommendations.length * FIELDS)));
    const perRec = this.byType.get(c.caseType)!;
    for (let r = 0; r < perRec.length; r++) {
      let applied = 0;
      let unmet = 0;
      for (const i of perRec[r]!) {
        const code = a.codes[i];
        if (code === FINDING_CODE.met || code === FINDING_CODE.partly || code === FINDING_CODE.unmet) applied++;
        if (code === FINDING_CODE.unmet) unmet++;
      }
      if (applied === 0) continue;
      counts[r * FIELDS + N]!++;
      counts[r * FIELDS + APPLIED]! += applied;
      counts[r * FIELDS + UNMET]! += unmet;
    }
  }

  /** `rounds`: every round of the case files, in order. */
  finish(options: { rounds: readonly string[]; asOf: string; source: string; criteria: CriteriaSet; totals: Accounting }): ActionsModel {
    // A baseline that names no round of the files is an error the command reports; it is not shown.
    const known = this.recommendations.flatMap((rec, r) => (options.rounds.includes(rec.baseline) ? [{ rec, r }] : []));
    const pending = known.map(({ rec, r }) => {
      const rounds = options.rounds.slice(options.rounds.indexOf(rec.baseline)).map((round) => this.roundFigures(round, r));
      const later = rounds.slice(1).filter((x) => x.applied > 0);
      const comparable = rounds[0]!.applied > 0 && later.length > 0;
      return { rec, rounds, to: comparable ? later[later.length - 1]! : null };
    });
    const adjustment = bonferroni(Math.max(1, pending.filter((p) => p.to).length));
    const recommendations = pending.map(({ rec, rounds, to }) =>
      item(rec, rounds, to ? change(rounds[0]!, to, adjustment) : null, options.asOf),
    );
    const count = (f: (i: ActionsItem) => boolean) => recommendations.filter(f).length;
    const summary = {
      total: recommendations.length,
      recordedAchieved: count((i) => i.status === 'achieved'),
      improved: count((i) => i.verdict === 'improved'),
      noClearChange: count((i) => i.verdict === 'no clear change'),
      worse: count((i) => i.verdict === 'worse'),
      notReaudited: count((i) => i.verdict === 'not re-audited'),
      overdue: count((i) => i.overdue),
    };
    return {
      asOf: options.asOf,
      source: options.source,
      summary,
      recommendations,
      headline: `${summary.total} ${summary.total === 1 ? 'recommendation' : 'recommendations'}: ${summary.recordedAchieved} recorded as achieved; the audits show improvement on ${summary.improved}`,
      adjustment,
      intervalNote: intervalNote(adjustment),
      criteriaSet: options.criteria.identity,
      totals: options.totals,
    };
  }

  private roundFigures(round: string, r: number): ActionsRound {
    const counts = this.rounds.get(round);
    const at = (field: number) => (counts ? counts[r * FIELDS + field]! : 0);
    const [n, applied, unmet] = [at(N), at(APPLIED), at(UNMET)];
    return { round, n, applied, unmet, share: applied === 0 ? null : unmet / applied, interval: wilson(unmet, applied) };
  }
}

function change(from: ActionsRound, to: ActionsRound, adjustment: Adjustment): ActionsChange {
  const interval = newcombe(to.unmet, to.applied, from.unmet, from.applied, adjustment.z)!;
  return {
    from: from.round,
    to: to.round,
    difference: to.unmet / to.applied - from.unmet / from.applied,
    differenceInterval: interval,
    significant: excludesZero(interval),
  };
}

function verdictOf(c: ActionsChange | null): ActionsVerdict {
  if (!c) return 'not re-audited';
  if (!c.significant) return 'no clear change';
  return c.difference < 0 ? 'improved' : 'worse';
}

function item(rec: Recommendation, rounds: ActionsRound[], c: ActionsChange | null, asOf: string): ActionsItem {
  const verdict = verdictOf(c);
  const achieved = rec.status === 'achieved';
  return {
    id: rec.id,
    text: rec.text,
    status: rec.status,
    due: rec.due,
    // An achieved recommendation is never overdue.
    overdue: !achieved && daysBetween(rec.due, asOf) > 0,
    owner: rec.owner,
    criteria: rec.criteria,
    areas: rec.areas,
    evidence: [...rec.evidence],
    rounds,
    change: c,
    verdict,
    mismatch:
      achieved && verdict !== 'improved'
        ? 'recorded achieved, not shown'
        : !achieved && verdict === 'improved'
          ? 'shown, not recorded'
          : null,
  };
}

function intervalNote(a: Adjustment): string {
  const level = `${Number((a.level * 100).toFixed(2))}%`;
  return a.method === 'bonferroni'
    ? `Each change's interval is a Newcombe interval at ${level} (Bonferroni-adjusted for the ${a.comparisons} changes shown), so together they hold at 95%; each round's share has a 95% Wilson interval. A change is significant when its interval excludes 0.`
    : `The change's interval is a 95% Newcombe interval; each round's share has a 95% Wilson interval. A change is significant when its interval excludes 0.`;
}
