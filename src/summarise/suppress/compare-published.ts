// `compare --suppress N`: the comparison made safe to publish. The k x k matrix with its margins,
// the cases agreed, higher, lower and each distance apart (every one a sum of matrix cells a reader
// can form), the per-type (and --by) rows against the whole, the criterion calibration's 2x2s and
// the per-auditor rows go through one `Cells`. A figure is printed only where what it is built on
// is: a share or kappa on N cases or more, and only while the counts that would give it back are
// shown (a kappa with the margins printed gives the cases agreed; a weighted kappa, the cases one
// step apart). Issue 26's further figures (bias, the tests, AC1, AC2) are left out.
import type { CompareModel, Disagreement } from '../compare/compare-model.js';
import {
  accountingCells,
  accountingShown,
  alone,
  shareShown,
  shown,
  type AccountingCells,
  type CellRef,
  type Cells,
  type Count,
  type Laid,
  type Show,
} from './cells.js';
import type { Figure, Published, PublishedTable } from './published.js';

interface Rows {
  n: CellRef;
  agreed: CellRef;
  higher: CellRef;
  lower: CellRef;
}

/** A row of a breakdown (type, value, auditor): its four counts and agreed + higher + lower = n. */
function disagreementCells(cells: Cells, d: Pick<Disagreement, 'n' | 'agreed' | 'selfHigher' | 'selfLower'>): Rows {
  const r = { n: cells.add(d.n, true), agreed: cells.add(d.agreed), higher: cells.add(d.selfHigher), lower: cells.add(d.selfLower) };
  cells.sum([r.agreed, r.higher, r.lower, r.n]);
  return r;
}

/** The breakdown's rows against the whole, per count, where they cover it. */
function againstWhole(
  cells: Cells,
  parts: readonly Rows[],
  raw: ReadonlyArray<Record<keyof Rows, number>>,
  whole: Rows,
  wholeRaw: Record<keyof Rows, number>,
) {
  for (const k of ['n', 'agreed', 'higher', 'lower'] as const)
    if (raw.reduce((a, r) => a + r[k], 0) === wholeRaw[k]) cells.sum([...parts.map((p) => p[k]), whole[k]]);
}

const rawOf = (d: Pick<Disagreement, 'n' | 'agreed' | 'selfHigher' | 'selfLower'>) => ({
  n: d.n,
  agreed: d.agreed,
  higher: d.selfHigher,
  lower: d.selfLower,
});

export function comparePublished(m: CompareModel, below: number): Published {
  return alone(below, (cells) => compareLaid(cells, m, below));
}

/** The comparison's cells a page links to other parts' (the dashboard): the matrix and its margins, the rows per type, each criterion's pairs (its 2x2 or 3x3, row-major, and n), the accounting. */
export interface CompareCells {
  grid: ReturnType<Cells['grid']>;
  types: readonly Rows[];
  criteria: ReadonlyArray<{ refs: CellRef[]; n: CellRef }>;
  totals: AccountingCells;
}

