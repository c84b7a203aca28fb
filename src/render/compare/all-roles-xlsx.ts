// `compare --all-roles --format xlsx`: a front sheet with alpha and its intervals and the
// accounting, then every two roles. Figures stay numbers; a missing one is an empty cell.
import type { StreamedOutput } from '../../domain/output.js';
import type { AllRolesModel } from '../../summarise/compare/all-roles.js';
import { workbook } from '../xlsx/write-book.js';
import { frontSheet, numberColumn, textColumn } from '../xlsx/xlsx-kit.js';
import { ALL_ROLES_HEADING, alphaNotes, allRolesIntro, pairNotes } from './all-roles-layout.js';

export function allRolesXlsx(m: AllRolesModel): StreamedOutput {
  const front = frontSheet(
    ALL_ROLES_HEADING,
    [
      ['Cases compared', m.n],
      ['Roles', m.roles.map((r) => r.label).join(', ')],
      ['Alpha (ordinal)', m.alpha.ordinal.value],
      ['Alpha (ordinal), 95% interval from', m.alpha.ordinal.interval?.[0] ?? null],
      ['Alpha (ordinal), 95% interval to', m.alpha.ordinal.interval?.[1] ?? null],
      ['Alpha (interval)', m.alpha.interval.value],
      ['Alpha (interval), 95% interval from', m.alpha.interval.interval?.[0] ?? null],
      ['Alpha (interval), 95% interval to', m.alpha.interval.interval?.[1] ?? null],
      ...[allRolesIntro(m), ...alphaNotes(m), ...pairNotes(m)].map((n): [string, string] => ['Note', n]),
    ],
    m.totals,
    m.criteriaSet,
  );
  return workbook([
    front,
    {
      name: 'Every two roles',
      columns: [
        textColumn('A', 28),
        textColumn('B', 28),
        numberColumn('Cases'),
        numberColumn('Agreed'),
        numberColumn('Exact agreement', 16, '0%'),
        numberColumn('Kappa', 10, '0.00'),
        numberColumn('Kappa from', 12, '0.00'),
        numberColumn('Kappa to', 12, '0.00'),
      ],
      rows: m.pairs.map((p) => [
        p.aLabel,
        p.bLabel,
        p.n,
        p.agreed,
        p.exactAgreement,
        p.kappa,
        p.kappaInterval?.[0] ?? null,
        p.kappaInterval?.[1] ?? null,
      ]),
    },
  ]);
}
