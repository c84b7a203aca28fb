// What every format of `referrals` lists, as rows of words: the counts by latest status, then the
// cases that need someone to act. Renderers escape and lay these out.
import type { ReferralsModel } from '../../summarise/referrals/referrals-fold.js';
import { placeText } from '../../domain/diagnostic.js';

const roundText = (round: string | null) => round ?? '';

export const STATUS_HEAD = ['Latest status', 'Cases'];
export const statusRows = (m: ReferralsModel): Array<[string, number]> => Object.entries(m.byStatus);

export function lead(m: ReferralsModel): string[] {
  const n = m.unaccounted.length;
  return [
    n === 0
      ? `Every case referred back or suggested for referral (${m.needing}) is in the log.`
      : `${n} of ${m.needing} ${m.needing === 1 ? 'case' : 'cases'} referred back or suggested for referral ${n === 1 ? 'is' : 'are'} not in the log: unaccounted.`,
    `Referrals with no response after ${m.overdueDays} days, counted to ${m.asOf}: ${m.overdue.length}.`,
  ];
}

export interface Section {
  title: string;
  head: string[];
  rows: string[][];
  /** Said when the list is empty. */
  none: string;
}

export function sections(m: ReferralsModel): Section[] {
  return [
    {
      title: 'Unaccounted: suggested or referred back, and not in the log',
      head: ['Case', 'Round', 'Because'],
      rows: m.unaccounted.map((u) => [u.caseId, roundText(u.round), u.because]),
      none: 'None.',
    },
    {
      title: `Overdue: referred, no response after ${m.overdueDays} days`,
      head: ['Case', 'Round', 'Referred on', 'Days'],
      rows: m.overdue.map((o) => [o.caseId, roundText(o.round), o.date, String(o.days)]),
      none: 'None.',
    },
    {
      title: 'Dismissed without a reason code',
      head: ['Case', 'Round'],
      rows: m.dismissedWithoutReason.map((d) => [d.caseId, roundText(d.round)]),
      none: 'None.',
    },
    {
      title: 'Log rows for a case in no case file',
      head: ['Case', 'Where'],
      rows: m.unknownCases.map((u) => [u.caseId, placeText(u)]),
      none: 'None.',
    },
  ];
}
