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
  /** Where the case first appears in the log. */
  at: { file: string; line: number; sheet?: string };
}

/** The join key of a case: its round and id. */
export const referralKey = (round: string | null, caseId: string) => `${round ?? ''}\u0000${caseId}`;
