// The key file: 64 hex characters and a newline, 0600, never overwritten; one readable by others refused.
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('case-audit-key-');
const KEY_HEX = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';

describe('case-audit key new', () => {
  it('writes 64 hex characters and a newline, readable by its owner only, and names the fingerprint', async () => {
    const file = join(dir, 'new.key');
    const r = await runCli(['key', 'new', file]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^[0-9a-f]{64}\n$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(r.stderr).toMatch(/fingerprint [0-9a-f]{12}\)/);
    expect(r.stderr + r.stdout).not.toContain(text.trim());
    // A second key is another key.
    const second = join(dir, 'second.key');
    await runCli(['key', 'new', second]);
    expect(readFileSync(second, 'utf8')).not.toBe(text);
  });

  it('refuses to overwrite a file, which is left as it was', async () => {
    const file = join(dir, 'kept.key');
    writeFileSync(file, 'something\n', { mode: 0o600 });
    const r = await runCli(['key', 'new', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${file}: already exists; case-audit key new never overwrites a key (pseudonyms made with it would no longer join)\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('something\n');
  });
});

describe('--pseudonymise KEYFILE', () => {
  const cases = join(dir, 'cases.csv');
  writeFileSync(
    cases,
    'case_id,case_type,independent_grade,override_reason,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8\nG17-001,domestic-abuse,,,y,y,y,y,y,y,y,y\n',
  );

  it('a key readable by group or others is refused, as ssh refuses a private key, without quoting it', async () => {
    for (const mode of [0o644, 0o640, 0o604]) {
      const file = join(dir, `open-${mode.toString(8)}.key`);
      writeFileSync(file, `${KEY_HEX}\n`);
      chmodSync(file, mode);
      const r = await runCli(['score', '--pseudonymise', file, cases]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `${file}: permissions 0${mode.toString(8)} are too open: a pseudonym key must be readable by its owner only; run chmod 600 on it (and ask who else may have read it)\n`,
      );
    }
  });

  it.each([
    ['too short', `${KEY_HEX.slice(2)}\n`],
    ['not hex', `${KEY_HEX.slice(1)}g\n`],
    ['two keys', `${KEY_HEX}\n${KEY_HEX}\n`],
  ])('a file that is not a key (%s) is refused without quoting it', async (_name, text) => {
    const file = join(dir, `bad-${_name.replace(/ /g, '-')}.key`);
    writeFileSync(file, text, { mode: 0o600 });
    const r = await runCli(['score', '--pseudonymise', file, cases]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}: not a pseudonym key: expected 64 hex characters and a newline, as case-audit key new writes\n`);
  });

  it('a missing key file says how to make one', async () => {
    const r = await runCli(['score', '--pseudonymise', join(dir, 'none.key'), cases]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('none.key: no such key file; make one with case-audit key new FILE');
  });

  it('the pseudonym is the one Python computes under this key, and reveal traces it back', async () => {
    const file = join(dir, 'fixed.key');
    writeFileSync(file, `${KEY_HEX}\n`, { mode: 0o600 });
    const r = await runCli(['score', '--format', 'csv', '--pseudonymise', file, cases]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toMatch(/^c-x25ccn2zp5vf,domestic-abuse,/);
    const back = await runCli(['reveal', '--pseudonymise', file, cases]);
    expect(back.stdout).toBe('kind,id,pseudonym\r\ncase,G17-001,c-x25ccn2zp5vf\r\n');
    const json = await runCli(['reveal', '--format', 'json', '--pseudonymise', file, cases]);
    expect(JSON.parse(json.stdout)).toEqual({
      pseudonymKey: '630dcd2966c4',
      ids: [{ kind: 'case', id: 'G17-001', pseudonym: 'c-x25ccn2zp5vf' }],
    });
  });

  it('reveal without a key is a usage error', async () => {
    const r = await runCli(['reveal', cases]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reveal needs --pseudonymise KEYFILE');
  });
});
