// A leak checker for `--suppress` output, written from what the page means, not from the code that
// hides: every relation a reader can form among the printed counts (a row and its total, the parts
// of a table against another, a count printed in two places, which is one unknown), and whether any
// relation has exactly one count the page does not print. It reads a page made of the commands'
// JSON under the keys `report`, `compare`, `trend` and `actions` (the dashboard's page as it is; a
// command on its own as `{ trend: json }`), each part optional.
import { expect } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed JSON, read key by key below
export type Json = Record<string, any>;

const isHidden = (v: unknown) => typeof v === 'object' && v !== null && (v as { suppressed?: unknown }).suppressed === true;

export interface Known {
  /** The programme's areas and their criteria (programme.yaml), which a reader of the criteria knows. */
  areas?: Record<string, string[]>;
}

type Criterion = { criterion: string; type: string; rounds: Array<{ round: string }> };
type Rec = { id: string; criteria: string[]; areas: string[]; rounds: Array<{ round: string }> };

/**
 * What a reader of the page can work out: the counts by place, the relations among them, and the
 * places that print the same count. Returns each relation with exactly one count not printed
 * anywhere on the page (a count printed under another place is known).
 */
export function recoverable(j: Json, known: Known = {}): string[] {
  const at = (path: string): unknown => path.split('.').reduce<Json | undefined>((o, k) => o?.[k], j);
  const parent = new Map<string, string>();
  const find = (p: string): string => {
    const q = parent.get(p);
    return q === undefined || q === p ? p : find(q);
  };
  const twice = new Set<string>();
  const same = (a: string, b: string) => {
    twice.add(a).add(b);
    parent.set(find(a), find(b));
  };
  const relations: string[][] = [];
  const IDS = gradeIds(j);
  const grades = (prefix: string) => IDS.map((g) => `${prefix}.${g}`);
  // A list with no parts (no row per auditor) gives no relation.
  const sumOf = (parts: string[], whole: string) => parts.length > 0 && relations.push([...parts, whole]);
  const accounting = (prefix: string) =>
    sumOf(
      ['graded', 'ungraded', 'rejected'].map((k) => `${prefix}.${k}`),
      `${prefix}.read`,
    );
  const { report: r, compare: c, trend: t, actions: a } = j;

  if (r) {
    // The report: Tables 1 and 2 with their totals, Tables 3.. against them, the accounting, Annex A.
    sumOf(grades('report.bothAssessed.self'), 'report.bothAssessed.n');
    sumOf(grades('report.bothAssessed.independent'), 'report.bothAssessed.n');
    sumOf(grades('report.independentOnly'), 'report.independentOnlyN');
    r.byTable.forEach((_: unknown, k: number) => sumOf(grades(`report.byTable.${k}.counts`), `report.byTable.${k}.graded`));
    for (const g of IDS)
      sumOf(
        [...r.byTable.map((_: unknown, k: number) => `report.byTable.${k}.counts.${g}`), `report.bothAssessed.independent.${g}`],
        `report.independentOnly.${g}`,
      );
    sumOf(
      r.byTable.map((_: unknown, k: number) => `report.byTable.${k}.graded`),
      'report.totals.graded',
    );
    sumOf(['report.bothAssessed.n', 'report.independentOnlyN'], 'report.totals.graded');
    accounting('report.totals');
    sumOf(
      r.selfAssessedByType.map((_: unknown, i: number) => `report.selfAssessedByType.${i}.n`),
      'report.bothAssessed.n',
    );
    // With no case in Table 2 (printed as 0), a table's cases are Annex A's cases of its types.
    if (r.independentOnlyN === 0)
      r.byTable.forEach((tb: { types: string[] }, k: number) =>
        sumOf(
          (r.selfAssessedByType as Array<{ type: string }>).flatMap((x, i) =>
            tb.types.includes(x.type) ? [`report.selfAssessedByType.${i}.n`] : [],
          ),
          `report.byTable.${k}.graded`,
        ),
      );
  }

  if (c) {
    // The comparison: the matrix, its margins and total, agreed, higher, lower, each distance, the
    // rows per type and per auditor against the whole, the accounting.
    const cell = (x: number, y: number) => `compare.matrix.${IDS[x]}.${IDS[y]}`;
    const idx = IDS.map((_, i) => i);
    for (const x of idx)
      sumOf(
        idx.map((y) => cell(x, y)),
        `compare.selfTotals.${IDS[x]}`,
      );
    for (const y of idx)
      sumOf(
        idx.map((x) => cell(x, y)),
        `compare.independentTotals.${IDS[y]}`,
      );
    sumOf(grades('compare.selfTotals'), 'compare.n');
    sumOf(grades('compare.independentTotals'), 'compare.n');
    const where = (keep: (x: number, y: number) => boolean) => idx.flatMap((x) => idx.filter((y) => keep(x, y)).map((y) => cell(x, y)));
    sumOf(
      where((x, y) => x === y),
      'compare.agreed',
    );
    sumOf(
      where((x, y) => x < y),
      'compare.selfHigher',
    );
    sumOf(
      where((x, y) => x > y),
      'compare.selfLower',
    );
    for (const d of Object.keys(c.apart))
      sumOf(
        where((x, y) => Math.abs(x - y) === Number(d)),
        `compare.apart.${d}`,
      );
    sumOf(['compare.agreed', 'compare.selfHigher', 'compare.selfLower'], 'compare.n');
    // Every case is agreed or some distance apart.
    sumOf(['compare.agreed', ...Object.keys(c.apart).map((d) => `compare.apart.${d}`)], 'compare.n');
    const rows = (list: string, keys: [string, string, string, string]) => {
      const items = (c[list] ?? []) as unknown[];
      items.forEach((_, i) =>
        sumOf(
          [1, 2, 3].map((k) => `compare.${list}.${i}.${keys[k]}`),
          `compare.${list}.${i}.${keys[0]}`,
        ),
      );
      const whole = ['compare.n', 'compare.agreed', 'compare.selfHigher', 'compare.selfLower'];
      keys.forEach((key, k) =>
        sumOf(
          items.map((_, i) => `compare.${list}.${i}.${key}`),
          whole[k]!,
        ),
      );
    };
    rows('byType', ['n', 'agreed', 'selfHigher', 'selfLower']);
    rows('byAuditor', ['n', 'agreed', 'higher', 'lower']);
    accounting('compare.totals');
  }

  // A criterion's findings in a round, as the trend prints them.
  const criteria = (pick: (x: Criterion) => boolean, round: string, key: 'n' | 'unmet') =>
    ((t?.criteria ?? []) as Criterion[]).flatMap((x, i) =>
      pick(x) ? [`trend.criteria.${i}.rounds.${x.rounds.findIndex((y) => y.round === round)}.${key}`] : [],
    );
  if (t) {
    // The trend: each round and its total, Tables 3.. per round against the round, the rounds
    // against the cases graded and their ungraded against the read's, an area against its
    // criteria, the accounting.
    t.rounds.forEach((_: unknown, i: number) => {
      sumOf(grades(`trend.rounds.${i}.counts`), `trend.rounds.${i}.n`);
      t.byTable.forEach((_t: unknown, k: number) =>
        sumOf(grades(`trend.byTable.${k}.rounds.${i}.counts`), `trend.byTable.${k}.rounds.${i}.n`),
      );
      for (const g of IDS)
        sumOf(
          t.byTable.map((_t: unknown, k: number) => `trend.byTable.${k}.rounds.${i}.counts.${g}`),
          `trend.rounds.${i}.counts.${g}`,
        );
      sumOf(
        t.byTable.map((_t: unknown, k: number) => `trend.byTable.${k}.rounds.${i}.n`),
        `trend.rounds.${i}.n`,
      );
      ((t.rounds[i].areas ?? []) as Array<{ area: string }>).forEach((area, k) => {
        const mine = known.areas?.[area.area];
        if (!mine) return;
        for (const [key, of] of [
          ['n', 'applied'],
          ['unmet', 'unmet'],
        ] as const)
          sumOf(
            criteria((x) => mine.includes(x.criterion), t.rounds[i].round, key),
            `trend.rounds.${i}.areas.${k}.${of}`,
          );
      });
    });
    sumOf(
      t.rounds.map((_: unknown, i: number) => `trend.rounds.${i}.n`),
      'trend.totals.graded',
    );
    sumOf(
      t.rounds.map((_: unknown, i: number) => `trend.rounds.${i}.ungraded`),
      'trend.totals.ungraded',
    );
    accounting('trend.totals');
  }

  if (a) {
    // The recommendations: one whose evidence (its criteria and its areas') is exactly others'
    // together has their findings added up; two with the same evidence print the same counts; one
    // whose evidence is one criterion has as many cases as findings applied (a case has one finding
    // per criterion); the accounting.
    const recs = a.recommendations as Rec[];
    const evidence = (x: Rec) =>
      x.areas.every((id) => known.areas?.[id]) ? new Set([...x.criteria, ...x.areas.flatMap((id) => known.areas![id]!)]) : null;
    const roundAt = (x: Rec, round: string) => x.rounds.findIndex((y) => y.round === round);
    const sameSet = (x: Set<string> | null, y: Set<string> | null) =>
      x !== null && y !== null && x.size === y.size && [...x].every((c) => y.has(c));
    recs.forEach((x, i) => {
      const mine = evidence(x);
      if (!mine) return;
      // Others whose evidence, disjoint, makes up this one's.
      const parts = recs.flatMap((p, q) => {
        const theirs = evidence(p);
        return q !== i && theirs && theirs.size < mine.size && [...theirs].every((cr) => mine.has(cr)) ? [q] : [];
      });
      // Of two with the same evidence, one (the other prints the same counts).
      const distinct = parts.filter((q, n) => !parts.slice(0, n).some((o) => sameSet(evidence(recs[o]!), evidence(recs[q]!))));
      const covered = distinct.flatMap((q) => [...evidence(recs[q]!)!]);
      const cover = distinct.length >= 2 && covered.length === mine.size && new Set(covered).size === covered.length;
      x.rounds.forEach((y, k) => {
        const place = `actions.recommendations.${i}.rounds.${k}`;
        if (mine.size === 1) same(`${place}.n`, `${place}.applied`);
        recs.forEach((z, q) => {
          const at = roundAt(z, y.round);
          if (q > i && at >= 0 && sameSet(mine, evidence(z)))
            for (const key of ['n', 'applied', 'unmet']) same(`${place}.${key}`, `actions.recommendations.${q}.rounds.${at}.${key}`);
        });
        if (!cover || distinct.some((q) => roundAt(recs[q]!, y.round) < 0)) return;
        for (const key of ['applied', 'unmet'])
          sumOf(
            distinct.map((q) => `actions.recommendations.${q}.rounds.${roundAt(recs[q]!, y.round)}.${key}`),
            `${place}.${key}`,
          );
      });
    });
    accounting('actions.totals');
  }

  // Across parts: the same cases counted twice. Table 1 is what compare compares, and both print
  // the round's accounting; trend's last round is the report's round; one round read, the
  // report's accounting is the read's, which trend and actions print.
  if (r && c) {
    for (const g of IDS) {
      same(`report.bothAssessed.self.${g}`, `compare.selfTotals.${g}`);
      same(`report.bothAssessed.independent.${g}`, `compare.independentTotals.${g}`);
    }
    same('report.bothAssessed.n', 'compare.n');
    r.selfAssessedByType.forEach((x: { type: string }, i: number) => {
      const k = c.byType.findIndex((y: { type: string }) => y.type === x.type);
      if (k >= 0) same(`report.selfAssessedByType.${i}.n`, `compare.byType.${k}.n`);
    });
    for (const k of ['read', 'graded', 'ungraded', 'rejected']) same(`report.totals.${k}`, `compare.totals.${k}`);
  }
  if (t && a) for (const k of ['read', 'graded', 'ungraded', 'rejected']) same(`actions.totals.${k}`, `trend.totals.${k}`);
  if (r && t) {
    if (t.rounds.length === 1) for (const k of ['read', 'graded', 'ungraded', 'rejected']) same(`report.totals.${k}`, `trend.totals.${k}`);
    const last = t.rounds.length - 1;
    for (const g of IDS) sumOf([`report.bothAssessed.independent.${g}`, `report.independentOnly.${g}`], `trend.rounds.${last}.counts.${g}`);
    same('report.totals.graded', `trend.rounds.${last}.n`);
    r.byTable.forEach((_: unknown, k: number) => {
      for (const g of IDS) same(`report.byTable.${k}.counts.${g}`, `trend.byTable.${k}.rounds.${last}.counts.${g}`);
      same(`report.byTable.${k}.graded`, `trend.byTable.${k}.rounds.${last}.n`);
    });
    // A common theme of a report table is its criterion in the table's types in the latest round.
    const lastRound = t.rounds[last].round;
    r.byTable.forEach((tb: { types: string[]; themes: Array<{ criterion: string }> }, k: number) =>
      tb.themes.forEach((th, q) => {
        const mine = (x: Criterion) => x.criterion === th.criterion && tb.types.includes(x.type);
        sumOf(criteria(mine, lastRound, 'n'), `report.byTable.${k}.themes.${q}.applied`);
        sumOf(criteria(mine, lastRound, 'unmet'), `report.byTable.${k}.themes.${q}.unmet`);
      }),
    );
  }
  if (t && a)
    // A recommendation's findings in a round are its criteria's.
    (a.recommendations as Rec[]).forEach((rec, i) => {
      if (rec.areas.length > 0) return;
      rec.rounds.forEach((x, k) => {
        const mine = (y: Criterion) => rec.criteria.includes(y.criterion);
        sumOf(criteria(mine, x.round, 'n'), `actions.recommendations.${i}.rounds.${k}.applied`);
        sumOf(criteria(mine, x.round, 'unmet'), `actions.recommendations.${i}.rounds.${k}.unmet`);
      });
    });

  // A count known under another place (one printed twice) counts as printed wherever it stands.
  const all = new Set([...relations.flat(), ...twice]);
  for (const p of all) expect(at(p), `${p} is on the page`).toBeDefined();
  const shown = new Set([...all].filter((p) => !isHidden(at(p))).map(find));
  return relations.filter((paths) => new Set(paths.map(find).filter((x) => !shown.has(x))).size === 1).map((paths) => paths.join(' + '));
}

/** The grade ids, best first, as the page's first part prints them. */
function gradeIds(j: Json): string[] {
  if (j.report) return Object.keys(j.report.bothAssessed.self);
  if (j.compare) return Object.keys(j.compare.selfTotals);
  if (j.trend) return Object.keys(j.trend.rounds[0]?.counts ?? {});
  return [];
}

/** Every place of the page's JSON that holds a hidden count. */
export function hiddenPlaces(j: unknown, path = ''): string[] {
  if (isHidden(j)) return [path];
  if (typeof j !== 'object' || j === null) return [];
  return Object.entries(j).flatMap(([k, v]) => hiddenPlaces(v, path ? `${path}.${k}` : k));
}
