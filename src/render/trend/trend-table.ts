// `trend --format table`: rounds side by side for a terminal, with a text bar per round so the eye
// sees the shape, then the changes, the report tables, the criteria and the --between gap.
import { escapeText } from '../../text/escape.js';
import { accountingLine } from '../accounting-line.js';
import type { TrendModel } from '../../summarise/trend/trend-model.js';
import type { RenderOptions } from '../options.js';
import { bullet, wrapText } from '../terminal/text-kit.js';
import { textTable } from '../terminal/text-table.js';
import { areaAlign, AREAS_HEADING } from '../report/area-layout.js';
import {
  AREA_CHANGES_HEADING,
  areaChangePairs,
  areaPairHead,
  areaRoundHead,
  areaRoundRows,
  trendAreasLead,
  barLegend,
  barRuns,
  changePairs,
  CHANGES_HEADING,
  CRITERIA_LEAD,
  criteriaHead,
  criteriaRows,
  gapHead,
  gapLead,
  gapRows,
  heading,
  intro,
  FIRST_LAST_HEADING,
  pairHead,
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

const esc = (rows: string[][]) => rows.map((r) => r.map(escapeText));

const right = (n: number, left = 1) => Array.from({ length: n }, (_, i) => (i < left ? 'left' : 'right') as 'left' | 'right');

/** Programme areas only: each area round by round, then its changes. */
function areasTables(m: TrendModel, paint: RenderOptions['paint'], width: number): string[] {
  // Each area's name once, on its first round's row.
  const rows = areaRoundRows(m).map((r, i) => (i % m.rounds.length === 0 ? r : ['', ...r.slice(1)]));
  const out = [
    paint.bold(AREAS_HEADING),
    wrapText(escapeText(trendAreasLead(m)), width),
    textTable({
      head: areaRoundHead(m),
      rows: esc(rows),
      wrap: [0, 1],
      align: areaAlign(2, areaRoundHead(m).length),
      width,
      compact: true,
    }),
    '',
  ];
  const changes = m.areaChanges!;
  if (changes.length === 0) return out;
  out.push(paint.bold(AREA_CHANGES_HEADING));
  out.push(...pairTables(areaChangePairs(changes), areaPairHead(m), width));
  return [...out, wrapText(m.intervalMeaning, width), ''];
}

/** Changes between two rounds, a compact table per pair under its heading (grades and areas alike). */
function pairTables(pairs: ReadonlyArray<{ heading: string; rows: string[][] }>, head: string[], width: number): string[] {
  return pairs.flatMap((pair) => [
    wrapText(escapeText(pair.heading), width),
    textTable({ head, rows: esc(pair.rows), wrap: [0], align: [...right(head.length - 1, 1), 'left'], width, compact: true }),
  ]);
}

export function trendTable(m: TrendModel, { paint, width = 80 }: RenderOptions): string {
  const out = [paint.bold(wrapText(escapeText(heading(m)), width)), '', wrapText(escapeText(intro(m)), width), ''];
  for (const note of m.notes) out.push(paint.warn(bullet(escapeText(note), width)));
  if (m.notes.length) out.push('');
  if (m.rounds.length) {
    out.push(
      textTable({
        head: roundHead(m),
        rows: esc(roundRows(m)),
        wrap: [0, ...m.scale.ids.map((_, i) => i + 2)],
        align: right(roundHead(m).length),
        width,
      }),
      '',
    );
    const pad = Math.max(...m.rounds.map((r) => escapeText(r.label).length));
    out.push(wrapText(`Shape (${barLegend(m)}):`, width));
    for (const r of m.rounds) {
      const bar =
        r.caution === 'none'
          ? paint.dim('(no graded cases)')
          : barRuns(r, m)
              .map((run) => paint.grade(run, run.text))
              .join('');
      out.push(`  ${escapeText(r.label).padEnd(pad)}  ${bar}`);
    }
    out.push('');
  }
  if (m.changes.length) {
    out.push(paint.bold(CHANGES_HEADING));
    out.push(...pairTables(changePairs(m), pairHead(m), width));
    out.push(wrapText(m.intervalMeaning, width), '');
  }
  if (m.firstLast.length) {
    out.push(paint.bold(FIRST_LAST_HEADING));
    out.push(...pairTables(changePairs(m, m.firstLast), pairHead(m), width), '');
  }
  if (m.trendTests.length) {
    const head = trendTestHead();
    out.push(
      paint.bold(TREND_TESTS_HEADING),
      wrapText(trendTestLead(m), width),
      textTable({ head, rows: esc(trendTestRows(m)), wrap: [0, 1], align: [...right(head.length - 1, 2), 'left'], width, compact: true }),
      '',
    );
  }
  if (m.rounds.length) {
    const head = tableHead(m).map(escapeText);
    out.push(
      paint.bold('By report table'),
      wrapText(tableLead(m), width),
      textTable({ head, rows: esc(tableRows(m)), wrap: head.map((_, i) => i), align: right(head.length), width, compact: true }),
      '',
    );
  }
  const criteria = criteriaRows(m);
  if (criteria.length) {
    const head = criteriaHead(m).map(escapeText);
    out.push(
      paint.bold('Criteria'),
      wrapText(CRITERIA_LEAD, width),
      textTable({
        head,
        rows: esc(criteria),
        wrap: head.map((_, i) => i),
        align: [...right(head.length - 1, 2), 'left'],
        width,
        compact: true,
      }),
      '',
    );
  }
  if (m.areas) out.push(...areasTables(m, paint, width));
  if (m.between) {
    const head = gapHead().map(escapeText);
    out.push(
      paint.bold('Between'),
      wrapText(escapeText(gapLead(m)), width),
      textTable({ head, rows: esc(gapRows(m)), wrap: [0, 2], align: right(head.length), width }),
      '',
    );
  }
  out.push(accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}
