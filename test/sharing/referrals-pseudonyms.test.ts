// `referrals --pseudonymise` (and `dashboard`, which reads the same log): the log's case ids become pseudonyms as they are read, as the case
// files' do, so the two still join: the same figures as without a key (worked by hand in
// fixtures/recommendations/README.md), with every listed id a pseudonym and no original id in any
// format or message. The unkeyed run holds the originals, so the search can fail.
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatsOf } from '../../src/render/formats.js';
import { fixture, runCli } from '../helpers/cli.js';
import { zipText } from '../helpers/zip-text.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('case-audit-referrals-key-');
const KEY_HEX = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const key = join(dir, 'share.key');
writeFileSync(key, `${KEY_HEX}\n`, { mode: 0o600 });
const CASES = fixture('recommendations/2025.csv');
const LOG = fixture('recommendations/referrals-2025.csv');
const base = ['referrals', '--as-of', '2025-06-30', '--log', LOG];

/** The contract's pseudonym, worked here with node:crypto and RFC 4648 base32, not with the code under test. */
function pseudonym(id: string): string {
  const digest = createHmac('sha256', Buffer.from(KEY_HEX, 'hex')).update(id.normalize('NFC'), 'utf8').digest();
  const bits = [...digest].map((b) => b.toString(2).padStart(8, '0')).join('');
  return `c-${Array.from({ length: 12 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz234567'[parseInt(bits.slice(i * 5, i * 5 + 5), 2)]).join('')}`;
}

describe('referrals --pseudonymise', () => {
  it('joins the log with the case files by pseudonym: the same figures, each id its pseudonym', async () => {
    const plain = await runCli([base[0]!, '-f', 'json', ...base.slice(1), CASES]);
    const keyed = await runCli([base[0]!, '-f', 'json', '--pseudonymise', key, ...base.slice(1), CASES]);
    expect(plain.code).toBe(1);
    expect(keyed.code).toBe(1);
    const p = JSON.parse(plain.stdout);
    const k = JSON.parse(keyed.stdout);
    expect(p.unaccounted.map((u: { caseId: string }) => u.caseId)).toEqual(['R25-DA-10', 'R25-S47-03']);
    expect(k.byStatus).toEqual(p.byStatus);
    expect(k.unaccounted).toEqual(p.unaccounted.map((u: { caseId: string }) => ({ ...u, caseId: pseudonym(u.caseId) })));
    expect(k.overdue).toEqual(p.overdue.map((u: { caseId: string }) => ({ ...u, caseId: pseudonym(u.caseId) })));
    expect(k.dismissedWithoutReason).toEqual(
      p.dismissedWithoutReason.map((u: { caseId: string }) => ({ ...u, caseId: pseudonym(u.caseId) })),
    );
    expect(k.pseudonymKey).toBe('630dcd2966c4');
    expect(p.pseudonymKey).toBeUndefined();
  });

  it('no original id in any format, on stdout, stderr or the written file; the unkeyed runs hold them', async () => {
    // A log row for a case in no file: its warning names the case, which must be a pseudonym too.
    const log = join(dir, 'log.csv');
    writeFileSync(log, `${readFileSync(LOG, 'utf8').trimEnd()}\nR25-NOWHERE-1,2025 dip sample,referred,2025-06-01,QA1,immediate-risk,\n`);
    for (const format of formatsOf('referrals')) {
      for (const withKey of [true, false]) {
        const out = join(dir, `out-${withKey ? 'k' : 'p'}.${format === 'table' ? 'txt' : format}`);
        const args = ['referrals', '-f', format, '--as-of', '2025-06-30', '--log', log, '--output', out];
        const r = await runCli([...args, ...(withKey ? ['--pseudonymise', key] : []), CASES]);
        const text = `${readFileSync(out, 'utf8')}\n${r.stdout}\n${r.stderr}`;
        expect(r.stderr, format).not.toContain('internal error');
        if (withKey) {
          expect(text, format).not.toMatch(/R25-/);
          expect(text, format).toContain(pseudonym('R25-DA-10'));
          expect(r.stderr, format).toContain(`"${pseudonym('R25-NOWHERE-1')}"`);
        } else {
          expect(text, format).toContain('R25-DA-10');
          expect(r.stderr, format).toContain('R25-NOWHERE-1');
        }
      }
    }
  });

  it('dashboard: no original id in the page, the workbook or the JSON; the unkeyed page holds them', async () => {
    const rounds = ['2023', '2024', '2025'].map((r) => fixture(`recommendations/${r}.csv`));
    const recs = fixture('recommendations/recommendations.yaml');
    for (const format of formatsOf('dashboard')) {
      for (const withKey of [true, false]) {
        const out = join(dir, `board-${withKey ? 'k' : 'p'}.${format}`);
        const args = ['dashboard', '--as-of', '2025-06-30', '--recommendations', recs, '--log', LOG, '--output', out];
        const r = await runCli([...args, ...(withKey ? ['--pseudonymise', key] : []), ...rounds]);
        const bytes = readFileSync(out);
        const text = `${format === 'xlsx' ? zipText(bytes) : bytes.toString('utf8')}\n${r.stdout}\n${r.stderr}`;
        expect(r.stderr, format).not.toContain('internal error');
        if (withKey) {
          expect(text, format).not.toMatch(/R2[345]-/);
          expect(text, format).toContain(pseudonym('R25-DA-10'));
          expect(text, format).toContain('630dcd2966c4');
        } else expect(text, format).toContain('R25-DA-10');
      }
    }
  });
});
