// A published document (summarise/suppress/published.ts) as terminal tables, Markdown, CSV and
// JSON. A small count prints as <N, a count hidden to protect one as [x], a figure not shown as a
// blank; JSON has `{ "suppressed": true }` for both kinds of hidden count. The rule is said at the top
// and under every table.
import { sharingJson, suppressionRule } from '../../domain/sharing.js';
import type { Figure, Published, PublishedTable } from '../../summarise/suppress/published.js';
import { percentText, signed } from '../../statistics/rounding.js';
import { BOM, csvLine, type Cell } from '../../text/csv.js';
import { escapeText } from '../../text/escape.js';
import { mdTable, mdText } from '../../text/markdown.js';
import type { RenderOptions } from '../options.js';
import { textTable } from '../terminal/text-table.js';
import { wrapText } from '../terminal/text-kit.js';

const stat = (x: number) => {
  const r = Math.round(x * 100) / 100;
  return (Object.is(r, -0) ? 0 : r).toFixed(2);
};

/** A figure as text; `count` writes a shown count (thousands separated for people). */
export function figureText(f: Figure, below: number, count: (n: number) => string = String): string {
  if (f === null) return '';
  if (typeof f === 'string') return f;
  if (typeof f === 'number') return count(f);
  if ('suppressed' in f) return f.small ? `<${below}` : '[x]';
  if ('share' in f) return f.share === null ? '' : percentText(f.share);
  if ('stat' in f) return f.stat === null ? '' : stat(f.stat);
  if (f.range === null) return '';
  const [lo, hi] = f.range;
  if (f.as === 'percent') return `${percentText(lo)} to ${percentText(hi)}`;
  if (f.as === 'points') return `${signed(lo * 100)} to ${signed(hi * 100)}`;
  return `${stat(lo)} to ${stat(hi)}`;
}

/** Is the column a column of figures (right-aligned)? Every one but the row labels'. */
const alignOf = (t: PublishedTable) => t.head.map((_, i) => (i === 0 ? ('left' as const) : ('right' as const)));

/** The JSON value: a hidden count, small or not, is `{ "suppressed": true }`. */
export function publishedJson(doc: Published, options?: RenderOptions): string {
  const value = {
    ...doc.json,
    ...sharingJson({ ...options?.sharing, suppression: { below: doc.below } }),
    suppressionRule: suppressionRule(doc.below),
  };
  // A hidden count (a `Count` with its `small`), not a record marked suppressed (a change not printed).
  const hide = (_key: string, v: unknown) =>
    v !== null && typeof v === 'object' && (v as { suppressed?: unknown }).suppressed === true && 'small' in v ? { suppressed: true } : v;
  return `${JSON.stringify(value, hide, 2)}\n`;
}

export function publishedMarkdown(doc: Published, options?: RenderOptions): string {
  const rule = mdText(suppressionRule(doc.below));
  const out = [`# ${mdText(doc.title)}\n`];
  if (options?.sharing?.pseudonymKey) out.push(`Pseudonym key fingerprint: ${options.sharing.pseudonymKey}\n`);
  out.push(`${rule}\n`, ...doc.lines.map((l) => `${mdText(l)}\n`));
  for (const s of doc.sections) {
    out.push(`## ${mdText(s.heading)}\n`, ...(s.lines ?? []).map((l) => `${mdText(l)}\n`));
    for (const t of s.tables)
      out.push(
        ...(t.title ? [`### ${mdText(t.title)}\n`] : []),
        `${mdTable(
          t.head,
          t.rows.map((r) => r.map((f) => figureText(f, doc.below))),
          alignOf(t),
        )}\n${rule}\n`,
      );
  }
  return out.join('\n');
}

export function publishedTable(doc: Published, options: RenderOptions): string {
  const width = options.width ?? 80;
  const { paint } = options;
  const rule = wrapText(suppressionRule(doc.below), width);
  const count = (n: number) => n.toLocaleString('en-GB');
  const out = [paint.bold(wrapText(escapeText(doc.title), width))];
  if (options.sharing?.pseudonymKey) out.push(`Pseudonym key fingerprint: ${options.sharing.pseudonymKey}`);
  out.push(rule, ...doc.lines.map((l) => wrapText(escapeText(l), width)), '');
  for (const s of doc.sections) {
    out.push(paint.bold(wrapText(escapeText(s.heading), width)), ...(s.lines ?? []).map((l) => wrapText(escapeText(l), width)));
    for (const t of s.tables) {
      if (t.title) out.push(wrapText(escapeText(t.title), width));
      out.push(
        textTable({
          head: t.head.map(escapeText),
          rows: t.rows.map((r) => r.map((f) => escapeText(figureText(f, doc.below, count)))),
          wrap: t.head.map((_, i) => i),
          align: alignOf(t),
          width,
        }),
        rule,
        '',
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** One line a figure: section, table, row label, column, value; the rule last. */
export function publishedCsv(doc: Published): string {
  const rows: Cell[][] = [['section', 'table', 'row', 'column', 'value']];
  for (const s of doc.sections)
    for (const t of s.tables)
      for (const r of t.rows)
        r.slice(1).forEach((f, i) =>
          rows.push([s.heading, t.title, figureText(r[0]!, doc.below), t.head[i + 1]!, figureText(f, doc.below)]),
        );
  rows.push(['rule', null, suppressionRule(doc.below), null, null]);
  return BOM + rows.map(csvLine).join('');
}
