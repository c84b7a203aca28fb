// `report --format csv`: every section of the table output, one block per section, blocks
// separated by a blank line, each with its own header whose first column is `section`. The first
// block is tidy long form, one row per count (section,table,caption,row,grade,count), so a pivot
// table can rebuild any of the report's tables; counts without a grade leave `grade` blank.
import type { Scale } from '../../domain/scale.js';
import type { Breakdown, ReportModel } from '../../summarise/report/report-model.js';
import { BOM, csvLine, type Cell } from '../../text/csv.js';
import { gradeTables } from './report-layout.js';
import type { AreaEvidence } from '../../summarise/report/areas.js';

const REPORT_CSV_HEADER = ['section', 'table', 'caption', 'row', 'grade', 'count'];

function countsBlock(model: ReportModel): Cell[][] {
  const rows: Cell[][] = [];
  for (const t of gradeTables(model)) {
    for (const r of t.rows) for (const g of model.scale.ids) rows.push([t.section, t.table, t.caption, r.label, g, r.counts[g]]);
  }
  const counts: Array<[string, string, number]> = [
    ['totals', 'read', model.totals.read],
    ['totals', 'graded', model.totals.graded],
    ['totals', 'ungraded', model.totals.ungraded],
    ['totals', 'rejected', model.totals.rejected],
    ...(model.totals.assessments === undefined ? [] : [['totals', 'assessments', model.totals.assessments] as [string, string, number]]),
    ['referrals', 'referred_back', model.referredBack.length],
    ['referrals', 'referral_suggested', model.referralSuggested.length],
    ['overrides', 'overrides', model.overrides.length],
  ];
  for (const r of model.otherRoles?.roles ?? []) counts.push(['other_roles', r.role, r.cases]);
  for (const [section, row, count] of counts) rows.push([section, null, null, row, null, count]);
  return rows;
}

/** The blocks after the counts: [header, rows] each, in the order the table output prints them. */
function blocks(model: ReportModel): Array<[string[], Cell[][]]> {
  return [
    [
      ['section', 'text'],
      [...model.sentences.summary.map((s) => ['summary', s]), ['referred_back_text', model.sentences.referredBack]],
    ],
    [
      ['section', 'case_id'],
      [...model.referredBack.map((id) => ['referred_back', id]), ...model.referralSuggested.map((id) => ['referral_suggested', id])],
    ],
    [
      ['section', 'table', 'criterion', 'text', 'unmet', 'applied', 'share'],
      model.byTable.flatMap((t) => t.themes.map((th) => ['themes', t.table, th.criterion, th.text, th.unmet, th.applied, th.share])),
    ],
    [['section', 'type', 'title', 'count'], model.selfAssessedByType.map((t) => ['self_assessed_by_type', t.type, t.title, t.n])],
    [['section', 'case_id', 'derived_grade', 'recorded_grade'], model.overrides.map((o) => ['overrides', o.caseId, o.derived, o.recorded])],
    [['section', 'case_id', 'missing'], model.ungraded.map((u) => ['ungraded', u.caseId, u.missing.join(' ')])],
    [['section', 'file', 'line', 'message'], model.rejected.map((r) => ['rejected', r.file, r.line, r.message])],
    ...(model.breakdown ? [breakdownBlock(model.breakdown, model.scale)] : []),
    ...(model.areas ? [areasBlock(model.areas)] : []),
  ];
}

/** `--by`: one row per value, table (blank for all tables) and grade. */
function breakdownBlock(b: Breakdown, scale: Scale): [string[], Cell[][]] {
  const rows: Cell[][] = [];
  const add = (table: number | null, values: Breakdown['all']) => {
    for (const v of values) for (const g of scale.ids) rows.push(['breakdown', b.by, table, v.value, g, v.counts[g]]);
  };
  add(null, b.all);
  for (const t of b.tables) add(t.table, t.values);
  return [['section', 'by', 'table', 'value', 'grade', 'count'], rows];
}

/** Programme areas only: one row per area, its criteria space-separated as `ungraded` lists them. */
function areasBlock(areas: readonly AreaEvidence[]): [string[], Cell[][]] {
  return [
    ['section', 'area', 'title', 'criteria', 'applied', 'unmet', 'partly', 'share', 'interval_low', 'interval_high', 'serious_cases'],
    areas.map((a) => [
      'areas',
      a.area,
      a.title,
      a.criteria.join(' '),
      a.applied,
      a.unmet,
      a.partly,
      a.share,
      a.interval?.[0],
      a.interval?.[1],
      a.seriousCases,
    ]),
  ];
}

export function reportCsv(model: ReportModel): string {
  let out = BOM + csvLine(REPORT_CSV_HEADER);
  for (const row of countsBlock(model)) out += csvLine(row);
  for (const [header, rows] of blocks(model)) {
    out += `\r\n${csvLine(header)}`;
    for (const row of rows) out += csvLine(row);
  }
  return out;
}
