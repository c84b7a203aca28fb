// `report --suppress N`: the suppressed report (summarise/suppress/suppressed-report.ts) as JSON,
// Markdown (also the terminal's table) and CSV. A small count prints as <N, a count hidden to protect
// one as [x], and JSON has `{ "suppressed": true }` for both; the rule is said under every table.
import { sharingJson, suppressionRule } from '../../domain/sharing.js';
import type { Count, SuppressedReport } from '../../summarise/suppress/suppressed-report.js';
import { BOM, csvLine, type Cell } from '../../text/csv.js';
import { mdTable, mdText } from '../../text/markdown.js';
import type { RenderOptions } from '../options.js';

const text = (c: Count, below: number) => (typeof c === 'number' ? String(c) : c.small ? `<${below}` : '[x]');
const json = (c: Count) => (typeof c === 'number' ? c : { suppressed: true });
const jsonCounts = (counts: Record<string, Count>) => Object.fromEntries(Object.entries(counts).map(([g, c]) => [g, json(c)]));

export function suppressedJson(r: SuppressedReport, options?: RenderOptions): string {
  const value = {
    force: r.force,
    inspectorate: r.inspectorate,
    totals: Object.fromEntries(Object.entries(r.totals).map(([k, c]) => [k, json(c)])),
    bothAssessed: { self: jsonCounts(r.bothAssessed.self), independent: jsonCounts(r.bothAssessed.independent), n: json(r.bothAssessed.n) },
    independentOnly: jsonCounts(r.independentOnly),
    independentOnlyN: json(r.independentOnlyN),
    byTable: r.byTable.map((t) => ({
      table: t.table,
      label: t.label,
      caption: t.caption,
      types: t.types,
      counts: jsonCounts(t.counts),
      graded: json(t.graded),
      themes: t.themes.map((th) => ({ criterion: th.criterion, unmet: json(th.unmet), applied: json(th.applied), share: th.share })),
    })),
    selfAssessedByType: r.selfAssessedByType.map((a) => ({ type: a.type, n: json(a.n) })),
    // Counts in place of the lists of case ids, which a published report never holds.
    referredBack: json(r.referredBack),
    referralSuggested: json(r.referralSuggested),
    overrides: json(r.overrides),
    programme: r.programme,
    ...sharingJson({ ...options?.sharing, suppression: { below: r.below } }),
    suppressionRule: suppressionRule(r.below),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Every table with the rule under it. */
function table(head: string[], rows: string[][], below: number): string {
  return `${mdTable(head, rows)}\n${mdText(suppressionRule(below))}\n`;
}

export function suppressedMarkdown(r: SuppressedReport, options?: RenderOptions): string {
  const b = r.below;
  const head = (first: string) => [first, ...r.grades.map((g) => g.label), 'Total'];
  const gradeRow = (label: string, counts: Record<string, Count>, n: Count) => [
    label,
    ...r.grades.map((g) => text(counts[g.id]!, b)),
    text(n, b),
  ];
  const parts = [
    `# ${mdText(r.programme)}: case file analysis\n`,
    ...(options?.sharing?.pseudonymKey ? [`Pseudonym key fingerprint: ${options.sharing.pseudonymKey}\n`] : []),
    `${mdText(suppressionRule(b))}\n`,
    `## Table 1: ${mdText(r.labels.table1)}\n`,
    table(
      head(''),
      [
        gradeRow(r.labels.self, r.bothAssessed.self, r.bothAssessed.n),
        gradeRow(r.labels.independent, r.bothAssessed.independent, r.bothAssessed.n),
      ],
      b,
    ),
    `## Table 2: ${mdText(r.labels.table2)}\n`,
    table(head(''), [gradeRow(r.labels.independent, r.independentOnly, r.independentOnlyN)], b),
    ...r.byTable.flatMap((t) => [
      `## Table ${t.table}: ${mdText(t.caption)}\n`,
      table(head('Case type'), [gradeRow(t.label, t.counts, t.graded)], b),
      ...(t.themes.length
        ? [
            table(
              ['Criterion', 'Unmet', 'Applied to', 'Share unmet'],
              t.themes.map((th) => [
                `${th.criterion} ${th.text}`,
                text(th.unmet, b),
                text(th.applied, b),
                th.share === null ? '' : `${Math.round(th.share * 100)}%`,
              ]),
              b,
            ),
          ]
        : []),
    ]),
    `## Annex A\n`,
    table(
      ['Type of case', 'Number of cases'],
      r.selfAssessedByType.map((a) => [a.title, text(a.n, b)]),
      b,
    ),
    `## Referrals, overrides and the accounting\n`,
    table(
      ['', 'Cases'],
      [
        ['Referred back', text(r.referredBack, b)],
        ['Suggested for referral, not referred back', text(r.referralSuggested, b)],
        ['Overrides', text(r.overrides, b)],
        ['Read', text(r.totals.read, b)],
        ['Graded', text(r.totals.graded, b)],
        ['Ungraded', text(r.totals.ungraded, b)],
        ['Rejected', text(r.totals.rejected, b)],
      ],
      b,
    ),
  ];
  return parts.join('\n');
}

export function suppressedCsv(r: SuppressedReport): string {
  const b = r.below;
  const rows: Cell[][] = [['section', 'table', 'caption', 'row', 'grade', 'count']];
  const add = (section: string, t: number | null, caption: string | null, row: string, counts: Record<string, Count>, n: Count) => {
    for (const g of r.grades) rows.push([section, t, caption, row, g.id, text(counts[g.id]!, b)]);
    rows.push([section, t, caption, row, null, text(n, b)]);
  };
  add('both_assessed', 1, r.labels.table1, r.labels.self, r.bothAssessed.self, r.bothAssessed.n);
  add('both_assessed', 1, r.labels.table1, r.labels.independent, r.bothAssessed.independent, r.bothAssessed.n);
  add('independent_only', 2, r.labels.table2, r.labels.independent, r.independentOnly, r.independentOnlyN);
  for (const t of r.byTable) add('by_table', t.table, t.caption, t.label, t.counts, t.graded);
  for (const a of r.selfAssessedByType) rows.push(['annex_a', null, null, a.type, null, text(a.n, b)]);
  for (const [row, c] of Object.entries(r.totals)) rows.push(['totals', null, null, row, null, text(c, b)]);
  rows.push(['referrals', null, null, 'referred_back', null, text(r.referredBack, b)]);
  rows.push(['referrals', null, null, 'referral_suggested', null, text(r.referralSuggested, b)]);
  rows.push(['overrides', null, null, 'overrides', null, text(r.overrides, b)]);
  rows.push(['rule', null, null, suppressionRule(b), null, null]);
  return BOM + rows.map(csvLine).join('');
}
