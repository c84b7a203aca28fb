// `plan`'s words and rows, shared by every format: the goal in a sentence, the size in all, one row
// per case type, and the notes a reader needs (no register; a type too small for a change).
import type { PlanModel } from '../../summarise/plan/plan-sizes.js';
import { count } from '../terminal/text-kit.js';

export const PLAN_HEADING = 'How many cases to dip';

/** A fraction as points or a percentage, to the precision it was given (0.05 -> "5"). */
const points = (x: number) => String(+(x * 100).toFixed(4));

export function goalSentence(m: PlanModel): string {
  const g = m.goal;
  const level = `${points(g.level)}%`;
  if (g.kind === 'share') {
    return `To estimate a grade's share within +-${points(g.margin)} points with ${level} confidence, where the share is about ${points(g.share)}%.`;
  }
  if (g.kind === 'agreement') {
    return `To estimate the agreement in a moderation sample within +-${points(g.margin)} points with ${level} confidence, where it is about ${points(g.agreement)}%.`;
  }
  const sign = g.change > 0 ? '+' : '-';
  return `To detect a change of ${sign}${points(Math.abs(g.change))} points in a grade's share between two rounds (${points(g.from)}% to ${points(g.from + g.change)}%) with ${points(g.power)}% power, testing at the ${level} level.`;
}

/** The size in all, in words. */
export function allSentence(m: PlanModel): string {
  const cases = `${count(m.n)} ${m.n === 1 ? 'case' : 'cases'}`;
  if (m.goal.kind === 'change') return `Per round: ${cases} (in each of the two rounds).`;
  return m.population === null ? `In all: ${cases}.` : `In all: ${cases} of the ${count(m.population)} in the register.`;
}

/** The per-type table, shown where a register gave each type's size. */
export const sizeHead = (m: PlanModel): string[] => ['Case type', 'In register', m.goal.kind === 'change' ? 'Per round' : 'To dip'];

export function sizeRows(m: PlanModel): Array<Array<string | number>> {
  return m.perType.map((t) => [t.type, t.population ?? 0, t.n]);
}

export function notes(m: PlanModel): string[] {
  const out: string[] = [];
  const each = m.goal.kind === 'change' ? 'per round' : 'to dip';
  if (m.population === null) {
    out.push(
      `Each case type on its own needs the same ${count(m.n)} ${each}. Name the register (case-audit plan register.csv ...) to size each type from its cases, with the finite-population correction.`,
    );
  } else if (m.goal.kind !== 'change') {
    const sum = m.perType.reduce((s, t) => s + t.n, 0);
    out.push(`Every case type to this margin on its own: ${count(sum)} cases in all.`);
  }
  const short = m.perType.filter((t) => t.short).map((t) => t.type);
  if (short.length > 0) {
    out.push(
      `Fewer cases in the register than a round needs: ${short.join(', ')}. A change this size cannot be shown with this power for ${short.length === 1 ? 'that type on its own' : 'those types on their own'}.`,
    );
  }
  return out;
}
