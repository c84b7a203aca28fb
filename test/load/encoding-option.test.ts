// --encoding (issue 16, item 2): a Windows-1252 register is read with --encoding windows-1252 (or
// latin1); without it, the first bad byte is named at its line and column with that suggestion.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempFiles } from '../helpers/tmp.js';

const file = tempFiles();
// "Café" and an en dash (0x96) in a carried column, saved by old Excel.
const CP1252 = Buffer.concat([
  Buffer.from(`${DA_HEADER},team\n${daRow('W-1')},North\n${daRow('W-2')},`),
  Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x4e]),
  Buffer.from('\n'),
]);

describe('--encoding', () => {
  it('without it, names the first bad byte at its line and column and suggests --encoding windows-1252', async () => {
    const path = file('cp1252.csv', CP1252);
    const r = await runCli(['score', path]);
    expect(r.code).toBe(1);
    const col = `${daRow('W-2')},Caf`.length + 1;
    expect(r.stderr).toContain(`${path}:3:${col}: not valid UTF-8: byte 0xE9`);
    expect(r.stderr).toContain('or read it as it is with --encoding windows-1252');
  });

  it.each(['windows-1252', 'latin1'])('--encoding %s reads it, accents and dashes decoded', async (encoding) => {
    const path = file(`cp1252-${encoding}.csv`, CP1252);
    const r = await runCli(['sample', '--size', '2', '--seed', '1', '--encoding', encoding, path]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('W-2,domestic-abuse,Café – N,');
  });

  it('--encoding utf-16 reads UTF-16 LE without a byte order mark; a BOM still wins', async () => {
    const noBom = file('utf16.csv', Buffer.from(`${DA_HEADER}\n${daRow('U-1')}\n`, 'utf16le'));
    const r = await runCli(['score', '--format', 'json', '--encoding', 'utf-16', noBom]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([{ caseId: 'U-1', grade: 'good' }]);
    const bom = file('utf8-bom.csv', `\ufeff${DA_HEADER}\n${daRow('B-1')}\n`);
    expect((await runCli(['score', '--encoding', 'windows-1252', bom])).code).toBe(0);
  });

  it('an unknown encoding is a usage error naming the choices', async () => {
    const r = await runCli(['score', '--encoding', 'ebcdic', file('x.csv', `${DA_HEADER}\n`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('utf-8, utf-16, windows-1252, latin1');
  });

  it('YAML too', async () => {
    const yaml = Buffer.concat([
      Buffer.from('force: Testshire Police\ncases:\n  - id: Y-1\n    type: da\n    team: Caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const path = file('cp1252.yaml', yaml);
    const without = await runCli(['score', path]);
    expect(without.stderr).toContain(`${path}:5:14: not valid UTF-8: byte 0xE9`);
    const r = await runCli(['sample', '--size', '1', '--seed', '1', '--encoding', 'windows-1252', path]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Café');
  });
});
