// With --pseudonymise, no output of any command in any format holds an original case id, auditor
// code or the key: stdout, stderr (messages that quote ids: duplicates, clashes, bad cells) and
// --output files, workbooks unzipped. The same id has the same pseudonym everywhere, and a form a
// partner filled in with pseudonyms joins with the original files under the same key.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatsOf } from '../../src/render/formats.js';
import { fixture, runCli } from '../helpers/cli.js';
import { quickOr } from '../helpers/quick.js';
import { tempDir } from '../helpers/tmp.js';
import { zipText } from '../helpers/zip-text.js';

const dir = tempDir('case-audit-leak-');
const KEY_HEX = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const FINGERPRINT = '630dcd2966c4';
const key = join(dir, 'share.key');
writeFileSync(key, `${KEY_HEX}\n`, { mode: 0o600 });
const criteria = fixture('qa-round/criteria');

// The QA round with ids and codes no pseudonym can contain (upper case), and rows every rule rejects.
const original = readFileSync(fixture('qa-round/cases.csv'), 'utf8')
  .replaceAll('QA-', 'ZQX-')
  .replace(/,A(\d),/g, ',AUDQ$1,')
  .replace(/,R(\d),/g, ',REVQ$1,');
const first = original.split('\n')[1]!;
const blank = ','.repeat(24);
const bad = [
  first, // the same case and role again: a duplicate, whose message names the id
  `ZQX-001,domestic-abuse,moderator,AUDQ1,good,,,,${blank}`, // one case, two types
  `ZQX-900,no-such-type,self,AUDQ1,good,,,,${blank}`,
  `ZQX-901,section-47,self,AUDQ1,excellent,,,,${blank}`,
  `ZQX-902,section-47,nobody,AUDQ1,good,,,,${blank}`,
  `ZQX-903,section-47,self,AUDQ\u00071,good,,,,${blank}`,
  `ZQX-904\u200b,section-47,self,AUDQ1,good,,,,${blank}`,
];
// A wide-form CSV with an auditor column.
const wide = join(dir, 'wide.csv');
writeFileSync(
  wide,
  'case_id,case_type,self_grade,independent_grade,auditor,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8\nZQX-970,domestic-abuse,good,good,AUDQ8,y,y,y,y,y,y,y,y\n',
);
const cases = join(dir, 'cases.csv');
writeFileSync(cases, `${original.trimEnd()}\n${bad.join('\n')}\n`);
const yaml = join(dir, 'more.yaml');
writeFileSync(
  yaml,
  [
    'cases:',
    '  - id: ZQX-950',
    '    type: domestic-abuse',
    '    assessments:',
    '      - { assessor: self, auditor: AUDQ2, grade: good }',
    '  - id: ZQX-951',
    '    type: nowhere',
    '    assessments:',
    '      - { assessor: self, auditor: AUDQ2, grade: good }',
    '  - id: ZQX-001',
    '    type: section-47',
    '    assessments:',
    '      - { assessor: self, auditor: AUDQ3, grade: nonsense }',
    // The wide form: its auditor code is both assessments' (issue 29 item 2), a pseudonym too.
    '  - id: ZQX-960',
    '    type: domestic-abuse',
    '    auditor: AUDQ7',
    '    self_grade: good',
    '    independent_grade: good',
    '    findings: { DA1: y, DA2: y, DA3: y, DA4: y, DA5: y, DA6: y, DA7: y, DA8: y }',
    '',
  ].join('\n'),
);
const FORBIDDEN = [/ZQX/i, /AUDQ/i, /REVQ/i, new RegExp(KEY_HEX, 'i'), /000102030405/];

const RUNS: Array<{ label: string; args: string[]; formats: readonly string[] }> = [
  { label: 'score', args: ['score', cases, yaml], formats: formatsOf('score') },
  { label: 'report', args: ['report', cases, yaml], formats: formatsOf('report') },
  { label: 'compare', args: ['compare', cases, yaml], formats: formatsOf('compare') },
  { label: 'compare --by auditor', args: ['compare', '--by', 'auditor', cases, yaml, wide], formats: formatsOf('compare') },
  { label: 'report --by auditor', args: ['report', '--by', 'auditor', cases, yaml, wide], formats: formatsOf('report') },
  { label: 'trend', args: ['trend', '--between', 'self,independent', cases, yaml], formats: formatsOf('trend') },
  { label: 'validate', args: ['validate', cases, yaml], formats: formatsOf('validate') },
  { label: 'sample', args: ['sample', '--size', '8', '--seed', '1', cases, yaml], formats: formatsOf('sample') },
  {
    label: 'sample --second-marker',
    args: ['sample', '--second-marker', 'moderator', '--rate', '20%', '--seed', '3', cases, yaml],
    formats: formatsOf('moderation'),
  },
];

interface Seen {
  where: string;
  format: string;
  text: string;
}

async function everyOutput(withKey: boolean): Promise<Seen[]> {
  const seen: Seen[] = [];
  let n = 0;
  for (const { label, args, formats } of RUNS) {
    // The fast loop (test/helpers/quick.ts): every command as JSON, report as a workbook too.
    for (const format of quickOr(
      formats.filter((f) => f === 'json' || (label === 'report' && f === 'xlsx')),
      formats,
    )) {
      const out = join(dir, `out-${withKey ? 'k' : 'p'}-${n++}.${format === 'markdown' ? 'md' : format === 'table' ? 'txt' : format}`);
      const argv = ['-c', criteria, '--format', format, ...(withKey ? ['--pseudonymise', key] : []), '--output', out];
      const r = await runCli([args[0]!, ...argv, ...args.slice(1)]);
      const bytes = readFileSync(out);
      const written = format === 'xlsx' ? zipText(bytes) : bytes.toString('utf8');
      expect(r.stderr, `${label} -f ${format}`).not.toContain('internal error');
      seen.push({ where: `${label} -f ${format}`, format, text: `${written}\n${r.stdout}\n${r.stderr}` });
    }
  }
  return seen;
}

