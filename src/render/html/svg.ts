// What every chart shares: its width in SVG units, rounding of positions, and the frame that makes
// it an image with a name and a description for screen readers.
import { html, type Html } from './html-template.js';

export const CHART_WIDTH = 640;

/** Positions to a tenth of a unit: finer is invisible and makes the markup longer. */
export const r1 = (x: number) => Math.round(x * 10) / 10;

export interface ChartText {
  /** Unique in the page: the title and description are referred to by it. */
  id: string;
  title: string;
  desc: string;
}

export function chartSvg(t: ChartText, height: number, body: Html | readonly Html[]): Html {
  return html`<svg class="chart" viewBox="0 0 ${CHART_WIDTH} ${height}" role="img" aria-labelledby="${t.id}-title ${t.id}-desc"><title id="${t.id}-title">${t.title}</title><desc id="${t.id}-desc">${t.desc}</desc>${body}</svg>`;
}
