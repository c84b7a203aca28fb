// A referral back to the force, as a referrals log records it: one row per step, the case's latest
// step its status. The log's `note` column is free text about a child: it is never read.

export const REFERRAL_STATUSES = ['referred', 'acknowledged', 'actioned', 'dismissed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A case's latest step in the log. */
export interface LoggedReferral {
  caseId: string;
  /** null: the log names no round (matches case files that name none). */
  round: string | null;
  status: ReferralStatus;
  /** ISO date of the latest step. */
  date: string;
  /** The latest step's reason code; null when blank. */
  reason: string | null;
  /** Where the case first appears in the log (the log's file is the log's). */
  line: number;
  sheet?: string;
}

/** The log's cases by round (null: none named) and case id: their index in the log's entries. */
export type LogIndex = ReadonlyMap<string | null, ReadonlyMap<string, number>>;

export function logIndex(cases: ReadonlyArray<Pick<LoggedReferral, 'round' | 'caseId'>>): LogIndex {
  const index = new Map<string | null, Map<string, number>>();
  cases.forEach((c, i) => {
    let ids = index.get(c.round);
    if (!ids) index.set(c.round, (ids = new Map()));
    ids.set(c.caseId, i);
  });
  return index;
}
