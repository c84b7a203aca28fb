// The report made safe to publish (`report --suppress N`): its counts with the small ones and the
// cells that would give them away hidden (suppress-cells.ts), shares only on N cases or more, and
// no list of case ids (their counts instead). Renderers print this model as it is.
//
// A later command (actions, dashboard) applies the rule in one call the same way: lay its counts out
// as cells and the sums a reader can form (a `Cells` and its `sum`s), call `hide()`, and print `Count`s.
import type { ReportModel } from '../report/report-model.js';
import { suppressCells, type Sum } from './suppress-cells.js';

/** A count as published: the number, or hidden (`small`: it is from 1 to N-1; else hidden to protect one that is). */
export type Count = number | { suppressed: true; small: boolean };

/** Counts and the sums among them, then the hidden ones worked out at once. */
class Cells {
  private readonly values: number[] = [];
  private readonly totals = new Set<number>();
  private readonly sums: Sum[] = [];

  add(value: number, total = false): number {
    if (total) this.totals.add(this.values.length);
    return this.values.push(value) - 1;
  }

  sum(cells: readonly number[]): void {
    this.sums.push(cells);
  }

  hide(below: number): (cell: number) => Count {
    const hidden = suppressCells(this.values, this.sums, below, this.totals);
    return (cell) => (hidden[cell] ? { suppressed: true, small: this.values[cell]! < below } : this.values[cell]!);
  }
}

type Counts = Record<string, Count>;

export interface SuppressedReport {
  below: number;
  force: string;
  inspectorate: string;
  programme: string;
  grades: ReadonlyArray<{ id: string; label: string }>;
  labels: { self: string; independent: string; table1: string; table2: string };
  totals: { read: Count; graded: Count; ungraded: Count; rejected: Count };
  bothAssessed: { self: Counts; independent: Counts; n: Count };
  independentOnly: Counts;
  independentOnlyN: Count;
  byTable: Array<{
    table: number;
    label: string;
    caption: string;
    types: string[];
    counts: Counts;
    graded: Count;
    /** Shares only where the criterion applied to N cases or more. */
    themes: Array<{ criterion: string; text: string; unmet: Count; applied: Count; share: number | null }>;
  }>;
  selfAssessedByType: Array<{ type: string; title: string; n: Count }>;
  referredBack: Count;
  referralSuggested: Count;
  overrides: Count;
}

export function suppressReport(model: ReportModel, below: number): SuppressedReport {
  const cells = new Cells();
  const ids = model.scale.ids;
  const row = (counts: Record<string, number>) => ids.map((g) => cells.add(counts[g] ?? 0));
  const n1 = ids.reduce((a, g) => a + (model.bothAssessed.self[g] ?? 0), 0);
  const n2 = ids.reduce((a, g) => a + (model.independentOnly[g] ?? 0), 0);
  const bothN = cells.add(n1, true);
  const onlyN = cells.add(n2, true);
  const self = row(model.bothAssessed.self);
  const independent = row(model.bothAssessed.independent);
  const only = row(model.independentOnly);
  cells.sum([...self, bothN]);
  cells.sum([...independent, bothN]);
  cells.sum([...only, onlyN]);
  const tables = model.byTable.map((t) => ({ counts: row(t.counts), graded: cells.add(t.graded, true) }));
  for (const t of tables) cells.sum([...t.counts, t.graded]);
  // Tables 3.. hold every graded case: per grade they add up to Table 1's independent row and Table 2.
  ids.forEach((_, g) => cells.sum([...tables.map((t) => t.counts[g]!), independent[g]!, only[g]!]));
  const { read, graded, ungraded, rejected } = model.totals;
  const t = { read: cells.add(read, true), graded: cells.add(graded, true), ungraded: cells.add(ungraded), rejected: cells.add(rejected) };
  cells.sum([...tables.map((x) => x.graded), t.graded]);
  cells.sum([bothN, onlyN, t.graded]);
  cells.sum([t.graded, t.ungraded, t.rejected, t.read]);
  const annex = model.selfAssessedByType.map((a) => cells.add(a.n));
  if (annex.length > 0) cells.sum([...annex, bothN]);
  const themes = model.byTable.map((x) => x.themes.map((th) => ({ unmet: cells.add(th.unmet), applied: cells.add(th.applied) })));
  const lists = {
    referredBack: cells.add(model.referredBack.length),
    suggested: cells.add(model.referralSuggested.length),
    overrides: cells.add(model.overrides.length),
  };
  const show = cells.hide(below);
  const counts = (row: number[]): Counts => Object.fromEntries(ids.map((g, i) => [g, show(row[i]!)]));
  return {
    below,
    force: model.force,
    inspectorate: model.inspectorate,
    programme: model.programme,
    grades: ids.map((id) => ({ id, label: model.scale.tableLabel(id) })),
    labels: { self: model.selfLabel, independent: model.independentLabel, table1: model.table1Caption, table2: model.table2Caption },
    totals: { read: show(t.read), graded: show(t.graded), ungraded: show(t.ungraded), rejected: show(t.rejected) },
    bothAssessed: { self: counts(self), independent: counts(independent), n: show(bothN) },
    independentOnly: counts(only),
    independentOnlyN: show(onlyN),
    byTable: model.byTable.map((x, i) => ({
      table: x.table,
      label: x.label,
      caption: x.caption,
      types: x.types,
      counts: counts(tables[i]!.counts),
      graded: show(tables[i]!.graded),
      themes: x.themes.map((th, j) => ({
        criterion: th.criterion,
        text: th.text,
        unmet: show(themes[i]![j]!.unmet),
        applied: show(themes[i]![j]!.applied),
        share: th.applied >= below && typeof show(themes[i]![j]!.unmet) === 'number' ? th.share : null,
      })),
    })),
    selfAssessedByType: model.selfAssessedByType.map((a, i) => ({ type: a.type, title: a.title, n: show(annex[i]!) })),
    referredBack: show(lists.referredBack),
    referralSuggested: show(lists.suggested),
    overrides: show(lists.overrides),
  };
}
