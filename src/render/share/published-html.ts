// A published document (summarise/suppress/published.ts) as one self-contained page: the rule on
// the front (page.ts says what was done for sharing first), each table with its caption and the
// rule under it. No charts: a bar drawn to scale would show the size of a hidden count.
import type { Published } from '../../summarise/suppress/published.js';
import { suppressionRule } from '../../domain/sharing.js';
import { dataTable } from '../html/html-table.js';
import { html } from '../html/html-template.js';
import { page } from '../html/page.js';
import type { RenderOptions } from '../options.js';
import { figureText } from './published-text.js';

export function publishedHtml(doc: Published, options?: RenderOptions): string {
  const rule = suppressionRule(doc.below);
  const count = (n: number) => n.toLocaleString('en-GB');
  const body = html`<h1>${doc.title}</h1>
${doc.lines.map((l) => html`<p>${l}</p>`)}${doc.sections.map(
    (s) => html`<h2>${s.heading}</h2>
${(s.lines ?? []).map((l) => html`<p>${l}</p>`)}${s.tables.map(
      (t) =>
        html`${dataTable({
          caption: t.title,
          head: t.head,
          rows: t.rows.map((r) => r.map((f) => figureText(f, doc.below, count))),
        })}
<p class="note">${rule}</p>
`,
    )}`,
  )}`;
  return page(doc.title, body, { ...options?.sharing, suppression: { below: doc.below } });
}
