// `case-audit referrals` end to end on the constructed 2025 round in fixtures/recommendations/ and
// its log (referrals-2025.csv; every figure worked by hand in the folder's README), in every
// format, the log as a workbook too, and the bad input the issue lists. The log's notes carry
// markers that must never appear.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { tempDir, tempFiles } from '../helpers/tmp.js';
import { writeBook } from '../helpers/xlsx.js';

const CASES = fixture('recommendations/2025.csv');
const LOG = fixture('recommendations/referrals-2025.csv');
const ROUND = '2025 dip sample';
const AS_OF = ['--as-of', '2025-06-30'];

/** By hand (README): the contract's object for the 2025 round and its log on 2025-06-30. */
const EXPECTED = {
  byStatus: { referred: 3, acknowledged: 1, actioned: 1, dismissed: 2 },
  unaccounted: [
    { caseId: 'R25-DA-10', round: ROUND, because: 'referred back' },
    { caseId: 'R25-S47-03', round: ROUND, because: 'suggested' },
  ],
  overdue: [
    { caseId: 'R25-S47-20', round: ROUND, status: 'referred', date: '2025-03-01', days: 121 },
    { caseId: 'R25-DA-02', round: ROUND, status: 'referred', date: '2025-05-20', days: 41 },
  ],
  dismissedWithoutReason: [{ caseId: 'R25-DA-04', round: ROUND }],
};

const noMarkers = (text: string) => expect(text).not.toMatch(/NOTE-MARKER|Constructed note/);

describe('referrals on the constructed 2025 round', () => {
  it('JSON: the contract, figures by hand; unaccounted cases fail the run (exit 1)', async () => {
    const r = await runCli(['referrals', '-f', 'json', ...AS_OF, '--log', LOG, CASES]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out).slice(0, 5)).toEqual(['byStatus', 'unaccounted', 'overdue', 'dismissedWithoutReason', 'unknownCases']);
    expect(out).toMatchObject(EXPECTED);
    expect(out.unknownCases).toEqual([{ file: expect.stringMatching(/referrals-2025\.csv$/), line: 12, caseId: 'R25-MC-01' }]);
    // Nine cases need accounting for: DA-01..04 and S47-01..03 suggested, DA-10 and S47-20 referred back.
    expect(out.needing).toBe(9);
    expect(r.stderr).toMatch(/referrals-2025\.csv:12: warning: the log names case "R25-MC-01", which is in no case file read/);
    noMarkers(r.stdout + r.stderr);
  });

  it('--overdue-days and --as-of move the overdue list', async () => {
    const r = await runCli(['referrals', '-f', 'json', '--as-of', '30/06/2025', '--overdue-days', '60', '--log', LOG, CASES]);
    const out = JSON.parse(r.stdout) as typeof EXPECTED;
    expect(out.overdue.map((o) => o.caseId)).toEqual(['R25-S47-20']);
    const later = JSON.parse(
      (await runCli(['referrals', '-f', 'json', '--as-of', '2025-07-31', '--log', LOG, CASES])).stdout,
    ) as typeof EXPECTED;
    // DA-03 was referred on 2025-06-10: 51 days by 31 July.
    expect(later.overdue.map((o) => [o.caseId, o.days])).toEqual([
      ['R25-S47-20', 152],
      ['R25-DA-02', 72],
      ['R25-DA-03', 51],
    ]);
  });

  it('everything accounted for: exit 0', async () => {
    const write = tempFiles();
    const full = write(
      'full.csv',
      readFileSync(LOG, 'utf8') +
        `R25-DA-10,${ROUND},referred,2025-06-20,QA1,immediate-risk,\nR25-S47-03,${ROUND},dismissed,2025-06-21,QA1,finding-revised,\n`,
    );
    const r = await runCli(['referrals', '-f', 'json', ...AS_OF, '--log', full, CASES]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).unaccounted).toEqual([]);
  });

  it('table, CSV and HTML show the same lists', async () => {
    const table = await runCli(['referrals', ...AS_OF, '--log', LOG, CASES]);
    expect(table.stdout.replace(/\s+/g, ' ')).toContain(
      '2 of 9 cases referred back or suggested for referral are not in the log: unaccounted.',
    );
    expect(table.stdout).toMatch(/R25-S47-20 +│ 2025 dip sample │ 2025-03-01 +│ 121/);
    expect(table.stdout).toMatch(/│ referred +│ +3 │/);
    const csv = await runCli(['referrals', '-f', 'csv', ...AS_OF, '--log', LOG, CASES]);
    const rows = csv.stdout
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('section,case_id,round,status,date,days,because,file,line,value');
    expect(rows).toContain('by_status,,,dismissed,,,,,,2');
    expect(rows).toContain('unaccounted,R25-DA-10,2025 dip sample,,,,referred back,,,');
    expect(rows).toContain('overdue,R25-DA-02,2025 dip sample,referred,2025-05-20,41,,,,');
    expect(rows).toContain('dismissed_without_reason,R25-DA-04,2025 dip sample,dismissed,,,,,,');
    expect(rows.filter((x) => x.startsWith('unknown_case,R25-MC-01,'))).toHaveLength(1);
    const page = await runCli(['referrals', '-f', 'html', ...AS_OF, '--log', LOG, CASES]);
    expect(page.stdout).toMatch(/^<!doctype html>/);
    expect(page.stdout).not.toMatch(/<script|src=|href=/);
    expect(page.stdout.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toContain('|R25-S47-20|2025 dip sample|2025-03-01|121|');
    for (const r of [table, csv, page]) noMarkers(r.stdout + r.stderr);
  });

  it('the log as a workbook: the same result, places as Sheet!row', async () => {
    const text = readFileSync(LOG, 'utf8').trim().split('\n');
    // A CSV-aware split is not needed: the fixture's notes hold no comma.
    const rows = text.map((l) => l.split(','));
    const book = join(tempDir(), 'log.xlsx');
    await writeBook(book, [{ name: 'Log', rows }]);
    const r = await runCli(['referrals', '-f', 'json', ...AS_OF, '--log', book, CASES]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject(EXPECTED);
    expect(out.unknownCases).toEqual([{ file: expect.stringMatching(/log\.xlsx$/), line: 12, caseId: 'R25-MC-01', sheet: 'Log' }]);
    expect(r.stderr).toMatch(/log\.xlsx:Log!12:12: warning: the log names case "R25-MC-01"/);
    noMarkers(r.stdout + r.stderr);
  });
});

