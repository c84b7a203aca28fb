// `trend --suppress N`: the rounds side by side made safe to publish. Each round's grade counts and
// graded total, the per-table counts per round (against the round's counts where they cover them),
// the per-criterion and per-area counts, and the A-vs-B gap's counts go through one `Cells`. A
// share and its interval are printed only where its base is N or more and its count is shown; a
// change (and its verdict) only where both rounds' shares are: otherwise its figures are null and it
// is marked `suppressed`. A trend test or the case-mix test over every round is printed only where
// every count it is built on is. The notes (which quote counts) are left out.
import type { ShareChange, TrendModel } from '../trend/trend-model.js';
import {
  accountingCells,
  accountingShown,
  alone,
  shareShown,
  shown,
  type AccountingCells,
  type CellRef,
  type Cells,
  type Laid,
  type Show,
} from './cells.js';
import type { Figure, Published, PublishedTable } from './published.js';

export function trendPublished(m: TrendModel, below: number): Published {
  return alone(below, (cells) => trendLaid(cells, m, below));
}

interface GradeRow {
  refs: CellRef[];
  total: CellRef;
}

/** The trend's cells a page links to other parts' (the dashboard), each in `m`'s order (rounds inner). */
export interface TrendCells {
  rounds: ReadonlyArray<GradeRow & { ungraded: CellRef }>;
  tables: ReadonlyArray<readonly GradeRow[]>;
  criteria: ReadonlyArray<ReadonlyArray<{ n: CellRef; unmet: CellRef }>>;
  areas: ReadonlyArray<ReadonlyArray<{ applied: CellRef; unmet: CellRef; partly: CellRef; serious: CellRef }>>;
  gaps: ReadonlyArray<{ n: CellRef; agreed: CellRef; higher: CellRef; lower: CellRef } | null>;
  totals: AccountingCells;
}

/** The trend's counts and sums laid out in `cells`, which may hold other parts' too; its document once they are hidden. */
export function trendLaid(cells: Cells, m: TrendModel, below: number): Laid<TrendCells, Published> {
  const ids = m.scale.ids;
  const holds = (parts: readonly number[], whole: number) => parts.reduce((a, x) => a + x, 0) === whole;
  const gradeRow = (counts: Record<string, number>, n: number): GradeRow => {
    const refs = ids.map((g) => cells.add(counts[g] ?? 0));
    const total = cells.add(n, true);
    cells.sum([...refs, total]);
    return { refs, total };
  };
  const rounds = m.rounds.map((r) => ({ ...gradeRow(r.counts, r.n), ungraded: cells.add(r.ungraded) }));
  const tables = m.byTable.map((t) => t.rounds.map((r) => gradeRow(r.counts, r.n)));
  m.rounds.forEach((r, i) => {
    const per = m.byTable.map((t) => t.rounds[i]!);
    const refs = tables.map((t) => t[i]!);
    ids.forEach((g, k) => {
      if (
        holds(
          per.map((x) => x.counts[g] ?? 0),
          r.counts[g] ?? 0,
        )
      )
        cells.sum([...refs.map((x) => x.refs[k]!), rounds[i]!.refs[k]!]);
    });
    if (
      holds(
        per.map((x) => x.n),
        r.n,
      )
    )
      cells.sum([...refs.map((x) => x.total), rounds[i]!.total]);
  });
  const gaps = m.rounds.map((r) => {
    if (!r.gap) return null;
    const g = {
      n: cells.add(r.gap.n, true),
      agreed: cells.add(r.gap.agreed),
      higher: cells.add(r.gap.higher),
      lower: cells.add(r.gap.lower),
    };
    cells.sum([g.agreed, g.higher, g.lower, g.n]);
    return g;
  });
  const criteria = m.criteria.map((c) => c.rounds.map((r) => ({ n: cells.add(r.n), unmet: cells.add(r.unmet) })));
  const areas = (m.areas ?? []).map((a) =>
    a.rounds.map((r) => ({
      applied: cells.add(r.applied),
      unmet: cells.add(r.unmet),
      partly: cells.add(r.partly),
      serious: cells.add(r.seriousCases),
    })),
  );
  // An area's findings applied and unmet in a round are its criteria's added up (over every type
  // that has them), which the criteria's table prints.
  (m.areas ?? []).forEach((a, j) =>
    m.rounds.forEach((_, i) => {
      const terms = m.criteria.flatMap((c, k) => (a.criteria.includes(c.criterion) ? [criteria[k]![i]!] : []));
      cells.relate(
        terms.map((x) => x.n),
        areas[j]![i]!.applied,
      );
      cells.relate(
        terms.map((x) => x.unmet),
        areas[j]![i]!.unmet,
      );
    }),
  );
  const acc = m.totals;
  const t = accountingCells(cells, acc);
  if (
    holds(
      m.rounds.map((r) => r.n),
      acc.graded,
    )
  )
    cells.sum([...rounds.map((r) => r.total), t.graded]);
  // The rounds' ungraded cases add up to the read's where every ungraded case is the role's.
  cells.relate(
    rounds.map((r) => r.ungraded),
    t.ungraded,
  );
  const refs = { rounds, tables, criteria, areas, gaps, totals: t };
  return { refs, publish: (show) => published(m, below, refs, show) };
}

