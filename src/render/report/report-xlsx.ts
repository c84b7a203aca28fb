// `report --format xlsx`: a front sheet (who, what, the accounting), one sheet per table of the
// report, Annex A, then themes, referrals, overrides, ungraded and rejected cases, and with --by
// the breakdown. Counts are numbers. The case lists (a million referrals) are made into rows one
// at a time, as the sheet is written.
import type { RenderOptions } from '../options.js';
import { columnLetters } from '../../domain/diagnostic.js';
import type { Scale } from '../../domain/scale.js';
import type { Breakdown, ReportModel } from '../../summarise/report/report-model.js';
import type { StreamedOutput } from '../../domain/output.js';
import { workbook, type XCell, type XSheet } from '../xlsx/write-book.js';
import { eachRow, frontSheet, gradeCountSheet, numberColumn, textColumn } from '../xlsx/xlsx-kit.js';
import { AREAS_HEADING } from './area-layout.js';
import type { AreaEvidence } from '../../summarise/report/areas.js';
import { ANNEX_A_HEAD, annexAHeading, gradeHeads, gradeTables, heading } from './report-layout.js';

export function reportXlsx(model: ReportModel, options?: RenderOptions): StreamedOutput {
  const tables = gradeTables(model);
  const front = frontSheet(
    heading(model),
    [
      ['Force', model.force],
      ['Inspectorate', model.inspectorate],
      ['Summary', model.sentences.summary.join(' ')],
      ...tables.map((t) => [`Table ${t.table}`, t.caption] as const),
    ],
    model.totals,
    model.criteria,
    options?.sharing,
  );
  const sheets: XSheet[] = [
    front,
    ...tables.map((t) => gradeCountSheet(model.scale, `Table ${t.table}`, t.head || 'Assessment', t.rows, t.caption)),
  ];
  const [typeHead, countHead] = ANNEX_A_HEAD;
  sheets.push({
    name: 'Annex A',
    columns: [{ ...textColumn(typeHead, 40), note: annexAHeading(model) }, numberColumn(countHead, 16)],
    rows: model.selfAssessedByType.map((t) => [t.title, t.n]),
  });
  sheets.push({
    name: 'Themes',
    columns: [
      numberColumn('Table', 8),
      textColumn('Criterion', 11),
      textColumn('Criterion text', 70),
      numberColumn('Unmet', 8),
      numberColumn('Applied', 9),
      numberColumn('Share unmet', 12, '0%'),
    ],
    rows: model.byTable.flatMap((t) => t.themes.map((th): XCell[] => [t.table, th.criterion, th.text, th.unmet, th.applied, th.share])),
  });
  sheets.push({
    name: 'Referrals',
    columns: [textColumn('Case id'), textColumn('Referral', 60)],
    rows: (function* () {
      for (const id of model.referredBack) yield [id, 'referred back'];
      for (const id of model.referralSuggested) yield [id, 'suggested by the criteria, not recorded as referred back'];
    })(),
  });
  sheets.push({
    name: 'Overrides',
    columns: [textColumn('Case id'), textColumn('Derived grade', 22), textColumn('Recorded grade', 22)],
    rows: eachRow(model.overrides, (o) => [o.caseId, model.scale.tableLabel(o.derived), model.scale.tableLabel(o.recorded)]),
  });
  sheets.push({
    name: 'Ungraded',
    columns: [textColumn('Case id'), textColumn('Missing criteria', 60)],
    rows: eachRow(model.ungraded, (u) => [u.caseId, u.missing.join(' ')]),
  });
  sheets.push({
    name: 'Rejected',
    columns: [
      textColumn('File', 30),
      textColumn('Sheet'),
      numberColumn('Line or row', 12),
      textColumn('Column', 8),
      textColumn('Problem', 90),
    ],
    rows: eachRow(model.rejected, (r) => [
      r.file,
      r.sheet ?? null,
      r.line,
      r.col === undefined ? null : r.sheet === undefined ? String(r.col) : columnLetters(r.col),
      r.message,
    ]),
  });
  if (model.breakdown) sheets.push(breakdownSheet(model.breakdown, model.scale));
  if (model.areas) sheets.push({ name: AREAS_HEADING, columns: AREA_COLUMNS, rows: model.areas.map(areaCells) });
  return workbook(sheets);
}

/** Programme areas only: an area's columns and its row (`trend` puts a round before them). */
export const AREA_COLUMNS = [
  textColumn('Area', 40),
  textColumn('Criteria', 30),
  numberColumn('Applied', 10),
  numberColumn('Unmet', 10),
  numberColumn('Partly met', 12),
  numberColumn('Share unmet', 12, '0.0%'),
  numberColumn('95% low', 10, '0.0%'),
  numberColumn('95% high', 10, '0.0%'),
  numberColumn('Cases with a serious criterion unmet', 20),
];

export const areaCells = (a: AreaEvidence): XCell[] => [
  a.title,
  a.criteria.join(', '),
  a.applied,
  a.unmet,
  a.partly,
  a.share,
  a.interval?.[0] ?? null,
  a.interval?.[1] ?? null,
  a.seriousCases,
];

/** `--by`: grade counts per value, over all tables (table blank) and per table. */
function breakdownSheet(b: Breakdown, scale: Scale): XSheet {
  const rows: XCell[][] = [];
  const add = (table: number | null, values: Breakdown['all']) => {
    for (const v of values) rows.push([table, v.value, ...scale.ids.map((g) => v.counts[g]!), v.graded]);
  };
  add(null, b.all);
  for (const t of b.tables) add(t.table, t.values);
  return {
    name: `By ${b.by}`,
    columns: [
      numberColumn('Table', 8),
      textColumn(b.by, 24),
      ...gradeHeads(scale).map((g) => numberColumn(g, Math.max(12, g.length + 2))),
      numberColumn('Total'),
    ],
    rows,
  };
}
