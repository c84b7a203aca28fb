// `trend --format markdown`: rounds side by side for a board paper.
import { accountingLine } from '../accounting-line.js';
import type { TrendModel } from '../../summarise/trend/trend-model.js';
import { mdTable, mdText } from '../../text/markdown.js';
import { areaAlign, AREAS_HEADING } from '../report/area-layout.js';
import {
  areaChangeHead,
  AREA_CHANGES_HEADING,
  areaChangeRows,
  areaRoundHead,
  areaRoundRows,
  trendAreasLead,
  changeHead,
  changeRows,
  CHANGES_HEADING,
  FIRST_LAST_HEADING,
  CRITERIA_LEAD,
  criteriaHead,
  criteriaRows,
  gapHead,
  gapLead,
  gapRows,
  heading,
  intro,
  roundHead,
  roundRows,
  tableLead,
  tableHead,
  tableRows,
  TREND_TESTS_HEADING,
  trendTestHead,
  trendTestLead,
  trendTestRows,
} from './trend-layout.js';

const right = (n: number, left = 1) => Array.from({ length: n }, (_, i) => (i < left ? 'left' : 'right') as 'left' | 'right');

export function trendMarkdown(m: TrendModel): string {
  const out = [`## ${mdText(heading(m))}`, '', mdText(intro(m)), ''];
  if (m.notes.length) out.push(...m.notes.map((n) => `- ${mdText(n)}`), '');
  if (m.rounds.length) out.push(mdTable(roundHead(m), roundRows(m), right(roundHead(m).length)));
  const changeAlign = [...right(changeHead(m).length - 1, 3), 'left' as const];
  if (m.changes.length)
    out.push(`### ${CHANGES_HEADING}`, '', mdTable(changeHead(m), changeRows(m), changeAlign), mdText(m.intervalMeaning), '');
  if (m.firstLast.length) out.push(`### ${FIRST_LAST_HEADING}`, '', mdTable(changeHead(m), changeRows(m, m.firstLast), changeAlign));
  if (m.trendTests.length)
    out.push(
      `### ${TREND_TESTS_HEADING}`,
      '',
      mdText(trendTestLead(m)),
      '',
      mdTable(trendTestHead(), trendTestRows(m), [...right(trendTestHead().length - 1, 2), 'left']),
    );
  if (m.rounds.length)
    out.push('### By report table', '', tableLead(m), '', mdTable(tableHead(m), tableRows(m), right(m.rounds.length + 1)));
  const criteria = criteriaRows(m);
  if (criteria.length)
    out.push('### Criteria', '', CRITERIA_LEAD, '', mdTable(criteriaHead(m), criteria, [...right(criteriaHead(m).length - 1, 2), 'left']));
  if (m.areas) {
    out.push(
      `### ${AREAS_HEADING}`,
      '',
      mdText(trendAreasLead(m)),
      '',
      mdTable(areaRoundHead(m), areaRoundRows(m), areaAlign(2, areaRoundHead(m).length)),
    );
    if (m.areaChanges!.length)
      out.push(
        `### ${AREA_CHANGES_HEADING}`,
        '',
        mdTable(areaChangeHead(m), areaChangeRows(m.areaChanges!), changeAlign),
        mdText(m.intervalMeaning),
        '',
      );
  }
  if (m.between) out.push('### Between', '', mdText(gapLead(m)), '', mdTable(gapHead(), gapRows(m), right(gapHead().length)));
  out.push(accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}
