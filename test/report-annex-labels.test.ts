// Annex A's table and Table 1's row labels (issue 15 items 9, 15, 26): the figures and words are
// typed in from the 2017 report (seeds/003: Annex A, "Type of case | Number of cases"; Table 1's
// "Constabulary assessment" / "HMIC assessment"), never computed by the code under test.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const YAML = fixture('gloucestershire-2017.yaml');
const CSV = fixture('gloucestershire-2017.csv');

/** Annex A as printed, in the report's order. */
const ANNEX_A: Array<[string, number]> = [
  ['At risk of sexual exploitation', 4],
  ['Child in custody', 3],
  ['Child protection enquiry (s. 47)', 4],
  ['Domestic abuse', 5],
  ["General concerns with a child where a referral to children's social care services was made", 5],
  ['Missing children', 3],
  ['Police protection', 3],
  ['Online sexual abuse', 3],
  ['Sex offender enquiry', 3],
];
const byTitle = (rows: Array<[string, number]>) => [...rows].sort(([a], [b]) => a.localeCompare(b));

describe("Annex A: the self-assessed cases by type, with the report's titles", () => {
  it('json: selfAssessedByType [{ type, title, n }]', async () => {
    const r = await runCli(['report', '-f', 'json', YAML]);
    const rows = (JSON.parse(r.stdout).selfAssessedByType as Array<{ type: string; title: string; n: number }>).map(
      (t) => [t.title, t.n] as [string, number],
    );
    expect(byTitle(rows)).toEqual(byTitle(ANNEX_A));
    expect(JSON.parse(r.stdout).selfAssessedByType[0]).toEqual({ type: 'section-47', title: 'Child protection enquiry (s. 47)', n: 4 });
  });

  it('table: after Tables 3-10, "Type of case | Number of cases"', async () => {
    const r = await runCli(['report', CSV]);
    const annex = r.stdout.split(/^Annex A: /m)[1]!;
    expect(r.stdout.indexOf('Annex A:')).toBeGreaterThan(r.stdout.indexOf('Table 10:'));
    expect(annex).toMatch(/│ Type of case\s+│ Number of cases │/);
    for (const [title, n] of ANNEX_A) {
      // The long title wraps in an 80-column table: its first words and the count are on one line.
      expect(annex, title).toMatch(new RegExp(`│ ${title.slice(0, 30).replace(/[()]/g, '\\$&')}[^│]*│\\s+${n} │`));
    }
  });

  it('markdown: a table after Table 10', async () => {
    const r = await runCli(['report', '-f', 'markdown', CSV]);
    const annex = r.stdout.split('### Annex A: ')[1]!;
    expect(r.stdout.indexOf('### Annex A:')).toBeGreaterThan(r.stdout.indexOf('### Table 10:'));
    expect(annex).toContain('| Type of case | Number of cases |\n| --- | ---: |\n');
    for (const [title, n] of ANNEX_A) expect(annex).toContain(`| ${title} | ${n} |`);
  });

  it('csv: a self_assessed_by_type block', async () => {
    const r = await runCli(['report', '-f', 'csv', CSV]);
    const block = r.stdout.split('\r\n\r\n').find((b) => b.startsWith('section,type,title,count'))!;
    const rows = block
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(rows.map((row) => row[0])).toEqual(Array(9).fill('self_assessed_by_type'));
    expect(rows.reduce((s, row) => s + Number(row.at(-1)), 0)).toBe(33);
    expect(rows.find((row) => row[1] === 'domestic-abuse')).toEqual(['self_assessed_by_type', 'domestic-abuse', 'Domestic abuse', '5']);
  });
});

describe("Table 1's row labels come from programme.yaml", () => {
  it("the bundled 2017 programme prints the report's words", async () => {
    const r = await runCli(['report', '-f', 'markdown', YAML]);
    expect(r.stdout).toContain('| Constabulary assessment | 28 | 5 | 0 |\n| HMIC assessment | 6 | 16 | 11 |\n');
  });

  const tmp = tempDir();
  const custom = join(tmp, 'criteria');
  cpSync(join(ROOT, 'criteria'), custom, { recursive: true });
  writeFileSync(
    join(custom, 'programme.yaml'),
    'name: Joint inspection\ninspectorate: eCare Inspectorate\nrow_labels:\n  self: "Self-assessment by {force} ({force_short})"\n  independent: "{inspectorate} view"\n',
  );

  it('{force}, {force_short} and {inspectorate} filled in; names exactly as written', async () => {
    const r = await runCli(['report', '-c', custom, '--force-name', 'Police Scotland', '-f', 'json', CSV]);
    const json = JSON.parse(r.stdout);
    expect(json.selfLabel).toBe('Self-assessment by Police Scotland (Police)');
    expect(json.independentLabel).toBe('eCare Inspectorate view');
    const table = (await runCli(['report', '-c', custom, CSV])).stdout;
    expect(table).toMatch(/│ eCare Inspectorate view\s+│\s+6 │/);
    // Never "ECare": a name is not recapitalised, even opening a sentence.
    expect(table).not.toContain('ECare');
    expect(table).toContain('eCare Inspectorate asked the force to self-assess');
  });
});
