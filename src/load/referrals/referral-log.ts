// The referrals log (CSV or XLSX: case_id, round, status, date, by, reason, note) read into each
// case's latest step. Each bad row is an error at its place and is skipped, the rest read on: an
// unknown status or reason (did you mean), a date that is not a date (saying which way it was read),
// a case logged twice with different statuses on the same date. The `note` column is free text
// about a child: its cells are never read, stored or quoted.
import type { Readable } from 'node:stream';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { parseDate } from '../../domain/dates.js';
import { error, warning, type Diagnostic } from '../../domain/diagnostic.js';
import { REFERRAL_STATUSES, type LoggedReferral, type ReferralStatus } from '../../domain/referral.js';
import { didYouMean } from '../../text/did-you-mean.js';
import { quote } from '../../text/escape.js';
import type { Pseudonyms } from '../../domain/pseudonym.js';
import { idAsRead } from '../rows/case-id.js';
import { nameKey } from '../rows/header-names.js';
import { forEachTableRow, type TableRow } from './table-rows.js';

const COLUMNS = ['case_id', 'round', 'status', 'date', 'by', 'reason', 'note'] as const;
const REQUIRED = ['case_id', 'status', 'date'] as const;

export interface ReferralLog {
  file: string;
  /** Each case's latest step, in the order cases first appear. */
  cases: LoggedReferral[];
  diagnostics: Diagnostic[];
  /** Rows refused (each has an error). */
  errors: number;
}

/** `ids`: under --pseudonymise, each case id becomes its pseudonym as it is read, as the case files' do, so the two join. */
export async function readReferralLog(file: string, stdin: Readable, criteria: CriteriaSet, ids?: Pseudonyms): Promise<ReferralLog> {
  const log: ReferralLog = { file, cases: [], diagnostics: [], errors: 0 };
  /** Per case (round and id), its place in `cases`; only while the log is read. */
  const byKey = new Map<string, number>();
  const reasons = (criteria.programme.referralReasons ?? []).map((r) => r.id);
  /** Per case, the statuses logged on each date and the line of the first, to spot a conflict. */
  const onDate = new Map<string, { status: ReferralStatus; line: number }>();
  let columns: Map<string, number> | undefined;
  let stopped = false;
  const problem = (d: Diagnostic) => {
    log.diagnostics.push(d);
    if (d.severity === 'error') log.errors++;
  };
  const at = (row: TableRow, col?: number) => (d: Diagnostic) =>
    problem({ ...d, ...(col === undefined ? {} : { col }), ...(row.sheet ? { sheet: row.sheet } : {}) });

  const header = (row: TableRow) => {
    columns = new Map();
    row.cells.forEach((raw, i) => {
      const name = nameKey(raw);
      if ((COLUMNS as readonly string[]).includes(name)) columns!.set(name, i);
      else
        at(
          row,
          i + 1,
        )(
          warning(
            file,
            row.line,
            'unknown-column',
            `column ${quote(raw)} is not a referrals log column${didYouMean(raw, COLUMNS, { normalise: nameKey })}; it is not read`,
          ),
        );
    });
    const missing = REQUIRED.filter((c) => !columns!.has(c));
    if (missing.length) {
      at(row)(
        error(
          file,
          row.line,
          'missing-column',
          `the referrals log has no ${missing.join(', ')} column; expected a header of ${COLUMNS.join(', ')}`,
        ),
      );
      stopped = true;
    }
  };

  const dataRow = (row: TableRow) => {
    const cell = (name: string) => {
      const i = columns!.get(name);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const col = (name: string) => (columns!.get(name) ?? 0) + 1;
    const bad = (name: string, rule: string, message: string) =>
      at(row, col(name))(error(file, row.line, rule, `${message}; the row is skipped`));
    const rawId = cell('case_id');
    if (!rawId) return bad('case_id', 'missing-case-id', 'no case_id');
    const caseId = idAsRead(rawId, 'case', ids);
    if (typeof caseId !== 'string') return bad('case_id', 'invalid-case-id', caseId.unsafe);
    const rawStatus = cell('status');
    const status = REFERRAL_STATUSES.find((s) => s === rawStatus.toLowerCase());
    if (!status)
      return bad(
        'status',
        'invalid-status',
        `status ${quote(rawStatus)} is not one of ${REFERRAL_STATUSES.join(', ')}${didYouMean(rawStatus, REFERRAL_STATUSES)}`,
      );
    const date = parseDate(cell('date'));
    if (!date.ok) return bad('date', 'invalid-date', `date: ${date.message}`);
    const rawReason = cell('reason');
    const reason = rawReason === '' ? null : (reasons.find((r) => r === rawReason.toLowerCase()) ?? undefined);
    if (reason === undefined) {
      const known = reasons.length ? `the codes are ${reasons.join(', ')}` : 'programme.yaml declares no referral_reasons';
      return bad('reason', 'invalid-reason', `reason ${quote(rawReason)} is not a reason code${didYouMean(rawReason, reasons)}; ${known}`);
    }
    const round = cell('round') || null;
    const key = `${round ?? ''}\u0000${caseId}`;
    const dayKey = `${key}\u0000${date.iso}`;
    const same = onDate.get(dayKey);
    if (same && same.status !== status)
      return bad(
        'status',
        'conflicting-status',
        `case ${quote(caseId)} is logged ${same.status} on ${date.iso} at line ${same.line} and ${status} here`,
      );
    if (!same) onDate.set(dayKey, { status, line: row.line });
    const i = byKey.get(key);
    const step = { caseId, round, status, date: date.iso, reason, line: row.line, ...(row.sheet ? { sheet: row.sheet } : {}) };
    if (i === undefined) {
      byKey.set(key, log.cases.length);
      log.cases.push(step);
      return;
    }
    const before = log.cases[i]!;
    // The latest step wins, keeping where the case first appears; a later row on the same day with the same status changes nothing.
    if (before.date < date.iso) log.cases[i] = { ...step, line: before.line, ...(before.sheet ? { sheet: before.sheet } : {}) };
  };

  await forEachTableRow(
    file,
    stdin,
    (row) => {
      if (stopped) return;
      if (!columns) header(row);
      else dataRow(row);
    },
    problem,
  );
  if (!columns && !stopped) problem(error(file, 1, 'empty-file', `the referrals log is empty; expected a header of ${COLUMNS.join(', ')}`));
  return log;
}
