// Horizontal stacked bars as inline SVG: one bar per row, one segment per series, the count written
// in each segment wide enough to hold it. The arithmetic here is layout only (positions and widths
// from the counts the summary carries); the figures themselves are in the table beside the chart.
import { html, type Html } from './html-template.js';
import { CHART_WIDTH, chartSvg, r1, type ChartText } from './svg.js';

export interface Series {
  key: string;
  label: string;
  colour: string;
  /**
   * The colour of figures written on it, where white would not read (a pale colour). A tspan's own
   * fill: the page's policy allows no style attribute, and the style sheet's white is for the text.
   */
  ink?: string;
}

export interface Bar {
  label: string;
  values: Readonly<Record<string, number>>;
  /** Written after the bar (a figure from the summary, such as "12 cases"). */
  note?: string;
}

export interface StackedBars extends ChartText {
  series: readonly Series[];
  bars: readonly Bar[];
  /** The count a full-width bar stands for; by default the longest bar. Charts that share one compare. */
  scale?: number;
}

const BAR = 30;
const GAP = 12;
const NOTE_ROOM = 80;
/** A bar's label is written above it, so a long name never needs measuring. */
const LABEL = 20;
/** A segment narrower than this gets no figure written in it. */
const MIN_LABELLED = 22;

/** The longest bar of several, so that charts drawn separately can share one scale. */
export function longestBar(bars: readonly Bar[], series: readonly Series[]): number {
  return Math.max(0, ...bars.map((b) => series.reduce((s, k) => s + (b.values[k.key] ?? 0), 0)));
}

function segments(bar: Bar, spec: StackedBars, y: number, unit: number): Html[] {
  let x = 0;
  const out: Html[] = [];
  for (const s of spec.series) {
    const v = bar.values[s.key] ?? 0;
    if (v === 0) continue;
    const w = v * unit;
    const text =
      w >= MIN_LABELLED
        ? html`<text x="${r1(x + w / 2)}" y="${y + BAR / 2}" class="in">${s.ink ? html`<tspan fill="${s.ink}">${v}</tspan>` : v}</text>`
        : '';
    out.push(
      html`<g><title>${bar.label ? `${bar.label}: ` : ''}${s.label} ${v}</title><rect x="${r1(x)}" y="${y}" width="${r1(w)}" height="${BAR}" fill="${s.colour}"/>${text}</g>`,
    );
    x += w;
  }
  return out;
}

export function stackedBars(spec: StackedBars): Html {
  const scale = spec.scale ?? longestBar(spec.bars, spec.series);
  const unit = scale > 0 ? (CHART_WIDTH - NOTE_ROOM) / scale : 0;
  let y = 0;
  const rows = spec.bars.map((bar) => {
    const top = y + (bar.label ? LABEL : 0);
    const label = bar.label ? html`<text x="0" y="${y + LABEL / 2}" class="row">${bar.label}</text>` : '';
    const end = longestBar([bar], spec.series) * unit;
    const note = bar.note ? html`<text x="${r1(end + 6)}" y="${top + BAR / 2}" class="note">${bar.note}</text>` : '';
    y = top + BAR + GAP;
    return html`${label}${segments(bar, spec, top, unit)}${note}`;
  });
  const height = Math.max(0, y - GAP);
  return chartSvg(spec, height, rows);
}

/** The colour key, as HTML beside the chart so it flows with the page's text. */
export function legend(series: readonly Series[]): Html {
  const items = series.map(
    (s) =>
      html`<li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" fill="${s.colour}"/></svg>${s.label}</li>`,
  );
  return html`<ul class="legend">${items}</ul>`;
}

/** "Force assessment: Good 28, Requiring improvement 5, Inadequate 0." for the chart's description. */
export function describeBars(bars: readonly Bar[], series: readonly Series[]): string {
  return bars
    .map((b) => `${b.label ? `${b.label}: ` : ''}${series.map((s) => `${s.label} ${b.values[s.key] ?? 0}`).join(', ')}.`)
    .join(' ');
}
