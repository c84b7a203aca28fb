// `trend --format markdown`: rounds side by side for a board paper.
import { accountingLine } from '../accounting-line.js';
import type { TrendModel } from '../../summarise/trend/trend-model.js';
import { mdTable, mdText } from '../../text/markdown.js';
import { areaAlign, AREAS_HEADING } from '../report/area-layout.js';
import {
  AREA_CHANGE_HEAD,
  AREA_CHANGES_HEADING,
  areaChangeRows,
  areaRoundHead,
  areaRoundRows,
  trendAreasLead,
  CHANGE_HEAD,
  changeRows,
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
} from './trend-layout.js';

const right = (n: number, left = 1) => Array.from({ length: n }, (_, i) => (i < left ? 'left' : 'right') as 'left' | 'right');

export function trendMarkdown(m: TrendModel): string {
  const out = [`## ${mdText(heading(m))}`, '', mdText(intro(m)), ''];
  if (m.notes.length) out.push(...m.notes.map((n) => `- ${mdText(n)}`), '');
  if (m.rounds.length) out.push(mdTable(roundHead(m), roundRows(m), right(roundHead(m).length)));
  if (m.changes.length)
    out.push(
      '### Changes from the round before',
      '',
      mdTable(CHANGE_HEAD, changeRows(m), [...right(CHANGE_HEAD.length - 1, 3), 'left']),
      mdText(m.intervalMeaning),
      '',
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
        mdTable(AREA_CHANGE_HEAD, areaChangeRows(m.areaChanges!), [...right(AREA_CHANGE_HEAD.length - 1, 3), 'left']),
        mdText(m.intervalMeaning),
        '',
      );
  }
  if (m.between) out.push('### Between', '', mdText(gapLead(m)), '', mdTable(gapHead(), gapRows(m), right(gapHead().length)));
  out.push(accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}
