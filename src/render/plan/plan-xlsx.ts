// `plan --format xlsx`: a front sheet with the goal, the method and the size in all (and the
// register's accounting where one was read), then the cases to dip per case type.
import type { StreamedOutput } from '../../domain/output.js';
import type { PlanModel } from '../../summarise/plan/plan-sizes.js';
import { accountingLine } from '../accounting-line.js';
import { workbook, type XCell } from '../xlsx/write-book.js';
import { numberColumn, textColumn } from '../xlsx/xlsx-kit.js';
import { goalSentence, notes, PLAN_HEADING } from './plan-layout.js';

export function planXlsx(m: PlanModel): StreamedOutput {
  const front: XCell[][] = [
    [PLAN_HEADING],
    [],
    ['Goal', goalSentence(m)],
    ['Method', m.method],
    [m.goal.kind === 'change' ? 'Cases per round' : 'Cases in all', m.n],
    ['Cases in the register', m.population],
    ...notes(m).map((n): XCell[] => ['Note', n]),
  ];
  if (m.register) front.push([], ['Accounting', accountingLine(m.register)]);
  return workbook([
    { name: 'Summary', widths: [24, 100], rows: front, boldRows: new Set([0]), wrap: true },
    {
      name: 'By case type',
      columns: [
        textColumn('Case type', 28),
        textColumn('Title', 40),
        numberColumn('In register'),
        numberColumn(m.goal.kind === 'change' ? 'Per round' : 'To dip'),
        textColumn('Method', 100),
      ],
      rows: m.perType.map((t) => [t.type, t.title, t.population, t.n, t.method]),
    },
  ]);
}
