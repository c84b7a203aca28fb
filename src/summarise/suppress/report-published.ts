// The suppressed report (suppressed-report.ts) laid out as the published document every format
// but JSON and CSV prints (published.ts): Tables 1 and 2, one table per report group with its
// common themes, the --by breakdown, Annex A, and the counts that stand in for the lists of case ids.
import type { Count } from './cells.js';
import type { Figure, Published, PublishedTable } from './published.js';
import type { SuppressedReport } from './suppressed-report.js';

export function reportPublished(r: SuppressedReport): Published {
  const head = (first: string) => [first, ...r.grades.map((g) => g.label), 'Total'];
  const gradeRow = (label: string, counts: Record<string, Count>, n: Count): Figure[] => [label, ...r.grades.map((g) => counts[g.id]!), n];
  const table = (title: string, h: string[], rows: Figure[][]): PublishedTable => ({ title, head: h, rows });
  const b = r.breakdown;
  return {
    title: `${r.programme}: case file analysis`,
    below: r.below,
    lines: [],
    json: suppressedReportJson(r),
    sections: [
      {
        heading: `Table 1: ${r.labels.table1}`,
        tables: [
          table('', head(''), [
            gradeRow(r.labels.self, r.bothAssessed.self, r.bothAssessed.n),
            gradeRow(r.labels.independent, r.bothAssessed.independent, r.bothAssessed.n),
          ]),
        ],
      },
      {
        heading: `Table 2: ${r.labels.table2}`,
        tables: [table('', head(''), [gradeRow(r.labels.independent, r.independentOnly, r.independentOnlyN)])],
      },
      ...r.byTable.map((t) => ({
        heading: `Table ${t.table}: ${t.caption}`,
        tables: [
          table('', head('Case type'), [gradeRow(t.label, t.counts, t.graded)]),
          ...(t.themes.length
            ? [
                table(
                  'Common themes',
                  ['Criterion', 'Unmet', 'Applied to', 'Share unmet'],
                  t.themes.map((th) => [`${th.criterion} ${th.text}`, th.unmet, th.applied, { share: th.share }]),
                ),
              ]
            : []),
          ...(b
            ? [
                table(
                  `By ${b.by}`,
                  head(b.by),
                  (b.tables.find((x) => x.table === t.table)?.values ?? []).map((v) => gradeRow(v.value, v.counts, v.graded)),
                ),
              ].filter((x) => x.rows.length > 0)
            : []),
        ],
      })),
      ...(b
        ? [
            {
              heading: `Every table by ${b.by}`,
              tables: [
                table(
                  '',
                  head(b.by),
                  b.all.map((v) => gradeRow(v.value, v.counts, v.graded)),
                ),
              ],
            },
          ]
        : []),
      {
        heading: 'Annex A',
        tables: [
          table(
            '',
            ['Type of case', 'Number of cases'],
            r.selfAssessedByType.map((a) => [a.title, a.n]),
          ),
        ],
      },
      {
        heading: 'Referrals, overrides and the accounting',
        tables: [
          table(
            '',
            ['', 'Cases'],
            [
              ['Referred back', r.referredBack],
              ['Suggested for referral, not referred back', r.referralSuggested],
              ['Overrides', r.overrides],
              ['Read', r.totals.read],
              ['Graded', r.totals.graded],
              ['Ungraded', r.totals.ungraded],
              ['Rejected', r.totals.rejected],
            ],
          ),
        ],
      },
    ],
  };
}

const json = (c: Count) => (typeof c === 'number' ? c : { suppressed: true });
const jsonCounts = (counts: Record<string, Count>) => Object.fromEntries(Object.entries(counts).map(([g, c]) => [g, json(c)]));

/** `report --suppress`'s JSON keys (the rule and the sharing keys are the renderer's): a hidden count as `{ "suppressed": true }`. */
export function suppressedReportJson(r: SuppressedReport): Record<string, unknown> {
  return {
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
    ...(r.breakdown
      ? {
          breakdown: {
            by: r.breakdown.by,
            all: r.breakdown.all.map((v) => ({ value: v.value, counts: jsonCounts(v.counts), graded: json(v.graded) })),
            tables: r.breakdown.tables.map((t) => ({
              table: t.table,
              label: t.label,
              values: t.values.map((v) => ({ value: v.value, counts: jsonCounts(v.counts), graded: json(v.graded) })),
            })),
          },
        }
      : {}),
    programme: r.programme,
  };
}