describe('referrals: a bad log row is an error at its place, the rest still read', () => {
  const write = tempFiles();

  it('unknown status and reason (did you mean), a date that is not one, conflicting statuses on a date: exit 1', async () => {
    const log = write(
      'bad.csv',
      [
        'case_id,round,status,date,by,reason,note',
        `R25-DA-01,${ROUND},refered,2025-05-01,QA1,,NOTE-MARKER-9`,
        `R25-DA-02,${ROUND},referred,31/02/2025,QA1,,NOTE-MARKER-9`,
        `R25-DA-03,${ROUND},dismissed,2025-05-01,QA1,risk-adressed,NOTE-MARKER-9`,
        `R25-DA-04,${ROUND},referred,2025-05-01,QA1,,NOTE-MARKER-9`,
        `R25-DA-04,${ROUND},dismissed,2025-05-01,QA1,risk-addressed,NOTE-MARKER-9`,
        `R25-S47-01,${ROUND},acknowledged,2025-06-01,QA1,,`,
      ].join('\n'),
    );
    const r = await runCli(['referrals', '-f', 'json', ...AS_OF, '--log', log, CASES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /bad\.csv:2:3: status "refered" is not one of referred, acknowledged, actioned, dismissed \(did you mean "referred"\?\); the row is skipped/,
    );
    expect(r.stderr).toMatch(
      /bad\.csv:3:4: date: "31\/02\/2025" read as dd\/mm\/yyyy \(UK\): February 2025 has days 1 to 28; the row is skipped/,
    );
    expect(r.stderr).toMatch(
      /bad\.csv:4:6: reason "risk-adressed" is not a reason code \(did you mean "risk-addressed"\?\); the codes are immediate-risk, procedure-failure, risk-addressed, finding-revised; the row is skipped/,
    );
    expect(r.stderr).toMatch(
      /bad\.csv:6:3: case "R25-DA-04" is logged referred on 2025-05-01 at line 5 and dismissed here; the row is skipped/,
    );
    // The good rows still count: DA-04 referred (its first row), S47-01 acknowledged.
    const out = JSON.parse(r.stdout) as { byStatus: Record<string, number> };
    expect(out.byStatus).toEqual({ referred: 1, acknowledged: 1, actioned: 0, dismissed: 0 });
    expect(r.stdout + r.stderr).not.toContain('NOTE-MARKER-9');
  });

  it('a log without a status column names what is expected; no --log is a usage error', async () => {
    const log = write('nostatus.csv', 'case_id,date,notes\nR25-DA-01,2025-05-01,NOTE-MARKER-9\n');
    const r = await runCli(['referrals', ...AS_OF, '--log', log, CASES]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'nostatus.csv:1: the referrals log has no status column; expected a header of case_id, round, status, date, by, reason, note',
    );
    expect(r.stderr).toMatch(/nostatus\.csv:1:3: warning: column "notes" is not a referrals log column \(did you mean "note"\?\)/);
    expect(r.stderr).not.toContain('NOTE-MARKER-9');
    const usage = await runCli(['referrals', ...AS_OF, CASES]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('referrals needs --log <file>');
  });
});
