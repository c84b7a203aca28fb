// `compare --format xlsx`: a front sheet with the statistics and the accounting, the matrix, and
// the comparison per case type. Agreement is a fraction formatted as a percentage.
import type { RenderOptions } from '../options.js';
import type { CompareModel } from '../../summarise/compare/compare.js';
import type { StreamedOutput } from '../../domain/output.js';
import { workbook } from '../xlsx/write-book.js';
import { frontSheet, numberColumn, textColumn } from '../xlsx/xlsx-kit.js';
import { apartCount, apartLabel, capital, distances, heading, matrixHead, matrixRows, numberWord } from './compare-layout.js';

export function compareXlsx(m: CompareModel, options?: RenderOptions): StreamedOutput {
  const front = frontSheet(
    heading(m),
    [
      ['Force', m.force],
      ['Inspectorate', m.inspectorate],
      ['Cases graded by both', m.n],
      ['Agreed exactly', m.agreed],
      ['Exact agreement', m.exactAgreement],
      ["Cohen's kappa", m.kappa],
      [`Weighted kappa (${m.weights})`, m.weightedKappa],
      ['Force graded higher', m.selfHigher],
      ['Force graded lower', m.selfLower],
      ...distances(m.scale).map((d): [string, number] => [apartLabel(d), apartCount(m, d)]),
    ],
    m.totals,
    m.criteriaSet,
    options?.sharing,
  );
  const [first, ...grades] = matrixHead(m);
  return workbook([
    front,
    {
      name: 'Matrix',
      columns: [textColumn(first!, 30), ...grades.map((g) => numberColumn(g, Math.max(12, g.length + 2)))],
      rows: matrixRows(m),
    },
    {
      name: 'By case type',
      columns: [
        textColumn('Case type', 28),
        numberColumn('Cases'),
        numberColumn('Agreed'),
        numberColumn('Exact agreement', 16, '0%'),
        numberColumn('Force higher'),
        numberColumn('Force lower'),
        ...distances(m.scale).map((d) => numberColumn(`${capital(numberWord(d))} apart`)),
      ],
      rows: m.byType.map((t) => [
        t.type,
        t.n,
        t.agreed,
        t.exactAgreement,
        t.selfHigher,
        t.selfLower,
        ...distances(m.scale).map((d) => apartCount(t, d)),
      ]),
    },
  ]);
}
