// `actions --suppress N`: the recommendations against the audits, safe to publish. A round's cases,
// findings applied and findings unmet are counts about children: each goes through one `Cells`,
// with the sums and repeats a reader can find among them (below). A round's share unmet and its
// interval are printed only on N findings applied or more with the unmet count shown; a change's
// figures only where both rounds' shares are, else they are null and the change is marked
// `suppressed`. The verdict and the recorded-versus-shown gap stay: they say whether the audits show
// a clear change, which gives no count away. The headline counts recommendations, not children: it
// is printed as it is.
import type { ActionsModel } from '../actions/actions-model.js';
import { STATUS_LABELS } from '../actions/actions-model.js';
import {
  accountingCells,
  accountingShown,
  alone,
  shareShown,
  type AccountingCells,
  type CellRef,
  type Cells,
  type Laid,
  type Show,
} from './cells.js';
import type { Figure, Published } from './published.js';

export function actionsPublished(m: ActionsModel, below: number): Published {
  return alone(below, (cells) => actionsLaid(cells, m, below));
}

/** The recommendations' cells a page links to other parts' (the dashboard): per recommendation, per round in `m`'s order. */
export interface ActionsCells {
  recs: ReadonlyArray<ReadonlyArray<{ n: CellRef; applied: CellRef; unmet: CellRef }>>;
  totals: AccountingCells;
}

/** The recommendations' counts laid out in `cells`, which may hold other parts' too; their document once hidden. */
export function actionsLaid(cells: Cells, m: ActionsModel, below: number): Laid<ActionsCells, Published> {
  const recs = m.recommendations.map((r) =>
    r.rounds.map((x) => ({ n: cells.add(x.n), applied: cells.add(x.applied), unmet: cells.add(x.unmet) })),
  );
  // Where a recommendation's evidence is exactly others' together, its applied and unmet findings in
  // a round are theirs added up; where two have the same evidence, each count is the same number
  // printed twice. A reader knows the evidence: the criteria and areas are printed, and the areas'
  // criteria are the programme's.
  const roundOf = (k: number, round: string) => m.recommendations[k]!.rounds.findIndex((x) => x.round === round);
  m.recommendations.forEach((r, i) => {
    const parts = coverOf(m, i);
    const twins = m.recommendations.flatMap((x, k) => (k > i && sameSet(x.evidence, r.evidence) ? [k] : []));
    r.rounds.forEach((x, j) => {
      for (const k of twins) {
        const at = roundOf(k, x.round);
        if (at >= 0) for (const key of ['n', 'applied', 'unmet'] as const) cells.relate([recs[k]![at]![key]], recs[i]![j]![key]);
      }
      const theirs = parts?.map((p) => roundOf(p, x.round));
      if (!parts || !theirs || theirs.some((k) => k < 0)) return;
      for (const key of ['applied', 'unmet'] as const) cells.sum([...parts.map((p, q) => recs[p]![theirs[q]!]![key]), recs[i]![j]![key]]);
    });
    // With one criterion in its evidence, its cases are its findings applied (a case has one
    // finding per criterion): the same number printed twice.
    if (r.evidence.length === 1) for (const c of recs[i]!) cells.relate([c.n], c.applied);
  });
  const refs = { recs, totals: accountingCells(cells, m.totals) };
  return { refs, publish: (show) => published(m, below, refs, show) };
}

function published(m: ActionsModel, below: number, { recs, totals: t }: ActionsCells, show: Show): Published {
  const recommendations = m.recommendations.map((r, i) => {
    const rounds = r.rounds.map((x, j) => {
      const c = recs[i]![j]!;
      const ok = shareShown(show(c.unmet), show(c.applied), below);
      return {
        round: x.round,
        n: show(c.n),
        applied: show(c.applied),
        unmet: show(c.unmet),
        share: ok ? x.share : null,
        interval: ok ? x.interval : null,
      };
    });
    const shownShare = (round: string) => rounds.find((x) => x.round === round)?.share != null;
    const change =
      r.change === null
        ? null
        : shownShare(r.change.from) && shownShare(r.change.to)
          ? r.change
          : {
              from: r.change.from,
              to: r.change.to,
              difference: null,
              differenceInterval: null,
              significant: r.change.significant,
              suppressed: true as const,
            };
    return {
      id: r.id,
      status: r.status,
      due: r.due,
      overdue: r.overdue,
      owner: r.owner,
      criteria: r.criteria,
      areas: r.areas,
      rounds,
      change,
      verdict: r.verdict,
      mismatch: r.mismatch,
      text: r.text,
    };
  });
  const accounting = accountingShown(t, show);
  return {
    title: m.source ? `Recommendations: ${m.source}` : 'Recommendations',
    below,
    // The headline counts recommendations, not children: a sentence, as it is.
    lines: [`${m.headline}.`, `Due dates counted to ${m.asOf}.`, m.intervalNote],
    sections: [
      {
        heading: 'Recommendations',
        tables: [
          {
            title: '',
            head: ['ID', 'Status', 'Due', 'Owner', 'Evidence', 'Change, interval (points)', 'Verdict'],
            rows: recommendations.map((r): Figure[] => [
              r.id,
              STATUS_LABELS[r.status],
              `${r.due}${r.overdue ? ' (overdue)' : ''}`,
              r.owner,
              [...r.criteria, ...r.areas.map((a) => `area ${a}`)].join(', '),
              { range: r.change?.differenceInterval ?? null, as: 'points' },
              r.verdict,
            ]),
          },
          {
            title: 'Evidence per round',
            head: ['Recommendation and round', 'Cases', 'Findings applied', 'Unmet', 'Share unmet', '95% interval'],
            rows: recommendations.flatMap((r) =>
              r.rounds.map((x): Figure[] => [
                `${r.id}: ${x.round}`,
                x.n,
                x.applied,
                x.unmet,
                { share: x.share },
                { range: x.interval, as: 'percent' },
              ]),
            ),
          },
          { title: 'Cases read', head: ['', 'Cases'], rows: Object.entries(accounting).map(([k, v]): Figure[] => [k, v]) },
        ],
      },
    ],
    json: {
      asOf: m.asOf,
      source: m.source,
      summary: m.summary,
      recommendations,
      headline: m.headline,
      adjustment: { method: m.adjustment.method, comparisons: m.adjustment.comparisons, level: m.adjustment.level },
      criteriaSet: m.criteriaSet,
      totals: accounting,
    },
  };
}

/** Other recommendations whose evidence, disjoint, makes up recommendation i's exactly; none if there are not. */
function coverOf(m: ActionsModel, i: number): number[] | undefined {
  const want = new Set(m.recommendations[i]!.evidence);
  const got = new Set<string>();
  const parts: number[] = [];
  m.recommendations.forEach((r, k) => {
    if (k === i || r.evidence.length >= want.size) return;
    if (r.evidence.every((c) => want.has(c) && !got.has(c))) {
      parts.push(k);
      for (const c of r.evidence) got.add(c);
    }
  });
  return parts.length >= 2 && got.size === want.size ? parts : undefined;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
