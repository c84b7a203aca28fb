// `compare --format xlsx`: a front sheet with the statistics and the accounting, the matrix, the
// comparison per case type, and every section the CSV has: the bias and agreement figures with
// their intervals, the `--by` breakdown, and with --between the criterion calibration and the
// per-auditor table. Agreement is a fraction formatted as a percentage, coefficients to 2 places.
import type { RenderOptions } from '../options.js';
import type { CompareModel } from '../../summarise/compare/compare-model.js';
import type { StreamedOutput } from '../../domain/output.js';
import type { AgreementFigures } from '../../summarise/compare/agreement-figures.js';
import { workbook, type XCell, type XColumn, type XSheet } from '../xlsx/write-book.js';
import { frontSheet, numberColumn, textColumn } from '../xlsx/xlsx-kit.js';
import {
  apartCount,
  apartLabel,
  biasLine,
  capital,
  distances,
  heading,
  matrixHead,
  matrixRows,
  numberWord,
  words,
} from './compare-layout.js';
import { calibrationHeading, reviewLines } from './between-layout.js';

const SHARE = '0.0%';
const COEFFICIENT = '0.00';

/** Per group (type, value, auditor): the figures as columns, numbers kept numbers. */
const FIGURE_COLUMNS: XColumn[] = [
  numberColumn('Net higher', 12, SHARE),
  numberColumn('Net low', 10, SHARE),
  numberColumn('Net high', 10, SHARE),
  numberColumn('Mean difference (steps)', 14, COEFFICIENT),
  numberColumn('Kappa low', 10, COEFFICIENT),
  numberColumn('Kappa high', 10, COEFFICIENT),
  numberColumn('AC1', 10, COEFFICIENT),
  numberColumn('AC1 low', 10, COEFFICIENT),
  numberColumn('AC1 high', 10, COEFFICIENT),
  numberColumn('Brennan-Prediger', 12, COEFFICIENT),
  numberColumn('Stuart-Maxwell p', 12, '0.000'),
  numberColumn('Bowker p', 12, '0.000'),
];

const figureCells = (f: AgreementFigures): XCell[] => [
  f.bias?.net ?? null,
  f.bias?.netInterval[0] ?? null,
  f.bias?.netInterval[1] ?? null,
  f.bias?.meanDifference ?? null,
  f.kappaInterval?.[0] ?? null,
  f.kappaInterval?.[1] ?? null,
  f.ac1?.value ?? null,
  f.ac1?.interval[0] ?? null,
  f.ac1?.interval[1] ?? null,
  f.brennanPrediger?.value ?? null,
  f.marginalHomogeneity?.p ?? null,
  f.symmetry?.p ?? null,
];

function summary(m: CompareModel, options?: RenderOptions): XSheet {
  const w = words(m);
  const [a, b] = m.between ? [m.between.a.label, m.between.b.label] : [m.force, m.inspectorate];
  const bias = biasLine(m);
  return frontSheet(
    heading(m),
    [
      [m.between ? 'Rows (A)' : 'Force', a],
      [m.between ? 'Columns (B)' : 'Inspectorate', b],
      ['Cases graded by both', m.n],
      ['Agreed exactly', m.agreed],
      ['Exact agreement', m.exactAgreement, SHARE],
      ["Cohen's kappa", m.kappa, COEFFICIENT],
      [`Weighted kappa (${m.weights})`, m.weightedKappa, COEFFICIENT],
      [`${w.rows} graded higher`, m.selfHigher],
      [`${w.rows} graded lower`, m.selfLower],
      ...distances(m.scale).map((d): [string, number] => [apartLabel(d), apartCount(m, d)]),
      ...(bias ? [['Bias', bias] as const] : []),
    ],
    m.totals,
    m.criteriaSet,
    options?.sharing,
  );
}

/** The overall figures, one per row with its interval (a test with its df and p), and why a figure is none. */
export function figuresSheet(m: CompareModel): XSheet {
  const why = (key: string) => m.undefinedBecause[key] ?? null;
  const interval = (label: string, value: number | null, iv: readonly [number, number] | null | undefined, key: string): XCell[] => [
    label,
    value,
    iv?.[0] ?? null,
    iv?.[1] ?? null,
    null,
    null,
    why(key),
  ];
  const coefficient = (label: string, key: string, c: AgreementFigures['ac1']) => interval(label, c?.value ?? null, c?.interval, key);
  const test = (label: string, key: string, t: AgreementFigures['symmetry']): XCell[] => [
    label,
    t?.statistic ?? null,
    null,
    null,
    t?.df ?? null,
    t?.p ?? null,
    why(key),
  ];
  const b = m.bias;
  return {
    name: 'Bias and agreement',
    columns: [
      textColumn('Measure', 40),
      numberColumn('Value', 12, COEFFICIENT),
      numberColumn('95% low', 12, COEFFICIENT),
      numberColumn('95% high', 12, COEFFICIENT),
      numberColumn('df', 6),
      numberColumn('p', 10, '0.000'),
      textColumn('Why none', 60),
    ],
    rows: [
      interval('Net graded higher (share of cases)', b?.net ?? null, b?.netInterval, 'bias'),
      interval('Mean difference (grade steps)', b?.meanDifference ?? null, b?.meanDifferenceInterval, 'meanDifferenceInterval'),
      interval("Cohen's kappa", m.kappa, m.kappaInterval, 'kappaInterval'),
      interval(`Weighted kappa (${m.weights})`, m.weightedKappa, m.weightedKappaInterval, 'weightedKappaInterval'),
      coefficient("Gwet's AC1", 'ac1', m.ac1),
      coefficient(`Gwet's AC2 (${m.weights})`, 'ac2', m.ac2),
      coefficient('Brennan-Prediger', 'brennanPrediger', m.brennanPrediger),
      test('Marginal homogeneity (Stuart-Maxwell chi-square)', 'marginalHomogeneity', m.marginalHomogeneity),
      test('Symmetry (Bowker chi-square)', 'symmetry', m.symmetry),
      ...(m.prevalenceBias ?? []).flatMap((g): XCell[][] => [
        [`Prevalence index: ${m.scale.label(g.grade)}`, g.prevalenceIndex],
        [`Bias index: ${m.scale.label(g.grade)}`, g.biasIndex],
      ]),
    ],
  };
}

