// Columns whose names say free text (`case notes`, `Notes (free text)`, `notes1`, `override
// reasons`, `Comments`...) are read as `notes` is: never carried, printed or quoted, in CSV, YAML
// and workbook inputs and through --map / --map-file. Each output that carried columns reach is
// searched for the planted values; `team`, a register column, shows each output does carry columns.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { quickOr } from '../helpers/quick.js';
import { DA_HEADER, tempDir } from '../helpers/tmp.js';
import { readBook, sheetValues, writeBook } from '../helpers/xlsx.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);
const PLANTED = 'CHILD-DETAIL';
const FREE = ['case notes', 'Notes (free text)', 'notes1', 'override reasons', 'Comments', 'Narrative', 'Description', 'Case summary'];
const DA = DA_HEADER.split(',').slice(7);
// DA1 serious, DA2 expected: all met is good, DA2 unmet requires improvement, DA1 unmet inadequate.
const CASES = [
  ['F-1', 'good', 'y', 'y', 'Northteam'],
  ['F-2', 'good', 'y', 'n', 'Southteam'],
  ['F-3', 'requires improvement', 'n', 'y', 'Northteam'],
  ['F-4', 'good', 'y', 'y', 'Southteam'],
] as const;
const header = [...DA_HEADER.split(','), 'team', ...FREE];
const rows = CASES.map(([id, self, da1, da2, team], r) => [
  id,
  'domestic-abuse',
  self,
  '',
  '',
  'no',
  '',
  da1,
  da2,
  ...DA.slice(2).map(() => 'y'),
  team,
  ...FREE.map((_, c) => `${PLANTED}-${r}-${c}`),
]);
const csv = (head: readonly string[]) => [head, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n') + '\n';
const YAML_FREE = ['case notes', 'notes1', 'Comments', 'case_summary', 'note', 'override reasons'];
const yaml = [
  'cases:',
  ...CASES.flatMap(([id, self, da1, da2, team], r) => [
    `  - id: ${id}`,
    '    type: domestic-abuse',
    `    self_grade: ${self}`,
    `    team: ${team}`,
    ...YAML_FREE.map((key, c) => `    ${key}: ${PLANTED}-${r}-${c}`),
    `    findings: { DA1: ${da1}, DA2: ${da2}, ${DA.slice(2)
      .map((d) => `${d}: y`)
      .join(', ')} }`,
  ]),
].join('\n');

/** Each input, with the options that read it. */
const INPUTS: Record<string, () => string[]> = {
  csv: () => [at('cases.csv')],
  yaml: () => [at('cases.yaml')],
  xlsx: () => [at('cases.xlsx')],
  '--map': () => ['--map', 'case_id=Ref', '--map', 'case_type=Category', at('register.csv')],
  '--map-file': () => ['--map-file', at('map.yaml'), at('register.csv')],
};

/** Every output of score, report, compare and sample, and whether it carries register columns (`team`). */
const OUTPUTS: Array<{ args: string[]; file?: string; carries: boolean }> = [
  { args: ['score', '-f', 'csv'], carries: true },
  { args: ['score', '-f', 'json'], carries: true },
  { args: ['score', '--columns', 'team,case notes,notes1,Comments'], carries: true },
  { args: ['score', '-f', 'markdown'], carries: false },
  { args: ['score', '-f', 'xlsx'], file: 'score.xlsx', carries: false },
  ...['table', 'markdown', 'csv', 'json', 'html'].map((f) => ({ args: ['report', '--by', 'team', '-f', f], carries: true })),
  { args: ['report', '--by', 'team', '-f', 'xlsx'], file: 'report.xlsx', carries: true },
  ...['table', 'markdown', 'csv', 'json', 'html'].map((f) => ({ args: ['compare', '--by', 'team', '-f', f], carries: true })),
  // The workbook of compare has no --by breakdown (yet): still searched.
  { args: ['compare', '--by', 'team', '-f', 'xlsx'], file: 'compare.xlsx', carries: false },
  ...['csv', 'yaml'].map((f) => ({ args: ['sample', '--size', '4', '--seed', '1', '--form-format', f], carries: true })),
  { args: ['sample', '--size', '4', '--seed', '1', '-f', 'json'], carries: false },
  { args: ['sample', '--size', '4', '--seed', '1', '--form-format', 'xlsx'], file: 'sample.xlsx', carries: true },
];

/**
 * The outputs searched for an input: every one for CSV; for the others every one in `npm test`, and in
 * the fast loop (test/helpers/quick.ts) the three that carry columns each their own way.
 */
const outputsFor = (input: string) =>
  input === 'csv'
    ? OUTPUTS
    : quickOr(
        OUTPUTS.filter(({ args }) =>
          ['score -f csv', 'score --columns', 'report --by team -f json'].some((a) => args.join(' ').startsWith(a)),
        ),
        OUTPUTS,
      );

/** Every cell of every sheet of a workbook, as text. */
async function bookText(path: string): Promise<string> {
  const book = await readBook(path);
  return JSON.stringify(book.worksheets.map((ws) => sheetValues(ws)));
}

beforeAll(async () => {
  writeFileSync(at('cases.csv'), csv(header));
  writeFileSync(at('cases.yaml'), `${yaml}\n`);
  await writeBook(at('cases.xlsx'), [{ name: 'Cases', rows: [header, ...rows] }]);
  writeFileSync(at('register.csv'), csv(['Ref', 'Category', ...header.slice(2)]));
  writeFileSync(at('map.yaml'), 'columns:\n  case_id: Ref\n  case_type: Category\n');
});

describe('free-text columns are never carried or printed', () => {
  it('the inputs do hold the planted values', () => {
    for (const name of ['cases.csv', 'cases.yaml', 'register.csv']) expect(readFileSync(at(name), 'utf8')).toContain(PLANTED);
  });

  for (const [input, files] of Object.entries(INPUTS)) {
    it(`${input} input: no output, message or written file holds a planted value`, async () => {
      for (const { args, file, carries } of outputsFor(input)) {
        const out = file ? at(`${input}-${file}`) : undefined;
        const r = await runCli([...args, ...files(), ...(out ? ['-o', out] : [])]);
        const where = `${input}: ${args.join(' ')}`;
        expect(r.code, `${where}\n${r.stderr}`).toBe(0);
        const written = out ? (existsSync(out) ? await bookText(out) : 'not written') : '';
        const text = `${r.stdout}\n${r.stderr}\n${written}`;
        expect(text, where).not.toContain(PLANTED);
        if (carries) expect(text, where).toContain('Northteam');
      }
    });
  }

  it('says so once per file, naming each header (never a value), and how to carry it', async () => {
    const r = await runCli(['score', '-f', 'csv', at('cases.csv')]);
    const warned = r.stderr.split('\n').filter((l) => l.includes('looks like free text'));
    expect(warned).toHaveLength(FREE.length);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(warned[0]).toBe(
      `${at('cases.csv')}:1:${col('case notes')}: warning: column "case notes" looks like free text (its name has "note"), so it is never read or printed, like notes; if it holds nothing about a child, carry it along with --map carry="case notes"`,
    );
    expect(warned).toContain(
      `${at('cases.csv')}:1:${col('override reasons')}: warning: column "override reasons" looks like free text (its name has "reason"), so it is never read or printed, like notes; if it holds nothing about a child, carry it along with --map carry="override reasons"`,
    );
    for (const name of FREE)
      expect(warned.filter((l) => l.includes(`column "${JSON.stringify(name).slice(1, -1)}" looks like`))).toHaveLength(1);
    // A workbook's header cell; the same words for a second file are counted, not printed again.
    const book = await runCli(['score', '-f', 'csv', at('cases.xlsx'), at('cases.csv')]);
    expect(book.stderr).toContain(`${at('cases.xlsx')}:Cases!Q1: warning: column "case notes" looks like free text`);
    expect(book.stderr).toContain(
      'case-audit: warning repeated 1 more time, printed once above: column "Case summary" looks like free text',
    );
    const y = await runCli(['score', '-f', 'csv', at('cases.yaml')]);
    expect(y.stderr.split('\n').filter((l) => l.includes('looks like free text'))).toHaveLength(YAML_FREE.length);
    expect(y.stderr).toContain(`${at('cases.yaml')}:10:5: warning: key "note" looks like free text (its name has "note")`);
  });

  it('a near miss of a case file column is still an error (`note`, `override reasons` with no override_reason)', async () => {
    writeFileSync(at('near.csv'), 'case_id,case_type,note,override reasons\nN-1,domestic-abuse,x,y\n');
    const r = await runCli(['score', at('near.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('column "note" looks like the case file column "notes" but is not it');
    expect(r.stderr).toContain('column "override reasons" looks like the case file column "override_reason" but is not it');
  });
});

describe('--map carry=NAME carries a column the user names', () => {
  const carried = (stdout: string) =>
    stdout
      .replace(/^\ufeff/, '')
      .split('\r\n')[0]!
      .split(',')
      .slice(11);

  it('on the command line: that column only, under its own name, without a warning', async () => {
    const r = await runCli(['score', '-f', 'csv', '--map', 'carry=case notes', '--map', 'carry=COMMENTS', at('cases.csv')]);
    expect(r.code).toBe(0);
    expect(carried(r.stdout)).toEqual(['team', 'case notes', 'Comments']);
    expect(r.stdout).toContain(`${PLANTED}-0-0`);
    expect(r.stdout).toContain(`${PLANTED}-0-4`);
    expect(r.stdout).not.toContain(`${PLANTED}-0-1`);
    expect(r.stderr).not.toContain('column "case notes"');
    expect(r.stderr).toContain('column "notes1" looks like free text');
  });

  it('in a workbook, a YAML file and a --map-file carry: list', async () => {
    const book = await runCli(['score', '-f', 'json', '--map', 'carry=notes1', at('cases.xlsx')]);
    expect(JSON.parse(book.stdout)[0].carried).toEqual({ team: 'Northteam', notes1: `${PLANTED}-0-2` });
    const yamlRun = await runCli(['score', '-f', 'json', '--map', 'carry=case_summary', at('cases.yaml')]);
    expect(JSON.parse(yamlRun.stdout)[1].carried).toEqual({ team: 'Southteam', case_summary: `${PLANTED}-1-3` });
    writeFileSync(at('carry.yaml'), 'columns:\n  case_id: Ref\n  case_type: Category\ncarry:\n  - Narrative\n');
    const file = await runCli(['score', '-f', 'csv', '--map-file', at('carry.yaml'), at('register.csv')]);
    expect(carried(file.stdout)).toEqual(['team', 'Narrative']);
  });

  it('never carries notes or override_reason, and names an unknown target', async () => {
    const notes = await runCli(['score', '--map', 'carry=notes', at('cases.csv')]);
    expect([notes.code, notes.stderr]).toEqual([
      2,
      'case-audit: --map carry="notes": notes is a case file column, not a register column to carry along (see case-audit --help)\n',
    ]);
    const typo = await runCli(['score', '--map', 'cary=Comments', at('cases.csv')]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--map "cary": not a case file column or criterion id (did you mean "carry"?)');
  });
});
