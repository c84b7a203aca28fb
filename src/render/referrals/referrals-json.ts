// `referrals --format json`: the contract's object in its key order, then the extras.
import type { ReferralsModel } from '../../summarise/referrals/referrals-fold.js';
import { sharingJson } from '../../domain/sharing.js';
import { jsonPieces } from '../json-pieces.js';
import type { RenderOptions } from '../options.js';

export function referralsJsonValue(m: ReferralsModel) {
  return {
    byStatus: m.byStatus,
    unaccounted: m.unaccounted,
    overdue: m.overdue,
    dismissedWithoutReason: m.dismissedWithoutReason,
    unknownCases: m.unknownCases.map(({ file, line, caseId, sheet }) => ({ file, line, caseId, ...(sheet ? { sheet } : {}) })),
    // Not in the contract:
    asOf: m.asOf,
    overdueDays: m.overdueDays,
    needing: m.needing,
    totals: m.totals,
  };
}

/** In pieces: the lists can hold a large share of a million cases. */
export function referralsJson(m: ReferralsModel, options?: RenderOptions): Iterable<string> {
  return jsonPieces({ ...referralsJsonValue(m), ...sharingJson(options?.sharing) });
}
