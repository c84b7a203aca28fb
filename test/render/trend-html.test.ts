// `trend --format html` on a model written inline: the tables of the table format, and the rounds
// drawn as dots with interval whiskers at positions worked by hand below.
import { SCALE_2017 } from '../helpers/criteria.js';
import { describe, expect, it } from 'vitest';
import type { GradeCounts } from '../../src/domain/grades.js';
import { trendHtml } from '../../src/render/trend/trend-html.js';
import { INTERVAL_MEANING, type TrendModel, type TrendRound } from '../../src/summarise/trend/trend-model.js';
import { charts, tables } from '../helpers/html.js';

const counts = (good: number, requires_improvement: number, inadequate: number): GradeCounts => ({
  good,
  requires_improvement,
  inadequate,
});

function round(label: string, n: number, c: GradeCounts, share: TrendRound['share'], interval: TrendRound['interval']): TrendRound {
  return {
    round: label,
    label,
    n,
    counts: c,
    share,
    interval,
    ungraded: 0,
    caution: n === 0 ? 'none' : null,
    bar: counts(0, 0, 0),
    gap: null,
  };
}

const ROUNDS: TrendRound[] = [
  round(
    '2017',
    20,
    counts(10, 5, 5),
    { good: 0.5, requires_improvement: 0.25, inadequate: 0.25 },
    { good: [0.25, 0.75], requires_improvement: [0.1, 0.5], inadequate: [0.1, 0.5] },
  ),
  round(
    '<b>2018</b>',
    0,
    counts(0, 0, 0),
    { good: null, requires_improvement: null, inadequate: null },
    { good: null, requires_improvement: null, inadequate: null },
  ),
];

const MODEL: TrendModel = {
  scale: SCALE_2017,
  force: 'Testshire Police',
  role: { role: 'independent', label: 'HMIC' },
  between: null,
  rounds: ROUNDS,
  changes: [],
  firstLast: [],
  trendTests: [],
  adjustment: { method: 'none', comparisons: 0, level: 0.95, z: 1.959963984540054, perComparison: false },
  caseMix: null,
  byTable: [{ table: 3, label: 'Alpha cases', rounds: ROUNDS.map((r) => ({ round: r.round, label: r.label, n: r.n, counts: r.counts })) }],
  criteria: [
    {
      criterion: 'A1',
      type: 'alpha',
      text: 'The child was seen',
      rounds: ROUNDS.map((r) => ({ round: r.round, label: r.label, n: r.n, unmet: 2, share: null })),
      unmetEveryRound: false,
    },
  ],
  mismatches: [],
  notes: ['<b>2018</b>: no case graded by HMIC.'],
  intervalMeaning: INTERVAL_MEANING,
  criteriaSet: { programme: 'Small programme', version: null, fingerprint: 'abc123abc123' },
  totals: { read: 20, graded: 20, ungraded: 0, rejected: 0 },
};

describe('trend --format html', () => {
  const page = trendHtml(MODEL);

  it('the rounds, by table and criteria tables, captioned, with scoped headers', () => {
    const found = tables(page);
    expect(found.map((t) => t.caption)).toEqual(['Grades given by HMIC, round by round (95% intervals)', 'By report table', 'Criteria']);
    expect(found[0]!.rows[1]).toEqual(['2017', '20', '50% (25%-75%)', '25% (10%-50%)', '25% (10%-50%)']);
    expect(found[0]!.rows[2]).toEqual(['&lt;b&gt;2018&lt;/b&gt;', '0', 'no cases', 'no cases', 'no cases']);
    expect(found[1]!.rows).toEqual([
      ['Table', '2017', '&lt;b&gt;2018&lt;/b&gt;'],
      ['3: Alpha cases', '10 / 5 / 5 (20)', '-'],
    ]);
    expect(found[2]!.rows[1]).toEqual(['A1', 'alpha', '2 of 20', 'n/a', '']);
    expect(page).toContain('<li>&lt;b&gt;2018&lt;/b&gt;: no case graded by HMIC.</li>');
    expect(page).not.toMatch(/<b>|<script|\bsrc=|\bhref=|https?:/i);
  });

  it('dots at the shares and whiskers over the intervals; nothing drawn for a round with no cases', () => {
    const [chart] = charts(page);
    expect(chart).toContain(
      '<desc id="chart-rounds-desc">2017 (n = 20): Good 50% (25%-75%), Requiring improvement 25% (10%-50%), Inadequate 25% (10%-50%). &lt;b&gt;2018&lt;/b&gt; (n = 0): Good no cases, Requiring improvement no cases, Inadequate no cases.</desc>',
    );
    // Two rounds share 588 units from x = 44: 2017 is centred on 191, its three grades 16 apart.
    // A share v sits at y = 10 + (1 - v) * 220: 50% at 120, 75% at 65, 25% at 175; the n under the
    // round label at 10 + 220 + 32.
    expect(chart).toContain('<line x1="175" x2="175" y1="65" y2="175" stroke="#1a7a36" class="whisker"/>');
    expect(chart).toContain('<circle cx="175" cy="120" r="4.5" fill="#1a7a36"/>');
    expect(chart).toContain('<circle cx="207" cy="175" r="4.5" fill="#b22222"/>');
    expect(chart!.match(/<circle/g)).toHaveLength(3);
    expect(chart).not.toContain('class="join"');
    expect(chart).toContain('<text x="485" y="262" class="col note">n = 0</text>');
  });
});