/** The comparison's counts and sums laid out in `cells`, which may hold other parts' too; its document once they are hidden. */
export function compareLaid(cells: Cells, m: CompareModel, below: number): Laid<CompareCells, Published> {
  const ids = m.scale.ids;
  const g = cells.grid(ids.map((a) => ids.map((b) => m.matrix[a]![b]!)));
  // Agreed, higher, lower and the distances are sums of matrix cells: hidden last, as totals are.
  const whole = {
    n: g.total,
    agreed: cells.add(m.agreed, true),
    higher: cells.add(m.selfHigher, true),
    lower: cells.add(m.selfLower, true),
  };
  const where = (keep: (i: number, j: number) => boolean) => g.cells.flatMap((r, i) => r.filter((_, j) => keep(i, j)));
  cells.sum([...where((i, j) => i === j), whole.agreed]);
  // Rows are A's grades best first: A graded higher where its grade comes before B's.
  cells.sum([...where((i, j) => i < j), whole.higher]);
  cells.sum([...where((i, j) => i > j), whole.lower]);
  cells.sum([whole.agreed, whole.higher, whole.lower, whole.n]);
  const distances = Object.keys(m.apart);
  const apart = distances.map((d) => cells.add(m.apart[d]!, true));
  distances.forEach((d, k) => cells.sum([...where((i, j) => Math.abs(i - j) === Number(d)), apart[k]!]));
  // Every case is agreed or some distance apart: n less agreed less the other distances gives one.
  cells.sum([whole.agreed, ...apart, whole.n]);
  const types = m.byType.map((t) => disagreementCells(cells, t));
  againstWhole(cells, types, m.byType.map(rawOf), whole, rawOf(m));
  const values = m.byValue?.values.map((v) => disagreementCells(cells, v)) ?? [];
  if (m.byValue) againstWhole(cells, values, m.byValue.values.map(rawOf), whole, rawOf(m));
  const between = m.between;
  const criteria = (between?.calibration.criteria ?? []).map((k) => {
    const corners = k.partly ? k.partly.matrix.flat() : [k.bothMet, k.aMetBUnmet, k.aUnmetBMet, k.bothUnmet];
    const refs = corners.map((v) => cells.add(v));
    const n = cells.add(k.n, true);
    cells.sum([...refs, n]);
    return { refs, n };
  });
  const auditors = (between?.byAuditor ?? []).map((a) =>
    disagreementCells(cells, { n: a.n, agreed: a.agreed, selfHigher: a.higher, selfLower: a.lower }),
  );
  if (between?.byAuditor)
    againstWhole(
      cells,
      auditors,
      between.byAuditor.map((a) => ({ n: a.n, agreed: a.agreed, higher: a.higher, lower: a.lower })),
      whole,
      rawOf(m),
    );
  const t = accountingCells(cells, m.totals);
  return {
    refs: { grid: g, types, criteria, totals: t },
    publish: (show) => published(m, below, { g, whole, distances, apart, types, values, criteria, auditors, t }, show),
  };
}

interface Laidout {
  g: ReturnType<Cells['grid']>;
  whole: Rows;
  distances: string[];
  apart: CellRef[];
  types: Rows[];
  values: Rows[];
  criteria: Array<{ refs: CellRef[]; n: CellRef }>;
  auditors: Rows[];
  t: AccountingCells;
}

