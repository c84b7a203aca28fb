// `actions --format csv`: one row per recommendation and round (the baseline and each round
// after), the recommendation's status, verdict and change repeated on each, so a filter on
// `round` or `id` gives any view.
import type { ActionsModel } from '../../summarise/actions/actions-model.js';
import { csvDocument, type Cell } from '../../text/csv.js';

const ACTIONS_CSV_HEADER = [
  'id',
  'status',
  'due',
  'overdue',
  'owner',
  'criteria',
  'areas',
  'round',
  'n',
  'applied',
  'unmet',
  'share',
  'interval_low',
  'interval_high',
  'change_from',
  'change_to',
  'difference',
  'difference_low',
  'difference_high',
  'significant',
  'verdict',
  'mismatch',
];

export function actionsCsv(m: ActionsModel): string {
  const rows: Cell[][] = m.recommendations.flatMap((r) =>
    r.rounds.map((x) => [
      r.id,
      r.status,
      r.due,
      r.overdue,
      r.owner,
      r.criteria.join(' '),
      r.areas.join(' '),
      x.round,
      x.n,
      x.applied,
      x.unmet,
      x.share,
      x.interval?.[0],
      x.interval?.[1],
      r.change?.from,
      r.change?.to,
      r.change?.difference,
      r.change?.differenceInterval[0],
      r.change?.differenceInterval[1],
      r.change?.significant,
      r.verdict,
      r.mismatch,
    ]),
  );
  return csvDocument(ACTIONS_CSV_HEADER, rows);
}
