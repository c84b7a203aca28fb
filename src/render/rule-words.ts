// A programme's grading rule in words, for forms, `criteria list` and board papers: one clause per
// rule, in order ("Inadequate if any serious criterion is not met; ..."). The 2017 rule keeps the
// sentence its forms have always printed.
import { DEFAULT_GRADING, type AtLeast, type Conditions, type GradingRule } from '../domain/grading.js';
import { scaleOf } from '../domain/programme.js';
import type { Programme } from '../domain/types.js';

const many = (least: AtLeast, widespread: number | undefined) => {
  const n = least === 'widespread' ? widespread : least;
  // Without a case type (criteria list), the key that sets it.
  return n === undefined ? 'grading.widespread' : String(n);
};

/** "3 or more criteria are not met", "any serious criterion is partly met". */
function countClause(least: AtLeast, what: string, serious: boolean, widespread: number | undefined): string {
  const kind = serious ? 'serious criterion' : 'criterion';
  if (least === 1) return `any ${kind} is ${what}`;
  return `${many(least, widespread)} or more ${serious ? 'serious criteria' : 'criteria'} are ${what}`;
}

/** One rule's conditions: "any serious criterion is not met and 2 or more criteria are partly met". */
export function conditionsInWords(c: Conditions, widespread?: number): string {
  const parts: string[] = [];
  if (c.seriousUnmet !== undefined) parts.push(countClause(c.seriousUnmet, 'not met', true, widespread));
  if (c.unmet !== undefined) parts.push(countClause(c.unmet, 'not met', false, widespread));
  if (c.seriousPartly !== undefined) parts.push(countClause(c.seriousPartly, 'partly met', true, widespread));
  if (c.partly !== undefined) parts.push(countClause(c.partly, 'partly met', false, widespread));
  if (c.notMet !== undefined) parts.push(countClause(c.notMet, 'not met or partly met', false, widespread));
  if (c.metShareBelow !== undefined) parts.push(`fewer than ${+(c.metShareBelow * 100).toFixed(2)}% of the criteria that apply are met`);
  return parts.join(' and ');
}

const isDefault = (rules: readonly GradingRule[]) => JSON.stringify(rules) === JSON.stringify(DEFAULT_GRADING);

/** The rule for one case type (its `widespread` filled in), as one paragraph. */
export function ruleInWords(programme: Programme, widespread?: number): string {
  const scale = scaleOf(programme);
  const label = (g: string, first: boolean) => (first ? scale.tableLabel(g) : scale.tableLabel(g).toLowerCase());
  if (isDefault(programme.grading)) {
    const [good, ri, inadequate] = scale.ids as [string, string, string];
    return (
      `${label(inadequate, true)} if any serious criterion is not met, or ${widespread ?? 3} or more criteria are not met; ` +
      `${label(ri, false)} if any criterion is not met; ${label(good, false)} if every criterion that applies is met. ` +
      'n/a leaves a criterion out; a blank finding leaves the case ungraded.'
    );
  }
  const clauses = programme.grading.map((rule, i) =>
    rule.if === undefined
      ? `${label(rule.grade, i === 0)} otherwise`
      : `${label(rule.grade, i === 0)} if ${conditionsInWords(rule.if, widespread)}`,
  );
  return `${clauses.join('; ')}. Not applicable leaves a criterion out; a blank finding leaves the case ungraded.`;
}
