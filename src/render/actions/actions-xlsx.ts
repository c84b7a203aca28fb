// `actions --format xlsx`: a front sheet with the headline and the counts, a sheet of the
// recommendations and one of their rounds. Numbers stay numbers (shares as percentages).
import type { StreamedOutput } from '../../domain/output.js';
import type { ActionsModel } from '../../summarise/actions/actions-model.js';
import { STATUS_LABELS } from '../../summarise/actions/actions-model.js';
import { workbook, type XSheet } from '../xlsx/write-book.js';
import { frontSheet, numberColumn, textColumn } from '../xlsx/xlsx-kit.js';
import { gapLines, SUMMARY_HEAD, summaryRow, title } from './actions-layout.js';

const PCT = '0.0%';

/** The recommendations, and each one's rounds. */
export function recommendationSheets(m: ActionsModel): XSheet[] {
  const recommendations = {
    name: 'Recommendations',
    columns: [
      textColumn('ID', 8),
      textColumn('Recommendation', 50),
      textColumn('Status', 14),
      textColumn('Due', 12),
      textColumn('Overdue', 9),
      textColumn('Owner', 24),
      textColumn('Criteria', 20),
      textColumn('Areas', 16),
      textColumn('From round', 18),
      textColumn('To round', 18),
      numberColumn('Change', 10, PCT),
      numberColumn('Change low', 11, PCT),
      numberColumn('Change high', 11, PCT),
      textColumn('Verdict', 16),
      textColumn('Mismatch', 28),
    ],
    rows: m.recommendations.map((r) => [
      r.id,
      r.text,
      STATUS_LABELS[r.status],
      r.due,
      r.overdue ? 'yes' : 'no',
      r.owner,
      r.criteria.join(', '),
      r.areas.join(', '),
      r.change?.from ?? null,
      r.change?.to ?? null,
      r.change?.difference ?? null,
      r.change?.differenceInterval[0] ?? null,
      r.change?.differenceInterval[1] ?? null,
      r.verdict,
      r.mismatch,
    ]),
    wrap: true,
  };
  const rounds = {
    name: 'Rounds',
    columns: [
      textColumn('ID', 8),
      textColumn('Round', 20),
      numberColumn('Cases'),
      numberColumn('Applied'),
      numberColumn('Unmet'),
      numberColumn('Share unmet', 12, PCT),
      numberColumn('95% low', 10, PCT),
      numberColumn('95% high', 10, PCT),
    ],
    rows: m.recommendations.flatMap((r) =>
      r.rounds.map((x) => [r.id, x.round, x.n, x.applied, x.unmet, x.share, x.interval?.[0] ?? null, x.interval?.[1] ?? null]),
    ),
  };
  return [recommendations, rounds];
}

export function actionsXlsx(m: ActionsModel): StreamedOutput {
  const counts = summaryRow(m);
  const front = frontSheet(
    title(m),
    [
      ['Headline', m.headline],
      ['As of', m.asOf],
      ...SUMMARY_HEAD.map((h, i) => [h, counts[i]!] as const),
      ...gapLines(m).map((g) => ['Gap', g] as const),
      ['Intervals', m.intervalNote],
    ],
    m.totals,
    m.criteriaSet,
  );
  return workbook([front, ...recommendationSheets(m)]);
}
