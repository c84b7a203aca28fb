// `trend --format xlsx`: a front sheet (who, whose grades, what an interval means, the notes, the
// criteria and the accounting), then rounds, changes, tables, criteria and, with --between, the gap.
// Shares and intervals are fractions formatted as percentages; counts are numbers.
import type { RenderOptions } from '../options.js';
import type { ShareChange, TrendModel } from '../../summarise/trend/trend-model.js';
import type { StreamedOutput } from '../../domain/output.js';
import { workbook, type XCell, type XSheet } from '../xlsx/write-book.js';
import { frontSheet, numberColumn, textColumn } from '../xlsx/xlsx-kit.js';
import { AREAS_HEADING } from '../report/area-layout.js';
import { AREA_COLUMNS, areaCells } from '../report/report-xlsx.js';

const PCT = '0.0%';
const share = (head: string) => numberColumn(head, Math.max(12, head.length + 2), PCT);
const count = (head: string) => numberColumn(head, Math.max(10, head.length + 2));

/** Programme areas only: each area round by round, and its changes. */
function areaSheets(m: TrendModel): XSheet[] {
  return [
    {
      name: AREAS_HEADING,
      columns: [textColumn('Round', 24), ...AREA_COLUMNS],
      rows: m.areas!.flatMap((a) => a.rounds.map((r) => [r.label, ...areaCells({ ...a, ...r })])),
    },
    {
      name: 'Area changes',
      columns: [
        textColumn('From', 24),
        textColumn('To', 24),
        textColumn('Area', 40),
        share('Share unmet from'),
        share('Share unmet to'),
        share('Difference'),
        share('95% low'),
        share('95% high'),
        textColumn('Verdict', 18),
      ],
      rows: m.areaChanges!.map((c) => changeRow(c, c.title)),
    },
  ];
}

export function trendXlsx(m: TrendModel, options?: RenderOptions): StreamedOutput {
  const front = frontSheet(
    'Audit rounds compared',
    [
      ['Force', m.force],
      ['Grades of', m.role.label],
      ...(m.between ? [['Gap between', `${m.between[0].label} and ${m.between[1].label}`] as const] : []),
      ['Intervals', m.intervalMeaning],
      ...m.notes.map((n) => ['Note', n] as const),
    ],
    m.totals,
    m.criteriaSet,
    options?.sharing,
  );
  const sheets: XSheet[] = [
    front,
    {
      name: 'Rounds',
      columns: [
        textColumn('Round', 24),
        count('Graded'),
        count('Ungraded'),
        ...m.scale.ids.flatMap((g) => [
          count(m.scale.tableLabel(g)),
          share(`${m.scale.tableLabel(g)} share`),
          share('95% low'),
          share('95% high'),
        ]),
      ],
      rows: m.rounds.map((r): XCell[] => [
        r.label,
        r.n,
        r.ungraded,
        ...m.scale.ids.flatMap((g) => [r.counts[g]!, r.share[g]!, r.interval[g]?.[0] ?? null, r.interval[g]?.[1] ?? null]),
      ]),
    },
    {
      name: 'Changes',
      columns: [
        textColumn('From', 24),
        textColumn('To', 24),
        textColumn('Grade', 22),
        share('Share from'),
        share('Share to'),
        share('Difference'),
        share('95% low'),
        share('95% high'),
        textColumn('Verdict', 18),
      ],
      rows: m.changes.map((c) => changeRow(c, m.scale.tableLabel(c.grade))),
    },
    {
      name: 'By table',
      columns: [
        count('Table'),
        textColumn('Label', 50),
        textColumn('Round', 24),
        count('Graded'),
        ...m.scale.ids.map((g) => count(m.scale.tableLabel(g))),
      ],
      rows: m.byTable.flatMap((t) =>
        t.rounds.map((r): XCell[] => [t.table, t.label, r.label, r.n, ...m.scale.ids.map((g) => r.counts[g]!)]),
      ),
    },
    {
      name: 'Criteria',
      columns: [
        textColumn('Criterion', 11),
        textColumn('Case type', 24),
        textColumn('Criterion text', 60),
        textColumn('Round', 24),
        count('Applied'),
        count('Unmet'),
        share('Share unmet'),
      ],
      rows: m.criteria.flatMap((c) => c.rounds.map((r): XCell[] => [c.criterion, c.type, c.text, r.label, r.n, r.unmet, r.share])),
    },
  ];
  if (m.areas) sheets.push(...areaSheets(m));
  if (m.between) {
    sheets.push({
      name: 'Gap',
      columns: [
        textColumn('Round', 24),
        count('Both graded'),
        count('Agreed'),
        share('Agreement'),
        share('95% low'),
        share('95% high'),
        numberColumn("Cohen's kappa", 14, '0.00'),
        count('Higher'),
        count('Lower'),
      ],
      rows: m.rounds.map((r): XCell[] => {
        const g = r.gap;
        return [
          r.label,
          g?.n ?? null,
          g?.agreed ?? null,
          g?.exactAgreement ?? null,
          g?.agreementInterval?.[0] ?? null,
          g?.agreementInterval?.[1] ?? null,
          g?.kappa ?? null,
          g?.higher ?? null,
          g?.lower ?? null,
        ];
      }),
    });
  }
  return workbook(sheets);
}

/** A change's row on the Changes and Area changes sheets: the rounds, what changed, its figures. */
function changeRow(c: ShareChange, what: string): XCell[] {
  return [
    c.fromLabel,
    c.toLabel,
    what,
    c.shareFrom,
    c.shareTo,
    c.difference,
    c.differenceInterval?.[0] ?? null,
    c.differenceInterval?.[1] ?? null,
    c.verdict,
  ];
}
