// `plan --format json` and `--format csv`. JSON is the contract's object and nothing more:
// `{ goal, method, n, perType: [ { type, population, n } ] }`. CSV is one row for all cases, then
// one per case type, each with its own method (a type's finite-population correction differs).
import type { PlanModel } from '../../summarise/plan/plan-sizes.js';
import { csvDocument, type Cell } from '../../text/csv.js';

export function planJson(m: PlanModel): string {
  const value = {
    goal: m.goal.kind,
    method: m.method,
    n: m.n,
    perType: m.perType.map((t) => ({ type: t.type, population: t.population, n: t.n })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

const PLAN_CSV_HEADER = ['goal', 'case_type', 'population', 'n', 'method'];

export function planCsv(m: PlanModel): string {
  const rows: Cell[][] = [
    [m.goal.kind, 'all', m.population, m.n, m.method],
    ...m.perType.map((t): Cell[] => [m.goal.kind, t.type, t.population, t.n, t.method]),
  ];
  return csvDocument(PLAN_CSV_HEADER, rows);
}