function published(
  m: CompareModel,
  below: number,
  { g, whole, distances, apart, types, values, criteria, auditors, t }: Laidout,
  show: Show,
): Published {
  const ids = m.scale.ids;
  const between = m.between;
  const n = show(whole.n);
  const agreed = show(whole.agreed);
  const marginsShown = [...g.rowTotals, ...g.colTotals].every((c) => shown(show(c)));
  const kappaShown = shareShown(agreed, n, below) && marginsShown;
  const weightedShown = kappaShown && apart.every((c) => shown(show(c)));
  const share = (k: Count, base: Count, value: number | null) => (shareShown(k, base, below) ? value : null);
  const rowFigures = (r: Rows, exact: number | null, kappa: number | null) => {
    const rn = show(r.n);
    const ra = show(r.agreed);
    return {
      n: rn,
      agreed: ra,
      higher: show(r.higher),
      lower: show(r.lower),
      exactAgreement: share(ra, rn, exact),
      kappa: share(ra, rn, kappa),
    };
  };
  const aLabel = between?.a.label ?? m.force;
  const bLabel = between?.b.label ?? m.inspectorate;
  const grades = ids.map((id) => m.scale.tableLabel(id));
  const matrixOf = (pick: (i: number, j: number) => Count) =>
    Object.fromEntries(ids.map((a, i) => [a, Object.fromEntries(ids.map((b, j) => [b, pick(i, j)]))]));
  const byType = m.byType.map((x, i) => ({ type: x.type, title: x.title, ...rowFigures(types[i]!, x.exactAgreement, x.kappa) }));
  const byValue = m.byValue?.values.map((v, i) => ({ value: v.value, ...rowFigures(values[i]!, v.exactAgreement, v.kappa) }));
  const calibration = (between?.calibration.criteria ?? []).map((k, i) => {
    const c = criteria[i]!;
    const shownAll = c.refs.every((r) => shown(show(r))) && k.n >= below;
    return { k, n: show(c.n), cells: c.refs.map(show), agreement: shownAll ? k.agreement : null, kappa: shownAll ? k.kappa : null };
  });
  const byAuditor = (between?.byAuditor ?? []).map((a, i) => {
    const f = rowFigures(auditors[i]!, a.exactAgreement, a.kappa);
    return { auditor: a.auditor, ...f, agreementInterval: f.exactAgreement === null ? null : a.agreementInterval };
  });
  const fewer = new Set(byAuditor.filter((a) => a.exactAgreement === null).map((a) => a.auditor));
  const toReview = (between?.auditorsToReview ?? []).map((r) => ({
    auditor: r.auditor,
    reason: fewer.has(r.auditor) ? `not shown: built on fewer than ${below} cases` : r.reason,
  }));

  const count3 = (label: string, r: ReturnType<typeof rowFigures>): Figure[] => [
    label,
    r.n,
    r.agreed,
    { share: r.exactAgreement },
    r.higher,
    r.lower,
    { stat: r.kappa },
  ];
  const rowsHead = (first: string) => [first, 'Cases', 'Agreed', 'Agreement', `${aLabel} higher`, `${aLabel} lower`, 'Kappa'];
  const tables: PublishedTable[] = [
    {
      title: `${aLabel} (rows) against ${bLabel} (columns)`,
      head: ['', ...grades, 'Total'],
      rows: [
        ...ids.map((_, i): Figure[] => [grades[i]!, ...ids.map((_, j) => show(g.cells[i]![j]!)), show(g.rowTotals[i]!)]),
        ['Total', ...ids.map((_, j) => show(g.colTotals[j]!)), n],
      ],
    },
    {
      title: 'Agreement',
      head: ['', 'Figure'],
      rows: [
        ['Cases compared', n],
        ['Agreed exactly', agreed],
        ['Exact agreement', { share: share(agreed, n, m.exactAgreement) }],
        [`${aLabel} graded higher`, show(whole.higher)],
        [`${aLabel} graded lower`, show(whole.lower)],
        ...distances.map((d, k): Figure[] => [`${d} ${d === '1' ? 'grade' : 'grades'} apart`, show(apart[k]!)]),
        ["Cohen's kappa", { stat: kappaShown ? m.kappa : null }],
        ["Cohen's kappa, 95% interval", { range: kappaShown ? m.kappaInterval : null, as: 'stat' }],
        [`Weighted kappa (${m.weights})`, { stat: weightedShown ? m.weightedKappa : null }],
        ['Weighted kappa, 95% interval', { range: weightedShown ? m.weightedKappaInterval : null, as: 'stat' }],
      ],
    },
    { title: 'By case type', head: rowsHead('Case type'), rows: byType.map((x) => count3(x.title, x)) },
  ];
  if (m.byValue && byValue)
    tables.push({ title: `By ${m.byValue.by}`, head: rowsHead(m.byValue.by), rows: byValue.map((v) => count3(v.value, v)) });
  if (between && calibration.length)
    tables.push({
      title: 'Criterion calibration',
      head: between.calibration.partly
        ? [
            'Criterion',
            'Cases',
            ...['met', 'partly', 'unmet'].flatMap((a) => ['met', 'partly', 'unmet'].map((b) => `A ${a}, B ${b}`)),
            'Agreement',
            'Kappa',
          ]
        : ['Criterion', 'Cases', 'Both met', 'A met, B unmet', 'A unmet, B met', 'Both unmet', 'Agreement', 'Kappa'],
      rows: calibration.map((c): Figure[] => [c.k.criterion, c.n, ...c.cells, { share: c.agreement }, { stat: c.kappa }]),
    });
  if (between?.byAuditor)
    tables.push(
      {
        title: `By auditor (${aLabel})`,
        head: [...rowsHead('Auditor'), 'Agreement, 95% interval'],
        rows: byAuditor.map((a): Figure[] => [...count3(a.auditor ?? '(none)', a), { range: a.agreementInterval, as: 'percent' }]),
      },
      { title: 'Auditors to review', head: ['Auditor', 'Why'], rows: toReview.map((r): Figure[] => [r.auditor, r.reason]) },
    );
  const accounting = accountingShown(t, show);
  tables.push({ title: 'Cases read', head: ['', 'Cases'], rows: Object.entries(accounting).map(([k, v]): Figure[] => [k, v]) });
  const counts = (refs: readonly CellRef[]) => Object.fromEntries(ids.map((id, i) => [id, show(refs[i]!)]));
  const json = {
    n,
    matrix: matrixOf((i, j) => show(g.cells[i]![j]!)),
    exactAgreement: share(agreed, n, m.exactAgreement),
    kappa: kappaShown ? m.kappa : null,
    weightedKappa: weightedShown ? m.weightedKappa : null,
    selfHigher: show(whole.higher),
    selfLower: show(whole.lower),
    byType: byType.map((x) => ({
      type: x.type,
      n: x.n,
      exactAgreement: x.exactAgreement,
      selfHigher: x.higher,
      selfLower: x.lower,
      agreed: x.agreed,
      kappa: x.kappa,
    })),
    force: m.force,
    inspectorate: m.inspectorate,
    agreed,
    apart: Object.fromEntries(distances.map((d, k) => [d, show(apart[k]!)])),
    kappaInterval: kappaShown ? m.kappaInterval : null,
    weights: m.weights,
    weightedKappaInterval: weightedShown ? m.weightedKappaInterval : null,
    selfTotals: counts(g.rowTotals),
    independentTotals: counts(g.colTotals),
    totals: accounting,
    criteriaSet: m.criteriaSet,
    ...(m.byValue && byValue
      ? {
          by: m.byValue.by,
          byValue: byValue.map((v) => ({
            value: v.value,
            n: v.n,
            exactAgreement: v.exactAgreement,
            higher: v.higher,
            lower: v.lower,
            agreed: v.agreed,
            kappa: v.kappa,
          })),
        }
      : {}),
    ...(between
      ? {
          between: [between.a.role, between.b.role],
          higher: show(whole.higher),
          lower: show(whole.lower),
          criteria: calibration.map((c) => ({
            criterion: c.k.criterion,
            type: c.k.type,
            n: c.n,
            ...(c.k.partly
              ? {
                  matrix: Object.fromEntries(
                    ['met', 'partly', 'unmet'].map((a, i) => [
                      a,
                      Object.fromEntries(['met', 'partly', 'unmet'].map((b, j) => [b, c.cells[i * 3 + j]!])),
                    ]),
                  ),
                }
              : { bothMet: c.cells[0], aMetBUnmet: c.cells[1], aUnmetBMet: c.cells[2], bothUnmet: c.cells[3] }),
            agreement: c.agreement,
            kappa: c.kappa,
          })),
          ...(between.byAuditor
            ? {
                byAuditor: byAuditor.map((a) => ({
                  auditor: a.auditor,
                  n: a.n,
                  exactAgreement: a.exactAgreement,
                  agreementInterval: a.agreementInterval,
                  higher: a.higher,
                  lower: a.lower,
                  kappa: a.kappa,
                  agreed: a.agreed,
                })),
                auditorsToReview: toReview,
              }
            : {}),
          labels: { a: between.a.label, b: between.b.label },
        }
      : {}),
  };
  return {
    title: `${aLabel} against ${bLabel}: grades compared`,
    below,
    lines: [],
    sections: [{ heading: 'Comparison', tables }],
    json,
  };
}
