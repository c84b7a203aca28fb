// What the trend renderers share: headings, the cells of each table as text, and the bar, so the
// table and markdown formats say the same things in the same order. Formatting only: every figure
// comes from the model.
import { kappaWithBand, netCell } from '../compare/figures-layout.js';
import type { Grade } from '../../domain/grades.js';
import type { AreaChange, Interval, ShareChange, TrendChange, TrendModel, TrendRound } from '../../summarise/trend/trend-model.js';
import { pValueText } from '../../summarise/trend/trend-family.js';
import { intervalText, percentText, signed } from '../../statistics/rounding.js';
import { areaFigureCells, areaFigureHead, areasLead } from '../report/area-layout.js';

export const heading = (m: TrendModel) => `Audit rounds: grades given by ${m.role.label}`;

export function intro(m: TrendModel): string {
  const rounds = m.rounds.length === 1 ? '1 round' : `${m.rounds.length} rounds`;
  const set = m.criteriaSet;
  return `${rounds}, in order. Shares are of the cases ${m.role.label} graded in each round, with 95% intervals (Wilson). Criteria: ${set.programme}${set.version ? ` ${set.version}` : ''} (${set.fingerprint}).`;
}

/** A share's interval: an end strictly inside 0..1 never prints as 0% or 100%. */
const shareRange = (i: Interval) => `${percentText(i[0])}-${percentText(i[1])}`;

/** "30% (15-52%)"; "3 of 7 (12-65%)" for a small round; "no cases" for an empty one; "<1%", ">99%" near the ends. */
export function shareCell(r: TrendRound, g: Grade): string {
  const interval = r.interval[g];
  if (r.caution === 'none' || !interval) return 'no cases';
  if (r.caution === 'few') return `${r.counts[g]} of ${r.n} (${shareRange(interval)})`;
  return `${percentText(r.share[g]!)} (${shareRange(interval)})`;
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

/** The interval column's head: joint where the verdicts are adjusted, unadjusted where --per-comparison asks. */
export function intervalHead(m: TrendModel): string {
  const a = m.adjustment;
  return a.perComparison ? 'Unadjusted 95% interval' : a.method === 'bonferroni' ? 'Joint 95% interval' : '95% interval';
}

export const changeHead = (m: TrendModel) => ['From', 'To', 'Grade', 'Share', 'Change', intervalHead(m), 'Verdict'];
/** The table format's per-pair tables: the rounds are in their heading. */
export const pairHead = (m: TrendModel) => changeHead(m).slice(2);
export const CHANGES_HEADING = 'Changes from the round before';
export const FIRST_LAST_HEADING = 'First round against last';
export const TREND_TESTS_HEADING = 'Trend across all rounds';

export function changeRows(m: TrendModel, changes: readonly TrendChange[] = m.changes): string[][] {
  return changes.map((c) => [c.fromLabel, c.toLabel, ...changeCells(c, m)]);
}

export const trendTestHead = () => ['Grade', 'Share, round by round', 'Chi-square', 'p', 'Verdict'];

/** Per grade: its shares in order, the Cochran-Armitage statistic and p, and the verdict at the family's threshold. */
export function trendTestRows(m: TrendModel): string[][] {
  return m.trendTests.map((t) => [
    m.scale.tableLabel(t.grade),
    m.rounds.map((r) => (r.share[t.grade] === null ? 'n/a' : percentText(r.share[t.grade]!))).join(', '),
    t.statistic === null ? 'n/a' : t.statistic.toFixed(2),
    t.p === null ? 'n/a' : pValueText(t.p),
    t.verdict,
  ]);
}

/** What the trend tests ask, and where a trend is called. */
export function trendTestLead(m: TrendModel): string {
  const a = m.adjustment;
  const threshold = a.perComparison
    ? 'p < 0.05, unadjusted (--per-comparison)'
    : a.method === 'bonferroni'
      ? `p < ${Number((1 - a.level).toPrecision(2))}, the threshold that holds every verdict shown to 5% together`
      : 'p < 0.05';
  return `Does a grade's share rise or fall steadily across the ${m.rounds.length} rounds in order (Cochran-Armitage test, 1 df)? A trend is called where ${threshold}.`;
}

/** Programme areas only: each area round by round, and its share unmet against the round before. */
export const areaRoundHead = (m: TrendModel) => ['Area', 'Round', ...areaFigureHead(m.areasPartly ?? false)];
export const AREA_CHANGES_HEADING = 'Areas: changes from the round before';
export const areaChangeHead = (m: TrendModel) => ['From', 'To', 'Area', 'Share unmet', 'Change', intervalHead(m), 'Verdict'];
/** The table format's per-pair tables: the rounds are in their heading. */
export const areaPairHead = (m: TrendModel) => areaChangeHead(m).slice(2);

export const trendAreasLead = (m: TrendModel) => areasLead(`the cases ${m.role.label} graded in each round`, m.areasPartly ?? false);

export function areaRoundRows(m: TrendModel): string[][] {
  const partly = m.areasPartly ?? false;
  return m.areas!.flatMap((a) => a.rounds.map((r) => [a.title, r.label, ...areaFigureCells(r, partly)]));
}

export function areaChangeRows(changes: readonly AreaChange[]): string[][] {
  return changes.map((c) => [c.fromLabel, c.toLabel, ...shareChangeCells(c.title, c)]);
}

/** The changes grouped by pair of rounds, in order, for a heading and a table each. */
export const changePairs = (m: TrendModel, changes: readonly TrendChange[] = m.changes) => pairsOf(changes, (c) => changeCells(c, m));

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

/**
 * What changed (a grade, an area), the shares, the difference, its interval and the verdict. Beside
 * "change" no end of the interval prints as 0 (a decimal more, or "<0.5"), and the difference is
 * printed to the interval's places.
 */
function shareChangeCells(what: string, c: ShareChange): string[] {
  const interval = c.differenceInterval
    ? intervalText(c.differenceInterval[0], c.differenceInterval[1], { change: c.verdict === 'change' })
    : null;
  return [
    what,
    c.shareFrom === null || c.shareTo === null
      ? 'n/a'
      : c.few
        ? `${c.countFrom} of ${c.nFrom} to ${c.countTo} of ${c.nTo}`
        : `${percentText(c.shareFrom)} to ${percentText(c.shareTo)}`,
    c.difference === null ? 'n/a' : `${signed(c.difference * 100, interval?.decimals ?? 0)} points`,
    interval ? `${interval.lo} to ${interval.hi}` : 'n/a',
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
    const agreed = g.exactAgreement === null ? 'n/a' : `${g.agreed} (${percentText(g.exactAgreement)})`;
    return [
      r.label,
      String(g.n),
      agreed,
      g.agreementInterval ? shareRange(g.agreementInterval) : 'n/a',
      kappaWithBand(g.kappa, g.n),
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
