// What the compare renderers share: the matrix as labelled rows and the statistics as
// label/value lines, so table and markdown say the same things in the same order.
import { INDEPENDENT, SELF } from '../../domain/assessment.js';
import type { Scale } from '../../domain/scale.js';
import type { CompareModel, Disagreement } from '../../summarise/compare/compare-model.js';
import { count, smallShare } from '../terminal/text-kit.js';
import { percentText } from '../../statistics/rounding.js';
import { biasSentence, figureLines, FIGURES_HEAD, figuresRow, kappaColumnCell, kappaWithBand, TOO_FEW } from './figures-layout.js';

/** How the two sides are named. The force against the inspectorate keeps the 2017 wording. */
interface Words {
  heading: string;
  rows: string;
  /** "the force's" */
  rowsGrade: string;
  columns: string;
  /** Subject of "graded higher". */
  first: string;
  second: string;
  nothing: string;
}

export function words(m: CompareModel): Words {
  const b = m.between;
  if (!b || (b.a.role === SELF && b.b.role === INDEPENDENT)) {
    return {
      heading: `Self-assessment compared: ${m.force} and ${m.inspectorate}`,
      rows: 'Force',
      rowsGrade: "the force's",
      columns: m.inspectorate,
      first: 'the force',
      // The name --inspectorate gives (a QA team, say), not "the inspectorate" whoever it is.
      second: m.inspectorate,
      nothing: 'No case has both a self grade and an independent grade, so there is nothing to compare.',
    };
  }
  return {
    heading: `Assessments compared: ${b.a.label} and ${b.b.label}`,
    rows: b.a.label,
    rowsGrade: `${b.a.label}'s`,
    columns: b.b.label,
    first: b.a.label,
    second: b.b.label,
    nothing: `No case has a grade from both ${b.a.label} and ${b.b.label}, so there is nothing to compare.`,
  };
}

export const heading = (m: CompareModel) => words(m).heading;

export function intro(m: CompareModel): string {
  const w = words(m);
  const cases = m.n === 1 ? '1 case' : `${m.n} cases`;
  return m.n === 0 ? w.nothing : `${cases} graded by both. Rows: ${w.rowsGrade} grade; columns: ${w.columns}'s grade.`;
}

export function matrixHead(m: CompareModel): string[] {
  const w = words(m);
  return [`${w.rows} \\ ${w.columns}`, ...m.scale.ids.map((g) => m.scale.tableLabel(g)), 'Total'];
}

const ids = (m: CompareModel) => m.scale.ids;

export function matrixRows(m: CompareModel): Array<Array<string | number>> {
  return [
    ...ids(m).map((r) => [m.scale.tableLabel(r), ...ids(m).map((c) => m.matrix[r]![c]!), m.selfTotals[r]!]),
    ['Total', ...ids(m).map((c) => m.independentTotals[c]!), m.n],
  ];
}

function agreementText(d: Disagreement): string {
  return d.exactAgreement === null ? 'n/a' : `${d.agreed} of ${d.n} (${percentText(d.exactAgreement, 1)})`;
}

/** The board's sentence on the bias between the two sides; null with no case graded by both. */
export const biasLine = (m: CompareModel) => biasSentence(words(m).first, words(m).second, m.bias);

/**
 * The distances the outputs give a line or column each. On three grades only two apart (the best
 * against the worst), as the 2017 outputs always have (one apart is higher + lower less that); on
 * any other scale every distance from 1 to k-1, since no one figure tells how far apart they are.
 */
export function distances(scale: Scale): number[] {
  return scale.size === 3 ? [2] : Array.from({ length: scale.size - 1 }, (_, i) => i + 1);
}

export const apartCount = (d: Disagreement, distance: number) => d.apart[String(distance)] ?? 0;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "one", "two", .. "ten", then figures. */
export const numberWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

export const capital = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** "One grade apart", "Two grades apart". */
export const apartLabel = (distance: number) => `${capital(numberWord(distance))} grade${distance === 1 ? '' : 's'} apart`;

export function statistics(m: CompareModel): Array<[string, string]> {
  const { rows } = words(m);
  return [
    ['Exact agreement', agreementText(m)],
    ["Cohen's kappa", kappaWithBand(m.kappa, m.n)],
    [`Weighted kappa (${m.weights})`, kappaWithBand(m.weightedKappa, m.n)],
    [`${rows} graded higher`, String(m.selfHigher)],
    [`${rows} graded lower`, String(m.selfLower)],
    ...distances(m.scale).map((d): [string, string] => [apartLabel(d), String(apartCount(m, d))]),
  ];
}

/** Whether the figures' tables are shown: from 10 cases graded by both (below, one line says too few). */
export const hasFigures = (m: CompareModel) => m.n >= TOO_FEW;

/** Issue 26's figures for all the cases, under the statistics (none with no case graded by both). */
export const figureStatistics = (m: CompareModel): Array<[string, string]> => (m.n === 0 ? [] : figureLines(m, m.n, m.scale, m.weights));

/** Issue 26's figures per case type: net bias, kappa and AC1, each with its interval. */
export const typeFiguresHead = () => ['Case type', ...FIGURES_HEAD];

export const typeFiguresRows = (m: CompareModel): string[][] => m.byType.map((t) => [t.type, ...figuresRow(t, t.n, t.kappa)]);

export const valueFiguresHead = (by: string) => [by, ...FIGURES_HEAD];

export const valueFiguresRows = (m: CompareModel): string[][] =>
  (m.byValue?.values ?? []).map((v) => [v.value, ...figuresRow(v, v.n, v.kappa)]);

export const byTypeHead = (m: CompareModel) => [
  'Case type',
  'Cases',
  'Agreed',
  'Higher',
  'Lower',
  ...distances(m.scale).map((d) => `${d} apart`),
];

export function byTypeRows(m: CompareModel): string[][] {
  return m.byType.map((t) => [
    t.type,
    String(t.n),
    smallShare(t.agreed, t.n),
    String(t.selfHigher),
    String(t.selfLower),
    ...distances(m.scale).map((d) => String(apartCount(t, d))),
  ]);
}

/** `--by`: the comparison per value of a carried column. */
export const byValueHead = (by: string) => [by, 'Cases', 'Agreed', 'Higher', 'Lower', 'Kappa'];

export function byValueRows(m: CompareModel): string[][] {
  return (m.byValue?.values ?? []).map((v) => [
    v.value,
    count(v.n),
    smallShare(v.agreed, v.n),
    count(v.selfHigher),
    count(v.selfLower),
    kappaColumnCell(v.kappa, v.n),
  ]);
}

export function kappaNote(m: CompareModel): string {
  const w = words(m);
  const { ids } = m.scale;
  const furthest = `${numberWord(ids.length - 1)} grade${ids.length === 2 ? '' : 's'} apart: ${m.scale.label(ids[0]!)} against ${m.scale.label(ids.at(-1)!)}`;
  return (
    `Higher / lower: ${w.first} graded the case higher / lower than ${w.second}; ${furthest}. ` +
    'Kappa corrects agreement for chance (n/a where undefined, e.g. every case in one grade); bands after Landis & Koch (1977).'
  );
}