function byValueSheet(m: CompareModel): XSheet[] {
  if (!m.byValue) return [];
  return [
    {
      name: `By ${m.byValue.by}`,
      columns: [
        textColumn(m.byValue.by, 28),
        numberColumn('Cases'),
        numberColumn('Agreed'),
        numberColumn('Exact agreement', 16, SHARE),
        numberColumn('Higher'),
        numberColumn('Lower'),
        numberColumn('Kappa', 10, COEFFICIENT),
        ...FIGURE_COLUMNS,
      ],
      rows: m.byValue.values.map((v) => [v.value, v.n, v.agreed, v.exactAgreement, v.selfHigher, v.selfLower, v.kappa, ...figureCells(v)]),
    },
  ];
}

export function betweenSheets(m: CompareModel): XSheet[] {
  const b = m.between;
  if (!b || m.n === 0) return [];
  const calibration: XSheet = {
    name: 'Criterion calibration',
    columns: [
      textColumn('Criterion', 14),
      textColumn('Case type', 20),
      numberColumn('Cases'),
      numberColumn('Both met'),
      numberColumn('A met, B unmet'),
      numberColumn('A unmet, B met'),
      numberColumn('Both unmet'),
      numberColumn('Agreement', 12, SHARE),
      numberColumn('Kappa', 10, COEFFICIENT),
      numberColumn('Weighted kappa (linear)', 14, COEFFICIENT),
    ],
    rows: [
      ...b.calibration.criteria.map((c) => [
        c.criterion,
        c.type,
        c.n,
        c.bothMet,
        c.aMetBUnmet,
        c.aUnmetBMet,
        c.bothUnmet,
        c.agreement,
        c.kappa,
        c.partly?.weightedKappa ?? null,
      ]),
      [calibrationHeading(b)],
    ],
  };
  if (!b.byAuditor) return [calibration];
  const auditors: XSheet = {
    name: 'By auditor',
    columns: [
      textColumn('Auditor', 16),
      numberColumn('Cases'),
      numberColumn('Agreed'),
      numberColumn('Exact agreement', 14, SHARE),
      numberColumn('Agreement low', 12, SHARE),
      numberColumn('Agreement high', 12, SHARE),
      numberColumn('Higher'),
      numberColumn('Lower'),
      numberColumn('Kappa', 10, COEFFICIENT),
      ...FIGURE_COLUMNS,
      textColumn('Differ most on', 40),
    ],
    rows: [
      ...b.byAuditor.map((r) => [
        r.auditor ?? '(no code)',
        r.n,
        r.agreed,
        r.exactAgreement,
        r.agreementInterval[0],
        r.agreementInterval[1],
        r.higher,
        r.lower,
        r.kappa,
        ...figureCells(r),
        r.differMost.map((d) => `${d.criterion} (${d.type}): ${d.differ} of ${d.n}`).join('; '),
      ]),
      [],
      ...reviewLines(b).map((line) => [line]),
    ],
  };
  return [calibration, auditors];
}

export function compareXlsx(m: CompareModel, options?: RenderOptions): StreamedOutput {
  const [first, ...grades] = matrixHead(m);
  const { rows } = words(m);
  return workbook([
    summary(m, options),
    {
      name: 'Matrix',
      columns: [textColumn(first!, 30), ...grades.map((g) => numberColumn(g, Math.max(12, g.length + 2)))],
      rows: matrixRows(m),
    },
    ...(m.n === 0 ? [] : [figuresSheet(m)]),
    {
      name: 'By case type',
      columns: [
        textColumn('Case type', 28),
        numberColumn('Cases'),
        numberColumn('Agreed'),
        numberColumn('Exact agreement', 16, SHARE),
        numberColumn(`${rows} higher`),
        numberColumn(`${rows} lower`),
        ...distances(m.scale).map((d) => numberColumn(`${capital(numberWord(d))} apart`)),
        numberColumn('Kappa', 10, COEFFICIENT),
        ...FIGURE_COLUMNS,
      ],
      rows: m.byType.map((t) => [
        t.type,
        t.n,
        t.agreed,
        t.exactAgreement,
        t.selfHigher,
        t.selfLower,
        ...distances(m.scale).map((d) => apartCount(t, d)),
        t.kappa,
        ...figureCells(t),
      ]),
    },
    ...byValueSheet(m),
    ...betweenSheets(m),
  ]);
}
