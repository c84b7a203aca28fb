// `dashboard --suppress`: the counts the page prints in two parts, or that one part's counts add up
// to in another, tied together in the one `Cells` every part is laid out in, so that hiding is
// worked out once for the page: a count hidden in one part is hidden wherever the same number is
// printed, and no total in one part gives away a count hidden in another. The sums within one part
// are that part's publisher's own (the command on its own ties them too). Each tie goes in only
// where the counts bear it out (`Cells.relate`); the reason each is the same number is given with it.
import type { Accounting } from '../../domain/accounting.js';
import type { DashboardModel } from '../dashboard/dashboard-model.js';
import type { ActionsCells } from './actions-published.js';
import type { AccountingCells, CellRef, Cells } from './cells.js';
import type { CompareCells } from './compare-published.js';
import type { ReportCells } from './suppressed-report.js';
import type { TrendCells } from './trend-published.js';

interface PartCells {
  report: ReportCells;
  compare: CompareCells;
  trend: TrendCells;
  actions: ActionsCells | null;
}

const ACCOUNTING = ['read', 'graded', 'ungraded', 'rejected'] as const;

export function linkParts(cells: Cells, m: DashboardModel, p: PartCells): void {
  const same = (a: CellRef, b: CellRef) => cells.relate([a], b);
  /** Two accountings of the same read (every field equal): each count the same. */
  const sameRead = (a: Accounting, ac: AccountingCells, b: Accounting, bc: AccountingCells) => {
    if (ACCOUNTING.every((k) => a[k] === b[k])) for (const k of ACCOUNTING) same(ac[k], bc[k]);
  };
  const { report: r, compare: c, trend: t } = p;

  // The latest round's report and comparison count the same cases: Table 1 holds the cases graded
  // by both, which are the cases compared, so its rows are the matrix's margins (the force's grades
  // its row totals, the inspectorate's its column totals), its total the cases compared, and
  // Annex A (the same cases per type) the comparison's cases per type. Both print the round's accounting.
  r.self.forEach((cell, i) => same(cell, c.grid.rowTotals[i]!));
  r.independent.forEach((cell, i) => same(cell, c.grid.colTotals[i]!));
  same(r.bothN, c.grid.total);
  m.report.selfAssessedByType.forEach((a, i) => {
    const j = m.compare.byType.findIndex((x) => x.type === a.type);
    if (j >= 0) same(r.annex[i]!, c.types[j]!.n);
  });
  sameRead(m.report.totals, r.totals, m.compare.totals, c.totals);

  // The trend's latest round is the report's round, both by the independent grades: per grade its
  // count is Table 1's independent row and Table 2 added up, its total the round's cases graded,
  // its ungraded count the round's ungraded (where every ungraded case has an independent
  // assessment), each Table 3.. row the report's table, and a criterion's applied and unmet are a
  // common theme's (summed over the table's types that have it).
  const last = m.trend.rounds.findIndex((x) => x.round === m.latestRound);
  const round = t.rounds[last];
  if (round) {
    r.independent.forEach((cell, i) => cells.relate([cell, r.only[i]!], round.refs[i]!));
    same(r.totals.graded, round.total);
    same(r.totals.ungraded, round.ungraded);
    m.report.byTable.forEach((tb, k) => {
      const j = m.trend.byTable.findIndex((x) => x.table === tb.table);
      const row = t.tables[j]?.[last];
      if (row) {
        r.tables[k]!.counts.forEach((cell, i) => same(cell, row.refs[i]!));
        same(r.tables[k]!.graded, row.total);
      }
      tb.themes.forEach((th, q) => {
        const terms = criterionCells(m, t, (cr) => cr.criterion === th.criterion && tb.types.includes(cr.type), last);
        cells.relate(
          terms.map((x) => x.n),
          r.themes[k]![q]!.applied,
        );
        cells.relate(
          terms.map((x) => x.unmet),
          r.themes[k]![q]!.unmet,
        );
      });
    });
  }
  // The criterion calibration pairs the force's findings with the inspectorate's on the cases
  // compared: where those are all the round's cases with the criterion applied (no Table 2 case,
  // every finding paired), its pairs the inspectorate marked unmet, and its n, are the trend's.
  (m.compare.between?.calibration.criteria ?? []).forEach((k, i) => {
    const terms = criterionCells(m, t, (cr) => cr.criterion === k.criterion && cr.type === k.type, last)[0];
    const pairs = c.criteria[i]!;
    if (!terms) return;
    const unmetByB = k.partly ? [2, 5, 8] : [1, 3];
    cells.relate(
      unmetByB.map((x) => pairs.refs[x]!),
      terms.unmet,
    );
    same(pairs.n, terms.n);
  });
  // One round read: the report's accounting is the read's, as the trend's is.
  sameRead(m.report.totals, r.totals, m.trend.totals, t.totals);

  if (!m.actions || !p.actions) return;
  // A recommendation's findings applied and unmet in a round are those of the criteria its evidence
  // counts (its criteria and its areas'), which the trend prints per criterion. Both print the read's accounting.
  const a = p.actions;
  sameRead(m.actions.totals, a.totals, m.trend.totals, t.totals);
  m.actions.recommendations.forEach((rec, i) => {
    const evidence = new Set(rec.evidence);
    rec.rounds.forEach((x, k) => {
      const cell = a.recs[i]![k]!;
      const at = m.trend.rounds.findIndex((tr) => tr.round === x.round);
      if (at < 0) return;
      const terms = criterionCells(m, t, (cr) => evidence.has(cr.criterion), at);
      cells.relate(
        terms.map((y) => y.n),
        cell.applied,
      );
      cells.relate(
        terms.map((y) => y.unmet),
        cell.unmet,
      );
    });
  });
}

/** The trend's cells, in one round, of the criteria `pick` chooses. */
function criterionCells(
  m: DashboardModel,
  t: TrendCells,
  pick: (c: DashboardModel['trend']['criteria'][number]) => boolean,
  round: number,
): Array<{ n: CellRef; unmet: CellRef }> {
  return m.trend.criteria.flatMap((cr, i) => (pick(cr) ? [t.criteria[i]![round]!] : []));
}
