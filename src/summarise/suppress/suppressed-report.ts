// The report made safe to publish (`report --suppress N`): its counts with the small ones and the
// cells that would give them away hidden (suppress-cells.ts), shares only on N cases or more, and
// no list of case ids (their counts instead). Renderers print this model as it is.
//
// A later command applies the rule the same way: lay its counts out as cells and the sums a reader
// can form (a `Cells` and its `sum`s, cells.ts), call `hide()`, and print `Count`s.
import type { ReportModel } from '../report/report-model.js';
import { alone, type CellRef, type Cells, type Count, type Laid, type Show } from './cells.js';

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
  /** `--by <column>`: grade counts per value, in all and per table, hidden by the same rule. */
  breakdown?: {
    by: string;
    all: ValueRow[];
    tables: Array<{ table: number; label: string; values: ValueRow[] }>;
  };
}

interface ValueRow {
  value: string;
  counts: Counts;
  graded: Count;
}

export function suppressReport(model: ReportModel, below: number): SuppressedReport {
  return alone(below, (cells) => reportLaid(cells, model, below));
}

/** The report's cells a page links to other parts' (the dashboard): Tables 1, 2 and 3.., the themes, Annex A, the accounting. */
export interface ReportCells {
  self: CellRef[];
  independent: CellRef[];
  only: CellRef[];
  bothN: CellRef;
  onlyN: CellRef;
  tables: ReadonlyArray<{ counts: CellRef[]; graded: CellRef }>;
  totals: { read: CellRef; graded: CellRef; ungraded: CellRef; rejected: CellRef };
  annex: CellRef[];
  themes: ReadonlyArray<ReadonlyArray<{ unmet: CellRef; applied: CellRef }>>;
  lists: { referredBack: CellRef; suggested: CellRef; overrides: CellRef };
}

/** The report's counts and sums laid out in `cells`, which may hold other parts' too; the report once they are hidden. */
export function reportLaid(cells: Cells, model: ReportModel, below: number): Laid<ReportCells, SuppressedReport> {
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
  // With no Table 2 case of its types, a table's cases are Annex A's cases of those types.
  model.byTable.forEach((x, k) =>
    cells.relate(
      model.selfAssessedByType.flatMap((a, i) => (x.types.includes(a.type) ? [annex[i]!] : [])),
      tables[k]!.graded,
    ),
  );
  const themes = model.byTable.map((x) => x.themes.map((th) => ({ unmet: cells.add(th.unmet), applied: cells.add(th.applied) })));
  const lists = {
    referredBack: cells.add(model.referredBack.length),
    suggested: cells.add(model.referralSuggested.length),
    overrides: cells.add(model.overrides.length),
  };
  const breakdown = model.breakdown && breakdownCells(cells, model, { ids, row, tables, independent, only, graded: t.graded });
  const refs = { self, independent, only, bothN, onlyN, tables, totals: t, annex, themes, lists };
  return { refs, publish: (show) => published(model, below, refs, breakdown, show) };
}

function published(
  model: ReportModel,
  below: number,
  { self, independent, only, bothN, onlyN, tables, totals: t, annex, themes, lists }: ReportCells,
  breakdown: ReturnType<typeof breakdownCells> | undefined,
  show: Show,
): SuppressedReport {
  const ids = model.scale.ids;
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
    ...(breakdown && model.breakdown
      ? {
          breakdown: {
            by: model.breakdown.by,
            all: breakdown.all.map((v) => ({ value: v.value, counts: counts(v.counts), graded: show(v.graded) })),
            tables: breakdown.tables.map((x) => ({
              table: x.table,
              label: x.label,
              values: x.values.map((v) => ({ value: v.value, counts: counts(v.counts), graded: show(v.graded) })),
            })),
          },
        }
      : {}),
  };
}

interface LaidOut {
  ids: readonly string[];
  row: (counts: Record<string, number>) => number[];
  tables: ReadonlyArray<{ counts: number[]; graded: number }>;
  independent: number[];
  only: number[];
  graded: number;
}

/**
 * `--by`: each value's row in all and per table, and the sums a reader can form with them: a row
 * and its total, a value's tables against its row in all, the values of a table (of every table)
 * against that table's counts. A relation goes in only where the counts bear it out (the values cover
 * every graded case), since one that does not hold gives nothing away.
 */
function breakdownCells(cells: Cells, model: ReportModel, laid: LaidOut) {
  const b = model.breakdown!;
  const { ids, row } = laid;
  const valueRow = (v: { value: string; counts: Record<string, number>; graded: number }) => {
    const counts = row(v.counts);
    const graded = cells.add(v.graded, true);
    cells.sum([...counts, graded]);
    return { value: v.value, counts, graded, raw: v };
  };
  const all = b.all.map(valueRow);
  const tables = b.tables.map((t) => ({ table: t.table, label: t.label, values: t.values.map(valueRow) }));
  const holds = (parts: readonly number[], whole: number) => parts.reduce((a, x) => a + x, 0) === whole;
  for (const v of all) {
    const per = tables.flatMap((t) => t.values.filter((x) => x.value === v.value));
    ids.forEach((g, i) => {
      if (
        holds(
          per.map((x) => x.raw.counts[g] ?? 0),
          v.raw.counts[g] ?? 0,
        )
      )
        cells.sum([...per.map((x) => x.counts[i]!), v.counts[i]!]);
    });
    if (
      holds(
        per.map((x) => x.raw.graded),
        v.raw.graded,
      )
    )
      cells.sum([...per.map((x) => x.graded), v.graded]);
  }
  model.byTable.forEach((t, k) => {
    const values = tables.find((x) => x.table === t.table)?.values ?? [];
    ids.forEach((g, i) => {
      if (
        holds(
          values.map((v) => v.raw.counts[g] ?? 0),
          t.counts[g] ?? 0,
        )
      )
        cells.sum([...values.map((v) => v.counts[i]!), laid.tables[k]!.counts[i]!]);
    });
    if (
      holds(
        values.map((v) => v.raw.graded),
        t.graded,
      )
    )
      cells.sum([...values.map((v) => v.graded), laid.tables[k]!.graded]);
  });
  ids.forEach((g, i) => {
    const whole = (model.bothAssessed.independent[g] ?? 0) + (model.independentOnly[g] ?? 0);
    if (
      holds(
        all.map((v) => v.raw.counts[g] ?? 0),
        whole,
      )
    )
      cells.sum([...all.map((v) => v.counts[i]!), laid.independent[i]!, laid.only[i]!]);
  });
  if (
    holds(
      all.map((v) => v.raw.graded),
      model.totals.graded,
    )
  )
    cells.sum([...all.map((v) => v.graded), laid.graded]);
  return { all, tables };
}
