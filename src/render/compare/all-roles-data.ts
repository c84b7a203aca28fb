// `compare --all-roles --format json` and `--format csv`. JSON: the contract's `alpha: { ordinal:
// { value, interval }, interval: { value, interval } }` and `pairs: [ { a, b, n, exactAgreement,
// kappa, kappaInterval } ]`, then what a reader needs beside them (the roles, the cases compared,
// the bootstrap, the reasons for each null). CSV: one long table, a figure a row.
import type { AllRolesModel } from '../../summarise/compare/all-roles.js';
import type { AlphaFigure } from '../../summarise/compare/all-roles-alpha.js';
import { csvDocument, type Cell } from '../../text/csv.js';

const alphaJson = (a: AlphaFigure) => ({ value: a.value, interval: a.interval });

export function allRolesJson(m: AllRolesModel): string {
  const value = {
    alpha: { ordinal: alphaJson(m.alpha.ordinal), interval: alphaJson(m.alpha.interval) },
    pairs: m.pairs.map((p) => ({
      a: p.a,
      b: p.b,
      n: p.n,
      exactAgreement: p.exactAgreement,
      kappa: p.kappa,
      kappaInterval: p.kappaInterval,
    })),
    // Not in the contract: added for readers of the JSON.
    roles: m.roles.map((r) => r.role),
    labels: Object.fromEntries(m.roles.map((r) => [r.role, r.label])),
    n: m.n,
    assessments: m.assessments,
    bootstrap: m.bootstrap,
    reasons: {
      alpha: { ordinal: m.alpha.ordinal.reason, interval: m.alpha.interval.reason },
      pairs: m.pairs.map((p) => ({ a: p.a, b: p.b, reason: p.reason })),
    },
    totals: m.totals,
    criteriaSet: m.criteriaSet,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

const ALL_ROLES_CSV_HEADER = ['section', 'metric', 'a', 'b', 'measure', 'value'];

export function allRolesCsv(m: AllRolesModel): string {
  const rows: Cell[][] = [['cases', null, null, null, 'n', m.n]];
  for (const [metric, a] of [
    ['ordinal', m.alpha.ordinal],
    ['interval', m.alpha.interval],
  ] as const) {
    rows.push(
      ['alpha', metric, null, null, 'value', a.value],
      ['alpha', metric, null, null, 'interval_lo', a.interval?.[0]],
      ['alpha', metric, null, null, 'interval_hi', a.interval?.[1]],
    );
  }
  for (const p of m.pairs) {
    const cells: Array<[string, Cell]> = [
      ['n', p.n],
      ['agreed', p.agreed],
      ['exact_agreement', p.exactAgreement],
      ['kappa', p.kappa],
      ['kappa_lo', p.kappaInterval?.[0]],
      ['kappa_hi', p.kappaInterval?.[1]],
    ];
    rows.push(...cells.map(([measure, value]): Cell[] => ['pair', null, p.a, p.b, measure, value]));
  }
  return csvDocument(ALL_ROLES_CSV_HEADER, rows);
}
