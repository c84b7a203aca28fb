// `trend --format csv`: tidy long form, one figure per row, so a pivot table can rebuild any view:
// section, round (and to_round for changes), table or criterion where it applies, grade, measure.
import type { ShareChange, TrendModel } from '../../summarise/trend/trend-model.js';
import { csvDocument, type Cell } from '../../text/csv.js';

/** @internal exported for its own tests */
export const TREND_CSV_HEADER = ['section', 'round', 'to_round', 'table', 'criterion', 'grade', 'measure', 'value'];

export function trendCsv(m: TrendModel): string {
  const rows: Cell[][] = [];
  // Programme areas only: an `area` column last, so the other columns stay where they are.
  const withArea = m.areas !== undefined;
  const row = (
    section: string,
    round: string | null,
    measure: string,
    value: Cell,
    more: { to?: string | null; table?: number; criterion?: string; grade?: string; area?: string } = {},
  ) => {
    const cells = [section, round, more.to ?? null, more.table ?? null, more.criterion ?? null, more.grade ?? null, measure, value];
    rows.push(withArea ? [...cells, more.area ?? null] : cells);
  };
  for (const r of m.rounds) {
    row('round', r.round, 'n', r.n);
    row('round', r.round, 'ungraded', r.ungraded);
    for (const g of m.scale.ids) {
      row('round', r.round, 'count', r.counts[g], { grade: g });
      row('round', r.round, 'share', r.share[g], { grade: g });
      row('round', r.round, 'interval_low', r.interval[g]?.[0], { grade: g });
      row('round', r.round, 'interval_high', r.interval[g]?.[1], { grade: g });
    }
    if (r.gap) {
      for (const [measure, value] of Object.entries({
        n: r.gap.n,
        agreed: r.gap.agreed,
        exact_agreement: r.gap.exactAgreement,
        kappa: r.gap.kappa,
        higher: r.gap.higher,
        lower: r.gap.lower,
        net: r.gap.bias?.net ?? null,
        net_low: r.gap.bias?.netInterval[0] ?? null,
        net_high: r.gap.bias?.netInterval[1] ?? null,
      })) {
        row('gap', r.round, measure, value);
      }
    }
  }
  // A change's figures, the same rows for a grade's and an area's.
  const changeRows = (kind: string, c: ShareChange, at: Parameters<typeof row>[4]) => {
    row(kind, c.from, 'share_from', c.shareFrom, at);
    row(kind, c.from, 'share_to', c.shareTo, at);
    row(kind, c.from, 'difference', c.difference, at);
    row(kind, c.from, 'interval_low', c.differenceInterval?.[0], at);
    row(kind, c.from, 'interval_high', c.differenceInterval?.[1], at);
    row(kind, c.from, 'significant', c.significant, at);
    row(kind, c.from, 'interval_level', c.differenceInterval ? m.adjustment.level : null, at);
  };
  for (const c of m.changes) changeRows('change', c, { to: c.to, grade: c.grade });
  for (const c of m.firstLast) changeRows('first_last', c, { to: c.to, grade: c.grade });
  const last = m.rounds.at(-1)?.round ?? null;
  for (const t of m.trendTests) {
    // A test across every round: from the first round to the last.
    const at = { to: last, grade: t.grade };
    row('trend_test', m.rounds[0]!.round, 'statistic', t.statistic, at);
    row('trend_test', m.rounds[0]!.round, 'p', t.p, at);
    row('trend_test', m.rounds[0]!.round, 'significant', t.significant, at);
  }
  for (const t of m.byTable) {
    for (const r of t.rounds) {
      row('table', r.round, 'n', r.n, { table: t.table });
      for (const g of m.scale.ids) row('table', r.round, 'count', r.counts[g], { table: t.table, grade: g });
    }
  }
  for (const c of m.criteria) {
    for (const r of c.rounds) {
      row('criterion', r.round, 'applicable', r.n, { criterion: c.criterion });
      row('criterion', r.round, 'unmet', r.unmet, { criterion: c.criterion });
      row('criterion', r.round, 'share', r.share, { criterion: c.criterion });
    }
  }
  for (const a of m.areas ?? []) {
    for (const r of a.rounds) {
      const at = { area: a.area };
      row('area', r.round, 'applied', r.applied, at);
      row('area', r.round, 'unmet', r.unmet, at);
      row('area', r.round, 'partly', r.partly, at);
      row('area', r.round, 'share', r.share, at);
      row('area', r.round, 'interval_low', r.interval?.[0], at);
      row('area', r.round, 'interval_high', r.interval?.[1], at);
      row('area', r.round, 'serious_cases', r.seriousCases, at);
    }
  }
  for (const c of m.areaChanges ?? []) changeRows('area_change', c, { to: c.to, area: c.area });
  return csvDocument(withArea ? [...TREND_CSV_HEADER, 'area'] : TREND_CSV_HEADER, rows);
}
