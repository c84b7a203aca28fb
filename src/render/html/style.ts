// The page's one stylesheet: a board paper on screen and on A4. Print keeps the colours, never cuts
// a table or a chart across pages and keeps a heading with what follows it; sections run on rather
// than each starting a page, so no page is left two-thirds blank. Long unbroken text (an id, a
// caption) wraps anywhere rather than widening a table past the page.
export const STYLE = `
@page { size: A4; margin: 15mm 16mm; }
:root { color: #1b1b1b; background: #fff; font: 11pt/1.45 "Liberation Sans", Arial, Helvetica, sans-serif; }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 19pt; margin: 0 0 .8rem; }
h2 { font-size: 14pt; margin: 1.6rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #1b1b1b; }
h1, h2, p.title, p.lead { break-after: avoid; }
th, td, caption, p, li, h1, h2 { overflow-wrap: anywhere; }
.block { break-inside: avoid; margin: 1.2rem 0 1.6rem; }
table { border-collapse: collapse; width: 100%; break-inside: avoid; }
tr { break-inside: avoid; }
/* A long table (15 rows or more) may break between rows, its head repeated: kept whole it would leave
   the page before it mostly blank. */
.block:has(tbody tr:nth-child(15)), table:has(tbody tr:nth-child(15)) { break-inside: auto; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 .35rem; }
th, td { border: 1px solid #8a8a8a; padding: .25rem .5rem; vertical-align: top; }
thead th { background: #ececec; text-align: left; }
th[scope="row"] { text-align: left; font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.num { white-space: normal; }
svg.chart { display: block; width: 100%; height: auto; margin-top: .6rem; }
.chart text { font-size: 13px; dominant-baseline: central; fill: #1b1b1b; }
.chart text.in { fill: #fff; font-weight: bold; text-anchor: middle; }
.chart text.tick { text-anchor: end; font-size: 11px; fill: #4a4a4a; }
.chart text.col { text-anchor: middle; }
.chart line.grid { stroke: #d4d4d4; stroke-width: 1; }
.chart line.whisker { stroke-width: 2; }
.chart line.join { stroke-width: 1.5; stroke-dasharray: 4 3; opacity: .6; }
ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; margin: .4rem 0 0; padding: 0; font-size: 9.5pt; }
svg.swatch { width: .8em; height: .8em; margin-right: .35em; }
p.lead { margin: .8rem 0 .2rem; }
p.title { font-weight: bold; margin: 0 0 .35rem; }
ul.themes { margin: .2rem 0 0; }
.note { color: #4a4a4a; font-size: 9.5pt; }
@media print {
  :root { font-size: 10pt; line-height: 1.35; }
  body { max-width: none; margin: 0; padding: 0; }
  .block { margin: .9rem 0 1.1rem; }
  h1 { margin-top: 0; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
