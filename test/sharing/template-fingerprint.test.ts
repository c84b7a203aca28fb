// `template --pseudonymise KEYFILE`: a blank form holds no case id to make a pseudonym of, so the key
// is named by its fingerprint (the workbook on its how-to sheet, as sample's form does; the YAML in a
// comment) for whoever fills it in. The form reads back as the unkeyed one does. The fingerprint of
// this key, the first 12 hex of SHA-256 of its 32 bytes, is the one no-leak.test.ts and
// key-file.test.ts check against Python.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';

const dir = tempDir('case-audit-template-key-');
const KEY_HEX = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const FINGERPRINT = '630dcd2966c4';
const key = join(dir, 'share.key');
writeFileSync(key, `${KEY_HEX}\n`, { mode: 0o600 });
const at = (name: string) => join(dir, name);
/** A pseudonym under this key (key-file.test.ts), as a partner would type it. */
const PSEUDONYM = 'c-x25ccn2zp5vf';

async function template(format: string, keyed: boolean): Promise<string> {
  const out = at(`${keyed ? 'keyed' : 'plain'}.${format}`);
  const r = await runCli(['template', 'da', '-f', format, '-o', out, ...(keyed ? ['--pseudonymise', key] : [])]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

const sheetText = async (file: string, sheet: string) =>
  sheetValues((await readBook(file)).getWorksheet(sheet)!)
    .flat()
    .map((c) => String(c ?? ''))
    .join('\n');

describe('template --pseudonymise', { timeout: 60_000 }, () => {
  it('xlsx: the how-to sheet names the fingerprint (not without a key), never the key; the Cases sheet is the same', async () => {
    const [keyed, plain] = [await template('xlsx', true), await template('xlsx', false)];
    const howTo = await sheetText(keyed, 'How to fill this in');
    expect(howTo).toContain(`the key whose fingerprint is ${FINGERPRINT}`);
    expect(await sheetText(plain, 'How to fill this in')).not.toContain('fingerprint');
    for (const sheet of ['How to fill this in', 'Cases', 'Criteria']) expect(await sheetText(keyed, sheet)).not.toContain(KEY_HEX);
    expect(await sheetText(keyed, 'Cases')).toBe(await sheetText(plain, 'Cases'));
  });

  it('xlsx: filled in with a pseudonym, it scores under the key and keeps the pseudonym', async () => {
    const file = await template('xlsx', true);
    const book = await readBook(file);
    const ws = book.getWorksheet('Cases')!;
    ws.getCell(2, 1).value = PSEUDONYM;
    ws.getCell(2, 2).value = 'domestic-abuse';
    const criteria = sheetValues(ws)[0]!.slice(7).length;
    for (let i = 0; i < criteria; i++) ws.getCell(2, 8 + i).value = 'met';
    await book.xlsx.writeFile(at('filled.xlsx'));
    const r = await runCli(['score', '-f', 'json', '--pseudonymise', key, at('filled.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('1 read = 1 graded + 0 ungraded + 0 rejected');
    const j = JSON.parse(r.stdout);
    expect(j.pseudonymKey).toBe(FINGERPRINT);
    expect(j.cases.map((c: { caseId: string; grade: string }) => [c.caseId, c.grade])).toEqual([[PSEUDONYM, 'good']]);
  });

  it('yaml: a comment names the fingerprint; the form reads exactly as the unkeyed one', async () => {
    const [keyed, plain] = [await template('yaml', true), await template('yaml', false)];
    const text = readFileSync(keyed, 'utf8');
    const lines = text.split('\n');
    expect(lines[1]).toBe(`# Case ids and auditor codes are pseudonyms made with the key whose fingerprint is ${FINGERPRINT}.`);
    expect(text).not.toContain(KEY_HEX);
    // Nothing else changed: the unkeyed form is the keyed one without that line.
    expect([lines[0], ...lines.slice(2)].join('\n')).toBe(readFileSync(plain, 'utf8'));
    const [a, b] = [await runCli(['score', '-f', 'json', keyed]), await runCli(['score', '-f', 'json', plain])];
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr.replace(keyed, plain)).toBe(b.stderr);
  });

  it('csv: no place for the fingerprint that is not read as a case; the same form as without a key', async () => {
    const [keyed, plain] = [await template('csv', true), await template('csv', false)];
    expect(readFileSync(keyed, 'utf8')).toBe(readFileSync(plain, 'utf8'));
  });

  it('a key file others can read is refused, as by every keyed command', async () => {
    const open = at('open.key');
    writeFileSync(open, `${KEY_HEX}\n`, { mode: 0o644 });
    const r = await runCli(['template', 'da', '--pseudonymise', open]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('are too open');
    expect(r.stdout).toBe('');
  });
});
