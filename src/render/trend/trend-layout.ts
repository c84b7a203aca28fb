// What the trend renderers share: headings, the cells of each table as text, and the bar, so the
// table and markdown formats say the same things in the same order. Formatting only: every figure
// comes from the model.
import { netCell } from '../compare/figures-layout.js';
import type { Grade } from '../../domain/grades.js';
import type { AreaChange, Interval, ShareChange, TrendChange, TrendModel, TrendRound } from '../../summarise/trend/trend-model.js';
import { areaFigureCells, areaFigureHead, areasLead } from '../report/area-layout.js';
import { kappaText, percent } from '../terminal/text-kit.js';

export const heading = (m: TrendModel) => `Audit rounds: grades given by ${m.role.label}`;

export function intro(m: TrendModel): string {
  const rounds = m.rounds.length === 1 ? '1 round' : `${m.rounds.length} rounds`;
  const set = m.criteriaSet;
  return `${rounds}, in order. Shares are of the cases ${m.role.label} graded in each round, with 95% intervals (Wilson). Criteria: ${set.programme}${set.version ? ` ${set.version}` : ''} (${set.fingerprint}).`;
}

const range = (i: Interval) => `${percent(i[0])}-${percent(i[1])}`;

/** "30% (15-52%)"; "3 of 7 (12-65%)" for a small round; "no cases" for an empty one. */
export function shareCell(r: TrendRound, g: Grade): string {
  const interval = r.interval[g];
  if (r.caution === 'none' || !interval) return 'no cases';
  if (r.caution === 'few') return `${r.counts[g]} of ${r.n} (${range(interval)})`;
  return `${percent(r.share[g]!)} (${range(interval)})`;
}

export const roundHead = (m: TrendModel) => ['Round', 'n', ...m.scale.ids.map((g) => m.scale.tableLabel(g))];

export function roundRows(m: TrendModel): string[][] {
  return m.rounds.map((r) => [r.label, String(r.n), ...m.scale.ids.map((g) => shareCell(r, g))]);
}

/** One character per grade, best to worst; a longer scale takes more, never a space. */
const BAR_MARKS: readonly string[] = ['#', '=', '.', '-', ':', '~', '+', 'o', '*', '%'];
const mark = (i: number) => BAR_MARKS[i % BAR_MARKS.length]!;

export function barLegend(m: TrendModel): string {
  return m.scale.ids.map((g, i) => `${mark(i)} ${m.scale.tableLabel(g)}`).join(', ');
}

/** The bar's runs, grade by grade (with its place on the scale), for the caller to colour. */
export function barRuns(r: TrendRound, m: TrendModel): Array<{ index: number; of: number; text: string }> {
  return m.scale.ids.map((g, i) => ({ index: i, of: m.scale.size, text: mark(i).repeat(r.bar[g]!) }));
}

const points = (x: number) => {
  const p = Math.round(x * 100);
  return `${p > 0 ? '+' : p < 0 ? '-' : ''}${Math.abs(p)}`;
};

export const CHANGE_HEAD = ['From', 'To', 'Grade', 'Share', 'Change', '95% interval', 'Verdict'];
/** The table format's per-pair tables: the rounds are in their heading. */
export const PAIR_HEAD = CHANGE_HEAD.slice(2);

export function changeRows(m: TrendModel): string[][] {
  return m.changes.map((c) => [c.fromLabel, c.toLabel, ...changeCells(c, m)]);
}

/** Programme areas only: each area round by round, and its share unmet against the round before. */
export const areaRoundHead = (m: TrendModel) => ['Area', 'Round', ...areaFigureHead(m.areasPartly ?? false)];
export const AREA_CHANGES_HEADING = 'Areas: changes from the round before';
export const AREA_CHANGE_HEAD = ['From', 'To', 'Area', 'Share unmet', 'Change', '95% interval', 'Verdict'];
/** The table format's per-pair tables: the rounds are in their heading. */
export const AREA_PAIR_HEAD = AREA_CHANGE_HEAD.slice(2);

export const trendAreasLead = (m: TrendModel) => areasLead(`the cases ${m.role.label} graded in each round`, m.areasPartly ?? false);

export function areaRoundRows(m: TrendModel): string[][] {
  const partly = m.areasPartly ?? false;
  return m.areas!.flatMap((a) => a.rounds.map((r) => [a.title, r.label, ...areaFigureCells(r, partly)]));
}

export function areaChangeRows(changes: readonly AreaChange[]): string[][] {
  return changes.map((c) => [c.fromLabel, c.toLabel, ...shareChangeCells(c.title, c)]);
}

