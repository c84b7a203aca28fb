// `trend --format xlsx`: a front sheet (who, whose grades, what an interval means, the notes, the
// criteria and the accounting), then a sheet per section of the CSV: rounds, changes, first against
// last, trend tests, tables, criteria, areas and, with --between, the gap. Shares and their
// intervals are fractions formatted as percentages; a change and its interval are in points (a
// difference of two percentages is not a percentage); counts are numbers.
import type { RenderOptions } from '../options.js';
import type { ShareChange, TrendModel } from '../../summarise/trend/trend-model.js';
import type { StreamedOutput } from '../../domain/output.js';
import { workbook, type XCell, type XSheet } from '../xlsx/write-book.js';
import { frontSheet, numberColumn, textColumn } from '../xlsx/xlsx-kit.js';
import { AREAS_HEADING } from '../report/area-layout.js';
import { AREA_COLUMNS, areaCells } from '../report/report-xlsx.js';
import { FIRST_LAST_HEADING, intervalHead, trendTestLead } from './trend-layout.js';

const PCT = '0.0%';
const POINTS = '+0.0;-0.0;0.0';
const share = (head: string) => numberColumn(head, Math.max(12, head.length + 2), PCT);
const count = (head: string) => numberColumn(head, Math.max(10, head.length + 2));
const points = (head: string) => numberColumn(head, Math.max(12, head.length + 2), POINTS);

/** A change's columns after the rounds and what changed: shares as percentages, the change and its interval in points. */
function changeColumns(m: TrendModel, shareHead: string) {
  const interval = intervalHead(m);
  return [
    share(`${shareHead} from`),
    share(`${shareHead} to`),
    points('Change (points)'),
    points(`${interval}: low (points)`),
    points(`${interval}: high (points)`),
    textColumn('Verdict', 18),
  ];
}

/** Each verdict's level, in words, for the front sheet. */
function adjustmentWords(m: TrendModel): string {
  const a = m.adjustment;
  const level = `${Number((a.level * 100).toFixed(2))}%`;
  if (a.perComparison) return `None (--per-comparison): each of ${a.comparisons} verdicts at 95% on its own`;
  if (a.method === 'bonferroni') return `Bonferroni: each of ${a.comparisons} verdicts at ${level}, all together at 95%`;
  return `None: ${a.comparisons === 1 ? '1 verdict' : `${a.comparisons} verdicts`} at 95%`;
}

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
      columns: [textColumn('From', 24), textColumn('To', 24), textColumn('Area', 40), ...changeColumns(m, 'Share unmet')],
      rows: m.areaChanges!.map((c) => changeRow(c, c.title)),
    },
  ];
}

/** Each round's graded cases and grade shares with their 95% intervals. */
export function roundsSheet(m: TrendModel): XSheet {
  return {
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
  };
}

export function trendXlsx(m: TrendModel, options?: RenderOptions): StreamedOutput {
  const front = frontSheet(
    'Audit rounds compared',
    [
      ['Force', m.force],
      ['Grades of', m.role.label],
      ...(m.between ? [['Gap between', `${m.between[0].label} and ${m.between[1].label}`] as const] : []),
      ['Intervals', m.intervalMeaning],
      ['Adjustment', adjustmentWords(m)],
      ...m.notes.map((n) => ['Note', n] as const),
    ],
    m.totals,
    m.criteriaSet,
    options?.sharing,
  );
  const sheets: XSheet[] = [
    front,
    roundsSheet(m),
    ...(m.changes.length ? [gradeChangeSheet(m, 'Changes', m.changes)] : []),
    ...(m.firstLast.length ? [gradeChangeSheet(m, FIRST_LAST_HEADING, m.firstLast)] : []),
    ...(m.trendTests.length
      ? [
          {
            name: 'Trend tests',
            columns: [
              { ...textColumn('Grade', 22), note: trendTestLead(m) },
              numberColumn('Chi-square', 12, '0.00'),
              numberColumn('p', 10, '0.000'),
              textColumn('Verdict', 18),
              textColumn('Not testable because', 50),
            ],
            rows: m.trendTests.map((t): XCell[] => [m.scale.tableLabel(t.grade), t.statistic, t.p, t.verdict, t.reason]),
          },
        ]
      : []),
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
    ...(m.criteria.length === 0
      ? []
      : [
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
        ]),
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

function gradeChangeSheet(m: TrendModel, name: string, changes: TrendModel['changes']): XSheet {
  return {
    name,
    columns: [textColumn('From', 24), textColumn('To', 24), textColumn('Grade', 22), ...changeColumns(m, 'Share')],
    rows: changes.map((c) => changeRow(c, m.scale.tableLabel(c.grade))),
  };
}

/** In points: a difference of two shares is so many percentage points, not a percentage. */
const inPoints = (x: number | null | undefined) => (x === null || x === undefined ? null : x * 100);

/** A change's row on the change sheets: the rounds, what changed, its figures. */
function changeRow(c: ShareChange, what: string): XCell[] {
  return [
    c.fromLabel,
    c.toLabel,
    what,
    c.shareFrom,
    c.shareTo,
    inPoints(c.difference),
    inPoints(c.differenceInterval?.[0]),
    inPoints(c.differenceInterval?.[1]),
    c.verdict,
  ];
}
