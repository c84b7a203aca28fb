// Criteria identity: a fingerprint of the criteria's parsed content that line endings, key order,
// comments and file names leave alone and any change of meaning moves; every JSON output names it.
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../../src/commands/context.js';
import { canonicalJson, criteriaIdentity } from '../../src/domain/criteria-identity.js';
import { loadCriteriaDir } from '../../src/load/criteria/criteria-dir.js';
import { fixture, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const root = tempDir('case-audit-identity-');
let copies = 0;

/** A copy of the bundled criteria, changed by `edit(name, text)` per file. */
function variant(edit: (name: string, text: string) => string): string {
  const dir = join(root, `c${copies++}`);
  cpSync(BUNDLED_CRITERIA, dir, { recursive: true });
  for (const name of readdirSync(dir)) writeFileSync(join(dir, name), edit(name, readFileSync(join(dir, name), 'utf8')));
  return dir;
}

const identity = (dir: string) => loadCriteriaDir(dir).set!.identity;
const bundled = identity(BUNDLED_CRITERIA);

describe('criteria identity', () => {
  it('names the programme and version from programme.yaml, and a 12-digit hex fingerprint', () => {
    expect(bundled.programme).toBe('National Child Protection Inspection');
    expect(bundled.version).toBe('2017.1');
    expect(bundled.fingerprint).toMatch(/^[0-9a-f]{12}$/);
  });

  it('the bundled criteria keep the fingerprint they had when it was introduced', () => {
    // Written out from the release that introduced it: if this changes, old results no longer match new ones.
    expect(bundled.fingerprint).toBe('471d64970470');
  });

  it('the fingerprint is the same with CRLF line endings, other comments and files renamed', () => {
    const crlf = variant((_, text) => text.replace(/\n/g, '\r\n').replace(/^# .*$/m, '# another comment\r'));
    expect(identity(crlf)).toEqual(bundled);
    renameSync(join(crlf, 'domestic-abuse.yaml'), join(crlf, 'zz-da.yaml'));
    expect(identity(crlf)).toEqual(bundled);
  });

  it('the fingerprint is the same with the keys in another order', () => {
    const reordered = variant((name, text) => {
      if (name !== 'domestic-abuse.yaml') return text;
      // Move `report:` and its three lines to the end of the file, and swap text/severity of DA2.
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l === 'report:');
      const block = lines.splice(at, 4);
      const swapped = lines.join('\n').replace(/( {4}text: Officers recorded[^\n]*)\n( {4}severity: expected)/, '$2\n$1');
      expect(swapped).not.toBe(lines.join('\n'));
      return `${swapped.trimEnd()}\n${block.join('\n')}\n`;
    });
    expect(readFileSync(join(reordered, 'domestic-abuse.yaml'), 'utf8')).not.toBe(
      readFileSync(join(BUNDLED_CRITERIA, 'domestic-abuse.yaml'), 'utf8'),
    );
    expect(identity(reordered)).toEqual(bundled);
  });

  it('a changed criterion text, severity or version changes what the identity says', () => {
    const text = variant((name, t) => (name === 'domestic-abuse.yaml' ? t.replace('identified and seen', 'identified') : t));
    expect(identity(text).fingerprint).not.toBe(bundled.fingerprint);
    const severity = variant((name, t) =>
      name === 'domestic-abuse.yaml' ? t.replace(/(id: DA2\n[^\n]*\n {4}severity: )expected/, '$1serious') : t,
    );
    expect(identity(severity).fingerprint).not.toBe(bundled.fingerprint);
    const version = variant((name, t) => (name === 'programme.yaml' ? t.replace("version: '2017.1'", 'version: 2018') : t));
    expect(identity(version).version).toBe('2018');
  });

  it('a programme.yaml without a version gives version null', () => {
    const none = variant((name, t) => (name === 'programme.yaml' ? t.replace(/^version:.*\n/m, '') : t));
    expect(identity(none).version).toBeNull();
  });

  it('a version that is not text or a number is a criteria error at its place', async () => {
    const bad = variant((name, t) => (name === 'programme.yaml' ? t.replace("version: '2017.1'", 'version: [1]') : t));
    const { code, stdout, stderr } = await runCli(['criteria', 'validate', bad]);
    expect(code).toBe(1);
    expect(stdout + stderr).toContain(
      'programme.yaml:4:10: version: expected a version such as "2026.1" (quote it so YAML keeps it as written)',
    );
  });

  it('canonical JSON sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: [2, { z: 1, a: null }], a: 'x', u: undefined })).toBe('{"a":"x","b":[2,{"a":null,"z":1}]}');
  });

  // One name everywhere, criteriaSet (compare's and trend's contract gives `criteria` to per-criterion
  // lists); report and validate keep their old name `criteria` beside it for one release.
  it.each([
    ['report', ['criteriaSet', 'criteria']],
    ['validate', ['criteriaSet', 'criteria']],
    ['compare', ['criteriaSet']],
    ['trend', ['criteriaSet']],
  ])('%s --format json carries %s: { programme, version, fingerprint }', async (command, keys) => {
    const { code, stdout } = await runCli([command, '--format', 'json', fixture('gloucestershire-2017.csv')]);
    expect(code).toBe(0);
    for (const key of keys) expect(JSON.parse(stdout)[key]).toEqual(bundled);
  });
});

describe('criteria identity: the order types are given in', () => {
  it('is the same fingerprint whatever order the case types come in', () => {
    const { types, programme } = loadCriteriaDir(BUNDLED_CRITERIA).set!;
    const reversed = [...types].reverse();
    const rotated = [...types.slice(1), types[0]!];
    expect(types.length).toBeGreaterThan(2);
    for (const order of [reversed, rotated]) expect(criteriaIdentity(order, programme)).toEqual(criteriaIdentity(types, programme));
  });
});