/** The keyed runs, made once for the two tests that search them (each run is the same either time). */
let keyed: Promise<Seen[]> | undefined;
const everyKeyedOutput = () => (keyed ??= everyOutput(true));

describe('--pseudonymise: nothing original leaves', { timeout: 180_000 }, () => {
  it('no original id, auditor code or key in any output, file or message of any command in any format', async () => {
    const seen = await everyKeyedOutput();
    expect(seen.length).toBeGreaterThanOrEqual(quickOr(9, 30));
    for (const { where, format, text } of seen) {
      for (const f of FORBIDDEN) expect(text, where).not.toMatch(f);
      // The pseudonyms are there instead, and the key is named by its fingerprint.
      if (!where.startsWith('validate') || format === 'json') expect(text, where).toMatch(/\bc-[a-z2-7]{12}\b/);
      if (format === 'json' || format === 'html' || format === 'xlsx') expect(text, where).toContain(FINGERPRINT);
    }
    // The messages that quote ids quote pseudonyms: the duplicate, the type clash, a bad grade.
    const messages = seen.find((s) => s.where === 'validate -f json')!.text;
    expect(messages).toMatch(/case \\?"c-[a-z2-7]{12}\\?" already has a self assessment at/);
    expect(messages).toMatch(/case \\?"c-[a-z2-7]{12}\\?" is domestic-abuse here but section-47/);
    expect(messages).toContain('the case id contains a control or invisible character (U+200B)');
    expect(messages).toContain('the auditor code contains a control or invisible character (U+0007)');
  });

  it('the same runs without a key do hold the originals (the check above can fail)', async () => {
    const seen = await everyOutput(false);
    expect(seen.filter((s) => /ZQX/.test(s.text)).length).toBe(seen.length);
    expect(seen.some((s) => /AUDQ/.test(s.text) && s.where.startsWith('compare --by auditor'))).toBe(true);
    // The wide forms' codes (YAML and CSV) are there to be hidden.
    expect(seen.some((s) => /AUDQ7/.test(s.text) && s.where.startsWith('report --by auditor'))).toBe(true);
    expect(seen.some((s) => /AUDQ8/.test(s.text) && s.where.startsWith('report --by auditor'))).toBe(true);
  });

  it('an id has one pseudonym across commands and formats; another key gives others', async () => {
    const seen = await everyKeyedOutput();
    const all = (text: string) => new Set(text.match(/\bc-[a-z2-7]{12}\b/g) ?? []);
    const reveal = await runCli(['reveal', '-c', criteria, '--pseudonymise', key, cases, yaml]);
    const known = new Set(reveal.stdout.split('\r\n').map((l) => l.split(',')[2]));
    for (const { where, text } of seen) for (const p of all(text)) expect(known.has(p), `${where}: ${p}`).toBe(true);
    const other = join(dir, 'other.key');
    writeFileSync(other, `${'f'.repeat(64)}\n`, { mode: 0o600 });
    const a = await runCli(['score', '-c', criteria, '-f', 'csv', '--pseudonymise', key, cases]);
    const b = await runCli(['score', '-c', criteria, '-f', 'csv', '--pseudonymise', other, cases]);
    const common = [...all(a.stdout)].filter((p) => all(b.stdout).has(p));
    expect(all(a.stdout).size).toBeGreaterThan(50);
    expect(common).toEqual([]);
  });

  it('a moderation form filled in by a partner with pseudonyms joins with the original under the same key', async () => {
    const reveal = await runCli(['reveal', '-c', criteria, '--pseudonymise', key, fixture('qa-round/cases.csv')]);
    const pseudonymOf = new Map(reveal.stdout.split('\r\n').map((l) => [l.split(',')[1], l.split(',')[2]] as const));
    const moderation = readFileSync(fixture('qa-round/moderation.csv'), 'utf8').replace(/^QA-\d+/gm, (id) => pseudonymOf.get(id)!);
    expect(moderation).not.toContain('QA-');
    const partner = join(dir, 'partner.csv');
    writeFileSync(partner, moderation);
    const compare = (files: string[], withKey: boolean) =>
      runCli([
        'compare',
        '-c',
        criteria,
        '-f',
        'json',
        '--between',
        'self,moderator',
        ...(withKey ? ['--pseudonymise', key] : []),
        ...files,
      ]);
    const plain = JSON.parse((await compare([fixture('qa-round/cases.csv'), fixture('qa-round/moderation.csv')], false)).stdout);
    const shared = JSON.parse((await compare([fixture('qa-round/cases.csv'), partner], true)).stdout);
    expect(plain.n).toBe(10);
    expect(shared.n).toBe(10);
    expect(shared.matrix).toEqual(plain.matrix);
    expect(shared.pseudonymKey).toBe(FINGERPRINT);
    // Without the key the partner's ids match nothing.
    const unkeyed = JSON.parse((await compare([fixture('qa-round/cases.csv'), partner], false)).stdout);
    expect(unkeyed.n).toBe(0);
  });
});