/** The changes grouped by pair of rounds, in order, for a heading and a table each. */
export const changePairs = (m: TrendModel) => pairsOf(m.changes, (c) => changeCells(c, m));

/** Programme areas only: the areas' changes grouped the same way. */
export const areaChangePairs = (changes: readonly AreaChange[]) => pairsOf(changes, (c) => shareChangeCells(c.title, c));

function pairsOf<C extends ShareChange>(changes: readonly C[], cells: (c: C) => string[]): Array<{ heading: string; rows: string[][] }> {
  const pairs: Array<{ heading: string; rows: string[][] }> = [];
  changes.forEach((c, i) => {
    const first = i === 0 || changes[i - 1]!.toLabel !== c.toLabel || changes[i - 1]!.fromLabel !== c.fromLabel;
    if (first) pairs.push({ heading: `${c.fromLabel} to ${c.toLabel}`, rows: [] });
    pairs.at(-1)!.rows.push(cells(c));
  });
  return pairs;
}

const changeCells = (c: TrendChange, m: TrendModel) => shareChangeCells(m.scale.tableLabel(c.grade), c);

/** What changed (a grade, an area), the shares, the difference, its interval and the verdict. */
function shareChangeCells(what: string, c: ShareChange): string[] {
  return [
    what,
    c.shareFrom === null || c.shareTo === null
      ? 'n/a'
      : c.few
        ? `${c.countFrom} of ${c.nFrom} to ${c.countTo} of ${c.nTo}`
        : `${percent(c.shareFrom)} to ${percent(c.shareTo)}`,
    c.difference === null ? 'n/a' : `${points(c.difference)} points`,
    c.differenceInterval ? `${points(c.differenceInterval[0])} to ${points(c.differenceInterval[1])}` : 'n/a',
    c.verdict,
  ];
}

export function tableHead(m: TrendModel): string[] {
  return ['Table', ...m.rounds.map((r) => r.label)];
}

export const tableLead = (m: TrendModel) =>
  `Graded cases per report table and round: ${m.scale.ids.map((g) => m.scale.tableLabel(g)).join(' / ')} (n).`;

/** Tables with a graded case in some round (the JSON lists every table). */
export function tableRows(m: TrendModel): string[][] {
  return m.byTable
    .filter((t) => t.rounds.some((r) => r.n > 0))
    .map((t) => [
      `${t.table}: ${t.label}`,
      ...t.rounds.map((r) => (r.n === 0 ? '-' : `${m.scale.ids.map((g) => r.counts[g]).join(' / ')} (${r.n})`)),
    ]);
}

/** The flag's column: unmet in every round that checked the criterion. */
const EVERY_ROUND_HEAD = 'Unmet in every round';

export function criteriaHead(m: TrendModel): string[] {
  return ['Criterion', 'Case type', ...m.rounds.map((r) => r.label), EVERY_ROUND_HEAD];
}

/** Criteria unmet at least once (the JSON and CSV list every criterion with findings). */
export function criteriaRows(m: TrendModel): string[][] {
  return m.criteria
    .filter((c) => c.rounds.some((r) => r.unmet > 0))
    .map((c) => [
      c.criterion,
      c.type,
      ...c.rounds.map((r) => (r.n === 0 ? 'n/a' : `${r.unmet} of ${r.n}`)),
      c.unmetEveryRound ? 'yes' : '',
    ]);
}

export const CRITERIA_LEAD =
  'Criteria unmet at least once: unmet, of the graded cases each applied to (not applicable left out), round by round.';

export function gapHead(): string[] {
  return ['Round', 'Both graded', 'Agreed', '95% interval', "Cohen's kappa", 'Higher', 'Lower'];
}

export function gapRows(m: TrendModel): string[][] {
  return m.rounds.map((r) => {
    const g = r.gap!;
    const agreed = g.exactAgreement === null ? 'n/a' : `${g.agreed} (${percent(g.exactAgreement)})`;
    return [
      r.label,
      String(g.n),
      agreed,
      g.agreementInterval ? range(g.agreementInterval) : 'n/a',
      kappaText(g.kappa, g.kappaBand),
      String(g.higher),
      String(g.lower),
    ];
  });
}

export function gapLead(m: TrendModel): string {
  const [a, b] = m.between!;
  // Issue 26: each round's net bias with Tango's interval ("too few cases to tell" under 10 cases).
  const net = m.rounds.map((r) => `${r.label} ${netCell(r.gap!.bias)}`).join('; ');
  return `The gap between ${a.label} and ${b.label}, round by round, on the cases both graded. Agreed: the same grade (95% interval, Wilson); higher / lower: ${a.label} graded the case higher / lower than ${b.label}. Net graded higher, in points (95% interval, Tango): ${net}.`;
}
