// A data table as a board paper needs it: a caption, column headers and row headers scoped so a
// screen reader can say which figure belongs to which row and column.
import { html, trusted, type Html, type Value } from './html.js';

export interface DataTable {
  caption: Value;
  /** The first is the row headers' column ("" for none, as the report prints Tables 1 and 2). */
  head: readonly string[];
  /** Each row: its header, then its cells. */
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Cells are figures (right-aligned, as are their headers); false for words. Default true. */
  figures?: boolean;
}

export function dataTable(t: DataTable): Html {
  const [corner, ...cols] = t.head;
  const num = t.figures === false ? '' : trusted(' class="num"');
  const head = html`<tr>${corner ? html`<th scope="col">${corner}</th>` : html`<td></td>`}${cols.map((c) => html`<th scope="col"${num}>${c}</th>`)}</tr>`;
  const rows = t.rows.map(([label = '', ...cells]) => html`<tr><th scope="row">${label}</th>${cells.map((c) => html`<td${num}>${c}</td>`)}</tr>`);
  return html`<table><caption>${t.caption}</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}
