// Shares with their intervals as inline SVG: one column per round, one dot per series (grade) at its
// share, a whisker from the interval's low end to its high end, and a thin line joining a series
// from round to round. Layout only: the shares and intervals are the summary's.
import { html, type Html } from './html-template.js';
import type { Series } from './bar-chart.js';
import { CHART_WIDTH, chartSvg, r1, type ChartText } from './svg.js';

interface IntervalPoint {
  /** 0..1 */
  value: number;
  interval: readonly [number, number];
  /** The figures as words, for the tooltip ("33% (19%-51%)"). */
  text: string;
}

export interface IntervalColumn {
  label: string;
  /** Written under the label (a figure from the summary, such as "n = 30"). */
  note?: string;
  /** By series key; null where there is nothing to show (no cases). */
  points: Readonly<Record<string, IntervalPoint | null>>;
}

export interface IntervalChart extends ChartText {
  series: readonly Series[];
  columns: readonly IntervalColumn[];
}

const LEFT = 44;
const RIGHT = 8;
const TOP = 10;
const PLOT = 220;
const BOTTOM = 42;
/** Space between the dots of one round, so that whiskers never overlap. */
const SPREAD = 16;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

const y = (v: number) => r1(TOP + (1 - v) * PLOT);

export function intervalChart(spec: IntervalChart): Html {
  const column = (CHART_WIDTH - LEFT - RIGHT) / Math.max(1, spec.columns.length);
  const x = (col: number, k: number) => r1(LEFT + column * (col + 0.5) + (k - (spec.series.length - 1) / 2) * SPREAD);
  const grid = TICKS.map(
    (t) =>
      html`<line x1="${LEFT}" x2="${CHART_WIDTH - RIGHT}" y1="${y(t)}" y2="${y(t)}" class="grid"/><text x="${LEFT - 6}" y="${y(t)}" class="tick">${`${t * 100}%`}</text>`,
  );
  const labels = spec.columns.map(
    (c, i) =>
      html`<text x="${x(i, (spec.series.length - 1) / 2)}" y="${TOP + PLOT + 16}" class="col">${c.label}</text>${c.note ? html`<text x="${x(i, (spec.series.length - 1) / 2)}" y="${TOP + PLOT + 32}" class="col note">${c.note}</text>` : ''}`,
  );
  const marks = spec.series.map((s, k) => {
    // A pale colour (one with its own ink) would not show as a thin line on white: its lines are
    // drawn in its ink and its dot outlined, the dot's fill still telling the grades apart.
    const line = s.ink ?? s.colour;
    const outline = s.ink ? html` stroke="${s.ink}"` : '';
    const joins = spec.columns.slice(1).map((c, i) => {
      const from = spec.columns[i]!.points[s.key];
      const to = c.points[s.key];
      return from && to
        ? html`<line x1="${x(i, k)}" x2="${x(i + 1, k)}" y1="${y(from.value)}" y2="${y(to.value)}" stroke="${line}" class="join"/>`
        : '';
    });
    const dots = spec.columns.map((c, i) => {
      const p = c.points[s.key];
      if (!p) return '';
      const cx = x(i, k);
      const [lo, hi] = p.interval;
      return html`<g><title>${c.label}: ${s.label} ${p.text}</title><line x1="${cx}" x2="${cx}" y1="${y(hi)}" y2="${y(lo)}" stroke="${line}" class="whisker"/><line x1="${r1(cx - 4)}" x2="${r1(cx + 4)}" y1="${y(hi)}" y2="${y(hi)}" stroke="${line}" class="whisker"/><line x1="${r1(cx - 4)}" x2="${r1(cx + 4)}" y1="${y(lo)}" y2="${y(lo)}" stroke="${line}" class="whisker"/><circle cx="${cx}" cy="${y(p.value)}" r="4.5" fill="${s.colour}"${outline}/></g>`;
    });
    return html`${joins}${dots}`;
  });
  return chartSvg(spec, TOP + PLOT + BOTTOM, [...grid, ...labels, ...marks]);
}
