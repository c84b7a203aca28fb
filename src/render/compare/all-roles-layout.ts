// `compare --all-roles` in words and rows, shared by every format: alpha per metric with its
// interval, each two roles' agreement and kappa, and a note for every figure that is not there.
import type { AllRolesModel } from '../../summarise/compare/all-roles.js';
import type { AlphaFigure } from '../../summarise/compare/all-roles-alpha.js';
import type { PairFigure } from '../../summarise/compare/all-roles-pairs.js';
import { kappaFigure, percentText, roundHalfAwayFromZero } from '../../statistics/rounding.js';
import { count } from '../terminal/text-kit.js';

export const ALL_ROLES_HEADING = 'Agreement across every assessor role';

/** Below this many cases a kappa is too uncertain to print: the counts say what there is. */
const FEW = 10;

export function allRolesIntro(m: AllRolesModel): string {
  if (m.n === 0) {
    return 'No case was graded by two roles or more, so there is nothing to compare (alpha and kappa need cases graded twice).';
  }
  const cases = m.n === 1 ? '1 case was' : `${count(m.n)} cases were`;
  return `${cases} graded by two or more of ${m.roles.map((r) => r.label).join(', ')} (${count(m.assessments)} grades).`;
}

const alphaText = (x: number) => roundHalfAwayFromZero(x, 3).toFixed(3);
const intervalOf = (i: [number, number] | null, text: (x: number) => string) => (i === null ? '' : `${text(i[0])} to ${text(i[1])}`);

export const ALPHA_HEAD = ["Krippendorff's alpha", 'Value', '95% interval'];

export function alphaRows(m: AllRolesModel): string[][] {
  const few = m.n < FEW;
  const value = (a: AlphaFigure) => (a.value === null ? 'undefined' : few ? 'too few cases to tell' : alphaText(a.value));
  const row = (name: string, a: AlphaFigure) => [name, value(a), few ? '' : intervalOf(a.interval, alphaText)];
  return [row('Ordinal', m.alpha.ordinal), row('Interval', m.alpha.interval)];
}

export function alphaNotes(m: AllRolesModel): string[] {
  const out: string[] = [];
  if (m.n < FEW) out.push(`Alpha is not shown for fewer than ${FEW} cases: too few cases to tell.`);
  for (const [name, a] of [
    ['Ordinal', m.alpha.ordinal],
    ['Interval', m.alpha.interval],
  ] as const) {
    if (a.reason !== null) out.push(`${name} alpha: ${a.reason}.`);
  }
  if (m.n >= FEW && (m.alpha.ordinal.interval !== null || m.alpha.interval.interval !== null)) {
    const b = m.bootstrap;
    out.push(
      `The intervals come from ${count(b.resamples)} bootstrap resamples of the cases (seed ${b.seed}): the same files give the same interval. Krippendorff relies on alpha of 0.800 or more, and on 0.667 or more only for tentative conclusions.`,
    );
  }
  return out;
}

export const PAIRS_HEAD = ['A', 'B', 'Cases', 'Agreed', 'Kappa', '95% interval'];

const kappaText = (x: number) => kappaFigure(x).text;

function kappaCell(p: PairFigure): string {
  if (p.n > 0 && p.n < FEW) return 'too few cases to tell';
  if (p.kappa === null) return 'undefined';
  const { text, band } = kappaFigure(p.kappa);
  return `${text} (${band})`;
}

export function pairRows(m: AllRolesModel): string[][] {
  return m.pairs.map((p) => [
    p.aLabel,
    p.bLabel,
    count(p.n),
    p.n === 0 ? 'none' : `${count(p.agreed)} (${percentText(p.agreed / p.n)})`,
    kappaCell(p),
    p.n < FEW ? '' : intervalOf(p.kappaInterval, kappaText),
  ]);
}

export function pairNotes(m: AllRolesModel): string[] {
  const out: string[] = [];
  for (const p of m.pairs) {
    if (p.n === 0) out.push(`${p.aLabel} and ${p.bLabel}: no case graded by both.`);
    else if (p.n >= FEW && p.reason !== null) out.push(`${p.aLabel} and ${p.bLabel}: ${p.reason}.`);
  }
  if (m.pairs.some((p) => p.n > 0 && p.n < FEW)) {
    out.push(`Kappa is not shown for a pair with fewer than ${FEW} cases: too few cases to tell (the counts are beside it).`);
  }
  return out;
}