function published(m: TrendModel, below: number, { rounds, tables, criteria, areas, gaps, totals: t }: TrendCells, show: Show): Published {
  const ids = m.scale.ids;

  const ok = (k: CellRef, n: CellRef) => shareShown(show(k), show(n), below);
  const roundIndex = new Map(m.rounds.map((r, i) => [r.round, i]));
  const gradeIndex = new Map(ids.map((g, k) => [g, k]));
  const change = (c: ShareChange, fromOk: boolean, toOk: boolean) =>
    fromOk && toOk
      ? {
          shareFrom: c.shareFrom,
          shareTo: c.shareTo,
          difference: c.difference,
          differenceInterval: c.differenceInterval,
          significant: c.significant,
          verdict: c.verdict,
        }
      : {
          shareFrom: null,
          shareTo: null,
          difference: null,
          differenceInterval: null,
          significant: null,
          verdict: null,
          suppressed: true as const,
        };
  const gradeChange = (c: ShareChange & { grade: string }) => {
    const [f, to, k] = [roundIndex.get(c.from)!, roundIndex.get(c.to)!, gradeIndex.get(c.grade)!];
    return {
      from: c.from,
      to: c.to,
      grade: c.grade,
      ...change(c, ok(rounds[f]!.refs[k]!, rounds[f]!.total), ok(rounds[to]!.refs[k]!, rounds[to]!.total)),
    };
  };
  const allShown = (refs: readonly CellRef[]) => refs.every((r) => (shown(show(r)) && (show(r) as number) !== 0) || show(r) === 0);
  const roundsOut = m.rounds.map((r, i) => {
    const x = rounds[i]!;
    const gap = r.gap && gaps[i];
    const gapOk = gap ? ok(gap.agreed, gap.n) : false;
    return {
      round: r.round,
      label: r.label,
      n: show(x.total),
      counts: Object.fromEntries(ids.map((g, k) => [g, show(x.refs[k]!)])),
      share: Object.fromEntries(ids.map((g, k) => [g, ok(x.refs[k]!, x.total) ? r.share[g]! : null])),
      interval: Object.fromEntries(ids.map((g, k) => [g, ok(x.refs[k]!, x.total) ? r.interval[g]! : null])),
      ...(r.gap && gap
        ? {
            gap: {
              n: show(gap.n),
              agreed: show(gap.agreed),
              exactAgreement: gapOk ? r.gap.exactAgreement : null,
              agreementInterval: gapOk ? r.gap.agreementInterval : null,
              kappa: gapOk ? r.gap.kappa : null,
              higher: show(gap.higher),
              lower: show(gap.lower),
            },
          }
        : {}),
      ...(m.areas
        ? {
            areas: m.areas.map((a, j) => {
              const c = areas[j]![i]!;
              const s = ok(c.unmet, c.applied);
              return {
                area: a.area,
                title: a.title,
                applied: show(c.applied),
                unmet: show(c.unmet),
                partly: show(c.partly),
                share: s ? a.rounds[i]!.share : null,
                interval: s ? a.rounds[i]!.interval : null,
                seriousCases: show(c.serious),
              };
            }),
          }
        : {}),
      ungraded: show(x.ungraded),
    };
  });
  const changes = m.changes.map(gradeChange);
  const firstLast = m.firstLast.map(gradeChange);
  const everyRoundShown = (k: number) => rounds.every((r) => ok(r.refs[k]!, r.total));
  const trendTests = m.trendTests.map((x) =>
    everyRoundShown(gradeIndex.get(x.grade)!)
      ? { grade: x.grade, statistic: x.statistic, p: x.p, significant: x.significant, verdict: x.verdict }
      : { grade: x.grade, statistic: null, p: null, significant: null, verdict: null, suppressed: true as const },
  );
  const mixShown = tables.every((tb) => tb.every((r) => allShown([...r.refs, r.total])));
  const byTable = m.byTable.map((tb, j) => ({
    table: tb.table,
    label: tb.label,
    rounds: tb.rounds.map((r, i) => ({
      round: r.round,
      n: show(tables[j]![i]!.total),
      counts: Object.fromEntries(ids.map((g, k) => [g, show(tables[j]![i]!.refs[k]!)])),
    })),
  }));
  const criteriaOut = m.criteria.map((c, j) => ({
    criterion: c.criterion,
    type: c.type,
    text: c.text,
    rounds: c.rounds.map((r, i) => {
      const x = criteria[j]![i]!;
      return { round: r.round, n: show(x.n), unmet: show(x.unmet), share: ok(x.unmet, x.n) ? r.share : null };
    }),
  }));
  const areaChanges = m.areaChanges?.map((c) => {
    const j = (m.areas ?? []).findIndex((a) => a.area === c.area);
    const [f, to] = [roundIndex.get(c.from)!, roundIndex.get(c.to)!];
    const x = areas[j]!;
    return { from: c.from, to: c.to, area: c.area, ...change(c, ok(x[f]!.unmet, x[f]!.applied), ok(x[to]!.unmet, x[to]!.applied)) };
  });
  const accounting = accountingShown(t, show);

  const grades = ids.map((g) => m.scale.tableLabel(g));
  const changeRow = (c: (typeof changes)[number], fromLabel: string, toLabel: string): Figure[] => [
    `${m.scale.tableLabel(c.grade)}: ${fromLabel} to ${toLabel}`,
    { share: c.shareFrom },
    { share: c.shareTo },
    { range: c.differenceInterval, as: 'points' },
    c.verdict ?? 'not shown',
  ];
  const labelOf = (round: string | null) => m.rounds[roundIndex.get(round)!]!.label;
  const changeHead = ['Grade and rounds', 'Share before', 'Share after', 'Change, interval (points)', 'Verdict'];
  const tablesOut: PublishedTable[] = [
    {
      title: `Graded cases per round (${m.role.label})`,
      head: ['Round', ...grades, 'Total'],
      rows: roundsOut.map((r): Figure[] => [r.label, ...ids.map((g) => r.counts[g]!), r.n]),
    },
    {
      title: 'Shares per round, with 95% intervals',
      head: ['Round', ...grades.flatMap((g) => [g, `${g}, 95% interval`])],
      rows: roundsOut.map((r): Figure[] => [
        r.label,
        ...ids.flatMap((g): Figure[] => [{ share: r.share[g]! }, { range: r.interval[g]!, as: 'percent' }]),
      ]),
    },
    { title: 'Changes from the round before', head: changeHead, rows: changes.map((c) => changeRow(c, labelOf(c.from), labelOf(c.to))) },
  ];
  if (firstLast.length)
    tablesOut.push({
      title: 'First round against the last',
      head: changeHead,
      rows: firstLast.map((c) => changeRow(c, labelOf(c.from), labelOf(c.to))),
    });
  if (trendTests.length)
    tablesOut.push({
      title: 'Trend across every round',
      head: ['Grade', 'Verdict', 'p'],
      rows: trendTests.map((x): Figure[] => [m.scale.tableLabel(x.grade), x.verdict ?? 'not shown', { stat: x.p }]),
    });
  if (m.between)
    tablesOut.push({
      title: `${m.between[0].label} against ${m.between[1].label}, per round`,
      head: ['Round', 'Cases', 'Agreed', 'Agreement', 'Agreement, 95% interval', 'Kappa', 'Higher', 'Lower'],
      rows: roundsOut.flatMap((r): Figure[][] =>
        r.gap
          ? [
              [
                r.label,
                r.gap.n,
                r.gap.agreed,
                { share: r.gap.exactAgreement },
                { range: r.gap.agreementInterval, as: 'percent' },
                { stat: r.gap.kappa },
                r.gap.higher,
                r.gap.lower,
              ],
            ]
          : [],
      ),
    });
  for (const tb of byTable)
    tablesOut.push({
      title: `Table ${tb.table}: ${tb.label}`,
      head: ['Round', ...grades, 'Total'],
      rows: tb.rounds.map((r): Figure[] => [labelOf(r.round), ...ids.map((g) => r.counts[g]!), r.n]),
    });
  if (criteriaOut.length)
    tablesOut.push({
      title: 'Criteria: unmet per round',
      head: ['Criterion', ...m.rounds.flatMap((r) => [`${r.label}: applied`, `${r.label}: unmet`, `${r.label}: share unmet`])],
      rows: criteriaOut.map((c): Figure[] => [
        `${c.criterion} ${c.text}`,
        ...c.rounds.flatMap((r): Figure[] => [r.n, r.unmet, { share: r.share }]),
      ]),
    });
  if (m.areas)
    tablesOut.push({
      title: 'Areas: findings unmet per round',
      head: ['Area', ...m.rounds.flatMap((r) => [`${r.label}: applied`, `${r.label}: unmet`, `${r.label}: share unmet`])],
      rows: m.areas.map((a, j): Figure[] => [
        a.title,
        ...roundsOut.flatMap((r): Figure[] => [r.areas![j]!.applied, r.areas![j]!.unmet, { share: r.areas![j]!.share }]),
      ]),
    });
  tablesOut.push({ title: 'Cases read', head: ['', 'Cases'], rows: Object.entries(accounting).map(([k, v]): Figure[] => [k, v]) });

  const json = {
    between: m.between ? [m.between[0].role, m.between[1].role] : null,
    rounds: roundsOut,
    changes,
    byTable,
    criteria: criteriaOut,
    ...(areaChanges ? { areaChanges } : {}),
    adjustment: { method: m.adjustment.method, comparisons: m.adjustment.comparisons, level: m.adjustment.level },
    firstLast,
    trendTests,
    criteriaSet: m.criteriaSet,
    role: m.role.role,
    force: m.force,
    caseMix: mixShown ? m.caseMix : null,
    intervalMeaning: m.intervalMeaning,
    totals: accounting,
  };
  return {
    title: `${m.force}: audit rounds side by side`,
    below,
    lines: [m.intervalMeaning],
    sections: [{ heading: 'Rounds', tables: tablesOut }],
    json,
  };
}
