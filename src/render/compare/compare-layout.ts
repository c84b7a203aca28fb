// What the compare renderers share: the matrix as labelled rows and the statistics as
// label/value lines, so table and markdown say the same things in the same order.
import { INDEPENDENT, SELF } from '../../domain/assessment.js';
import type { CompareModel, Disagreement } from '../../summarise/compare/compare.js';
import { count, kappaText, percent, smallShare } from '../terminal/text-kit.js';

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
      second: 'the inspectorate',
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
  return d.exactAgreement === null ? 'n/a' : `${d.agreed} of ${d.n} (${percent(d.exactAgreement, 1)})`;
}

export function statistics(m: CompareModel): Array<[string, string]> {
  const { rows } = words(m);
  return [
    ['Exact agreement', agreementText(m)],
    ["Cohen's kappa", kappaText(m.kappa, m.kappaBand)],
    [`Weighted kappa (${m.weights})`, kappaText(m.weightedKappa, m.weightedKappaBand)],
    [`${rows} graded higher`, String(m.selfHigher)],
    [`${rows} graded lower`, String(m.selfLower)],
    ['Two grades apart', String(m.twoApart)],
  ];
}

export const BY_TYPE_HEAD = ['Case type', 'Cases', 'Agreed', 'Higher', 'Lower', '2 apart'];

export function byTypeRows(m: CompareModel): string[][] {
  return m.byType.map((t) => [
    t.type,
    String(t.n),
    smallShare(t.agreed, t.n),
    String(t.selfHigher),
    String(t.selfLower),
    String(t.twoApart),
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
    v.kappa === null ? 'n/a' : v.kappa.toFixed(2),
  ]);
}

export function kappaNote(m: CompareModel): string {
  const w = words(m);
  return (
    `Higher / lower: ${w.first} graded the case higher / lower than ${w.second}; two grades apart: Good against Inadequate. ` +
    'Kappa corrects agreement for chance (n/a where undefined, e.g. every case in one grade); bands after Landis & Koch (1977).'
  );
}
