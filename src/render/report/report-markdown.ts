// `report --format markdown`: section 4 as GitHub-flavoured Markdown for a board paper, with the
// captions as headings.
import { placeText } from '../../domain/diagnostic.js';
import type { Scale } from '../../domain/scale.js';
import { accountingLine } from '../accounting-line.js';
import type { ReportModel } from '../../summarise/report/report-model.js';
import { mdTable, mdText } from '../../text/markdown.js';
import { areaAlign, areaHead, areaRows, AREAS_HEADING, areasLead, REPORT_AREA_CASES } from './area-layout.js';
import { count, firstFew, LIST_MAX, listText, percent } from '../terminal/text-kit.js';
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
  ungradedWhy,
  type GradeTable,
} from './report-layout.js';

function countsTable(head0: string, rows: GradeTable['rows'], scale: Scale): string {
  return mdTable(
    [head0, ...gradeHeads(scale)],
    rows.map((r) => [r.label, ...scale.ids.map((g) => count(r.counts[g]!))]),
    ['left', ...scale.ids.map(() => 'right' as const)],
  );
}

function gradeTable(t: GradeTable, model: ReportModel): string[] {
  if (isEmpty(t)) return [`### Table ${t.table}: ${mdText(t.caption)}`, '', NO_CASES, ''];
  const out = [`### Table ${t.table}: ${mdText(t.caption)}`, '', countsTable(t.head, t.rows, model.scale)];
  const group = t.group;
  if (group) {
    if (group.themes.length === 0) out.push(noThemes(group), '');
    else out.push(THEMES_LEAD, '', ...group.themes.map((th) => `- ${mdText(themeLine(th, percent(th.share)))}`), '');
    const values = byValueRows(model, t.table);
    if (model.breakdown && values.length)
      out.push(mdText(byTableLead(model.breakdown.by)), '', countsTable(model.breakdown.by, values, model.scale));
  }
  return out;
}

const ids = (list: readonly string[]) => listText(list.map(mdText));

/** The first few as bullets, then a count. */
function bullets<T>(items: readonly T[], line: (item: T) => string): string[] {
  const { shown, more } = firstFew(items, LIST_MAX);
  return [...shown.map((item) => `- ${line(item)}`), ...(more ? [`- and ${more} more`] : []), ''];
}

export function reportMarkdown(model: ReportModel): string {
  const [table1, table2, ...byTable] = gradeTables(model) as [GradeTable, GradeTable, ...GradeTable[]];
  const out: string[] = [`## ${mdText(heading(model))}`, '', mdText(model.sentences.summary.join(' ')), ''];
  out.push(...gradeTable(table1, model), ...gradeTable(table2, model));
  const other = otherRolesLine(model);
  if (other) out.push(mdText(other), '');
  out.push('### Cases referred back', '', mdText(model.sentences.referredBack), '');
  if (model.referredBack.length) out.push(`${REFERRED_LEAD} (${model.referredBack.length}): ${ids(model.referredBack)}`, '');
  if (model.referralSuggested.length)
    out.push(`${SUGGESTED_LEAD} (${model.referralSuggested.length}): ${ids(model.referralSuggested)}`, '');
  out.push(`## ${BREAKDOWN_HEADING}`, '');
  if (model.breakdown) {
    const all = model.breakdown.all.map((v) => ({ label: v.value, counts: v.counts }));
    out.push(
      `### ${mdText(byAllHeading(model.breakdown.by))}`,
      '',
      all.length ? countsTable(model.breakdown.by, all, model.scale) : NO_CASES,
      '',
    );
  }
  for (const t of byTable) out.push(...gradeTable(t, model));
  if (model.areas) {
    const partly = model.areasPartly ?? false;
    const head = areaHead(partly);
    out.push(
      `### ${AREAS_HEADING}`,
      '',
      areasLead(REPORT_AREA_CASES, partly),
      '',
      mdTable(head, areaRows(model.areas, partly), areaAlign(1, head.length)),
    );
  }
  out.push(
    `### ${mdText(annexAHeading(model))}`,
    '',
    mdTable(
      [...ANNEX_A_HEAD],
      model.selfAssessedByType.map((t) => [t.title, count(t.n)]),
      ['left', 'right'],
    ),
  );
  if (model.overrides.length) {
    const { shown, more } = firstFew(model.overrides, LIST_MAX);
    const rows = shown.map((o) => [o.caseId, model.scale.tableLabel(o.derived), model.scale.tableLabel(o.recorded)]);
    out.push(
      '### Overrides',
      '',
      `${OVERRIDES_LEAD} (${model.overrides.length}).`,
      '',
      mdTable(['Case', 'Derived grade', 'Recorded grade'], rows),
    );
    if (more) out.push(`And ${more} more.`, '');
  }
  out.push('### Accounting', '', accountingLine(model.totals), '');
  if (model.ungraded.length) {
    out.push(
      `Ungraded, not counted in any table (${model.ungraded.length}):`,
      '',
      ...bullets(model.ungraded, (u) => `${mdText(u.caseId)}: ${ungradedWhy(u.missing)}`),
    );
  }
  if (model.rejected.length) {
    out.push(
      `Rejected rows, not counted (${model.rejected.length}):`,
      '',
      ...bullets(model.rejected, (r) => mdText(`${placeText(r)}: ${r.message}`)),
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
