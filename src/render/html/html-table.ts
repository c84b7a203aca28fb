// A data table as a board paper needs it: a caption, column headers and row headers scoped so a
// screen reader can say which figure belongs to which row and column.
import { html, trusted, type Html, type Value } from './html-template.js';

export interface DataTable {
  caption: Value;
  /** The first is the row headers' column ("" for none, as the report prints Tables 1 and 2). */
  head: readonly string[];
  /** Each row: its header, then its cells. */
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Per column, as in mdTable: figures go right (the default for every column but the row headers'). */
  align?: ReadonlyArray<'left' | 'right'>;
}

const NUM = trusted(' class="num"');

export function dataTable(t: DataTable): Html {
  const [corner, ...cols] = t.head;
  // Column i + 1: the row headers' column is always left.
  const num = (i: number) => ((t.align?.[i + 1] ?? 'right') === 'right' ? NUM : '');
  const head = html`<tr>${corner ? html`<th scope="col">${corner}</th>` : html`<td></td>`}${cols.map((c, i) => html`<th scope="col"${num(i)}>${c}</th>`)}</tr>`;
  const rows = t.rows.map(
    ([label = '', ...cells]) => html`<tr><th scope="row">${label}</th>${cells.map((c, i) => html`<td${num(i)}>${c}</td>`)}</tr>`,
  );
  return html`<table><caption>${t.caption}</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}
