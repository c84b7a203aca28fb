// `report --format table`: the report's section 4 for a terminal, fitted to the width.
import { placeText } from '../../domain/diagnostic.js';
import type { Scale } from '../../domain/scale.js';
import { escapeText } from '../../text/escape.js';
import { accountingLine } from '../accounting-line.js';
import type { ReportModel } from '../../summarise/report/report-model.js';
import type { RenderOptions } from '../options.js';
import type { Paint } from '../terminal/paint.js';
import { bullet, count, firstFew, LIST_MAX, listText, percent, wrapText } from '../terminal/text-kit.js';
import { textTable } from '../terminal/text-table.js';
import { areaAlign, areaHead, areaRows, AREAS_HEADING, areasLead, REPORT_AREA_CASES } from './area-layout.js';
import type { AreaEvidence } from '../../summarise/report/areas.js';
import {
  ANNEX_A_HEAD,
  annexAHeading,
  BREAKDOWN_HEADING,
  byAllHeading,
  byTableLead,
  byValueRows,
  gradeHeads,
  isEmpty,
  NO_CASES,
  gradeTables,
  heading,
  noThemes,
  otherRolesLine,
  OVERRIDES_LEAD,
  REFERRED_LEAD,
  SUGGESTED_LEAD,
  themeLine,
  THEMES_LEAD,
  type GradeTable,
  ungradedWhy,
} from './report-layout.js';

function countsGrid(head0: string, rows: GradeTable['rows'], scale: Scale, paint: Paint, width: number): string {
  const heads = gradeHeads(scale);
  const head = [escapeText(head0), ...heads.map((text, index) => paint.grade({ index, of: scale.size }, text))];
  const cells = rows.map((r) => [escapeText(r.label), ...scale.ids.map((g) => count(r.counts[g]!))]);
  // The label may wrap, and a grade head of several words ("Requiring improvement").
  const wrap = [0, ...heads.flatMap((h, i) => (h.includes(' ') ? [i + 1] : []))];
  return textTable({ head, rows: cells, wrap, align: ['left', ...heads.map(() => 'right' as const)], width });
}

function gradeTable(t: GradeTable, paint: Paint, width: number, model: ReportModel): string[] {
  const title = paint.bold(wrapText(escapeText(`Table ${t.table}: ${t.caption}`), width));
  if (isEmpty(t)) return [title, NO_CASES, ''];
  const out = [title, countsGrid(t.head, t.rows, model.scale, paint, width)];
  const group = t.group;
  if (group) {
    if (group.themes.length === 0) out.push(noThemes(group));
    else out.push(THEMES_LEAD, ...group.themes.map((th) => bullet(escapeText(themeLine(th, percent(th.share))), width)));
    const values = byValueRows(model, t.table);
    if (model.breakdown && values.length)
      out.push(escapeText(byTableLead(model.breakdown.by)), countsGrid(model.breakdown.by, values, model.scale, paint, width));
  }
  return [...out, ''];
}

/** "Lead (n): a, b, c and 4 more", wrapped; nothing when the list is empty. */
function idList(lead: string, ids: readonly string[], width: number): string[] {
  if (ids.length === 0) return [];
  return [wrapText(`${lead} (${ids.length}): ${listText(ids.map(escapeText))}`, width)];
}

/** A titled list, first few entries then a count. */
function block<T>(title: string, items: readonly T[], line: (item: T) => string, width: number, style = (s: string) => s): string[] {
  if (items.length === 0) return [];
  const { shown, more } = firstFew(items, LIST_MAX);
  return [
    style(wrapText(title, width)),
    ...shown.map((item) => wrapText(line(item), width, '  ')),
    ...(more ? [`  and ${more} more`] : []),
    '',
  ];
}

/** Programme areas only: the evidence per area, after the case-type tables. */
function areasTable(areas: readonly AreaEvidence[], partly: boolean, paint: Paint, width: number): string[] {
  const rows = areaRows(areas, partly).map((r) => r.map(escapeText));
  const head = areaHead(partly);
  return [
    paint.bold(wrapText(AREAS_HEADING, width)),
    wrapText(areasLead(REPORT_AREA_CASES, partly), width),
    textTable({ head, rows, wrap: [0], align: areaAlign(1, head.length), width }),
    '',
  ];
}

export function reportTable(model: ReportModel, { paint, width = 80 }: RenderOptions): string {
  const [table1, table2, ...byTable] = gradeTables(model) as [GradeTable, GradeTable, ...GradeTable[]];
  const out: string[] = [
    paint.bold(wrapText(escapeText(heading(model)), width)),
    '',
    wrapText(escapeText(model.sentences.summary.join(' ')), width),
    '',
  ];
  out.push(...gradeTable(table1, paint, width, model), ...gradeTable(table2, paint, width, model));
  const other = otherRolesLine(model);
  if (other) out.push(wrapText(escapeText(other), width), '');
  out.push(wrapText(escapeText(model.sentences.referredBack), width));
  out.push(...idList(REFERRED_LEAD, model.referredBack, width), ...idList(SUGGESTED_LEAD, model.referralSuggested, width), '');
  out.push(paint.bold(wrapText(BREAKDOWN_HEADING, width)), '');
  if (model.breakdown) {
    const all = model.breakdown.all.map((v) => ({ label: v.value, counts: v.counts }));
    out.push(
      paint.bold(wrapText(escapeText(byAllHeading(model.breakdown.by)), width)),
      all.length ? countsGrid(model.breakdown.by, all, model.scale, paint, width) : NO_CASES,
      '',
    );
  }
  for (const t of byTable) out.push(...gradeTable(t, paint, width, model));
  if (model.areas) out.push(...areasTable(model.areas, model.areasPartly ?? false, paint, width));
  out.push(
    paint.bold(wrapText(escapeText(annexAHeading(model)), width)),
    textTable({
      head: [...ANNEX_A_HEAD],
      rows: model.selfAssessedByType.map((t) => [escapeText(t.title), count(t.n)]),
      wrap: [0],
      align: ['left', 'right'],
      width,
    }),
    '',
  );
  out.push(
    ...block(
      `${OVERRIDES_LEAD} (${model.overrides.length}):`,
      model.overrides,
      (o) => `${escapeText(o.caseId)}: derived ${model.scale.tableLabel(o.derived)}, recorded ${model.scale.tableLabel(o.recorded)}`,
      width,
    ),
    ...block(
      `Ungraded, not counted in any table (${model.ungraded.length}):`,
      model.ungraded,
      (u) => `${escapeText(u.caseId)}: ${ungradedWhy(u.missing)}`,
      width,
      paint.warn,
    ),
    ...block(
      `Rejected rows, not counted (${model.rejected.length}):`,
      model.rejected,
      (r) => escapeText(`${placeText(r)}: ${r.message}`),
      width,
      paint.warn,
    ),
    accountingLine(model.totals),
  );
  return `${out.join('\n')}\n`;
}
