// The plain lines `trend` prints beside its figures, so nobody reads a confident percentage into a
// round with no or few graded cases, a lone round, overlapping samples or mismatched criteria.
import type { RoleLabel } from '../../domain/assessment.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { pValueText } from './trend-family.js';
import { FEW, type CaseMix, type CriterionMismatch, type TrendRound } from './trend-model.js';

const cases = (n: number) => (n === 1 ? '1 case' : `${n} cases`);

/** Criteria with findings in one round only, though their case type is in two or more rounds. */
export function criterionMismatches(
  criteria: CriteriaSet,
  offset: ReadonlyMap<string, number>,
  rounds: ReadonlyArray<{ round: string | null; label: string; found: Uint8Array; types: ReadonlySet<string> }>,
): CriterionMismatch[] {
  const out: CriterionMismatch[] = [];
  for (const type of criteria.types) {
    const holding = rounds.filter((r) => r.types.has(type.id));
    if (holding.length < 2) continue;
    const at = offset.get(type.id)!;
    type.criteria.forEach((criterion, i) => {
      const with_ = holding.filter((r) => r.found[at + i] === 1);
      if (with_.length === 1) out.push({ criterion: criterion.id, type: type.id, round: with_[0]!.round, label: with_[0]!.label });
    });
  }
  return out;
}

export function mismatchLine(m: readonly CriterionMismatch[]): string {
  const list = m.map((x) => `${x.criterion} (only ${x.label})`).join(', ');
  return `The rounds may have been scored against different criteria: ${m.length === 1 ? 'one criterion has' : `${m.length} criteria have`} findings in only one round though their case type is in others: ${list}. Every round is scored against the criteria given.`;
}

export function trendNotes(
  rounds: readonly TrendRound[],
  role: RoleLabel,
  mismatches: readonly CriterionMismatch[],
  reaudited: ReadonlyArray<{ from: string; to: string; cases: number }>,
  mix: CaseMix | null = null,
): string[] {
  const notes: string[] = [];
  if (rounds.length === 0) notes.push('No round holds a case: there is nothing to show.');
  if (rounds.length === 1) {
    notes.push(
      `Only one round, ${rounds[0]!.label}: there is nothing to compare it with. Give each file its round (a round column, a top-level round: key, or --round) to see changes.`,
    );
  }
  for (const r of rounds) {
    if (r.caution === 'none') notes.push(`${r.label}: no case graded by ${role.label}, so no shares and no change to or from it.`);
    if (r.caution === 'few')
      notes.push(
        `${r.label}: only ${cases(r.n)} graded by ${role.label} (fewer than ${FEW}): shown as counts, not percentages; its intervals are wide.`,
      );
  }
  for (const r of reaudited) {
    notes.push(
      `${cases(r.cases)} graded in ${r.from} ${r.cases === 1 ? 'was' : 'were'} graded again in ${r.to}: the intervals assume separate samples, so read them as approximate.`,
    );
  }
  if (mismatches.length) notes.push(mismatchLine(mismatches));
  if (mix?.differs) notes.push(mixLine(mix));
  return notes;
}

/** The mix of case types differs between rounds: a change in the grades may be a change in the sample. */
function mixLine(mix: CaseMix): string {
  return `The mix of case types differs between the rounds (chi-square ${mix.statistic.toFixed(1)} on ${mix.df} df, p ${pText(mix.p)}): a change in the shares may come from which cases were sampled rather than from practice. See "By report table" for each table round by round.`;
}

const pText = (p: number) => {
  const t = pValueText(p);
  return t.startsWith('<') ? t : `= ${t}`;
};
