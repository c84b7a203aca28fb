// check-share finds each planted leak (an original case id, an auditor code, a small count, a
// free-text column) in each kind of output, names its place but never the value, and passes a clean file.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { writeBook } from '../helpers/xlsx.js';

const dir = tempDir('case-audit-check-share-');
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const HEADER = 'case_id,case_type,assessor,auditor,grade,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
const cases = file(
  'cases.csv',
  [HEADER, ...Array.from({ length: 6 }, (_, i) => `KX-${i + 1},domestic-abuse,independent,AUD${i + 1},good,y,y,y,y,y,y,y,y`)].join('\n') +
    '\n',
);
const key = file('k.key', `${'ab'.repeat(32)}\n`);
chmodSync(key, 0o600);

const check = (target: string, ...more: string[]) => runCli(['check-share', target, '--against', cases, ...more]);

describe('case-audit check-share', { timeout: 120_000 }, () => {
  it('an original case id in a CSV output: exit 1, the cell named, the id never printed', async () => {
    const out = file('score.csv', 'caseId,grade\nc-abcdefghijkl,good\nKX-3,good\n');
    const r = await check(out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${out}:3:1: an original case id of the case files (not shown)\n${out}: 1 finding: not safe to share as it is (checked for original ids of 1 case file, counts below 5, free-text columns)\n`,
    );
    expect(r.stdout + r.stderr).not.toContain('KX-3');
  });

  it('an auditor code inside a sentence of an HTML page', async () => {
    const out = file('page.html', '<html><body>\n<p>Graded by AUD2 in March.</p>\n</body></html>\n');
    const r = await check(out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${out}:2: an original auditor code of the case files (not shown)\n`);
    expect(r.stdout).not.toContain('AUD2');
  });

  it("a page's style sheet and script are not its text: the print rule's A4 is not auditor A4; their line breaks still count", async () => {
    const page =
      '<html><head><style>\n@page { size: A4; }\n</style><script>\nconst AUD3 = 1;\n</script></head><body>\n<p>Graded by AUD2.</p>\n</body></html>\n';
    const out = file('styled.html', page);
    const against = file('a4.csv', `${HEADER}\nKY-1,domestic-abuse,independent,A4,good,y,y,y,y,y,y,y,y\n`);
    const r = await runCli(['check-share', out, '--against', against, '--against', cases]);
    expect(r.code).toBe(1);
    // AUD2 in the body is found on line 6; A4 in the style sheet and AUD3 in the script are not.
    expect(r.stdout).toBe(
      `${out}:6: an original auditor code of the case files (not shown)\n${out}: 1 finding: not safe to share as it is (checked for original ids of 2 case files, counts below 5, free-text columns)\n`,
    );
  });

  it('a count in an HTML table cell right after its tag (the text after a tag was skipped)', async () => {
    const out = file('table.html', '<table>\n<tr><th>Grade</th><th>Cases</th></tr>\n<tr><th>Good</th><td>3</td></tr>\n</table>\n');
    const r = await check(out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${out}:3: a count of 3, below 5\n`);
  });

  it("the dashboard's actions.summary counts recommendations; compare's reason for review is its own sentence", async () => {
    const out = file(
      'board.json',
      JSON.stringify({
        actions: { summary: { total: 3 }, recommendations: [] },
        compare: { auditorsToReview: [{ auditor: 'A9', reason: 'graded higher' }] },
      }),
    );
    const r = await runCli(['check-share', out]);
    expect(r.code, r.stdout).toBe(0);
  });

  it('a count below the threshold in JSON, by --suppress; a table number or a seed is not a count', async () => {
    const out = file('report.json', JSON.stringify({ seed: 3, byTable: [{ table: 3, counts: { good: 12, inadequate: 2 } }] }));
    const r = await check(out);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`${out}: byTable[0].counts.inadequate: a count of 2, below 5 (inadequate)`);
    expect(r.stdout).not.toContain('table:');
    const at3 = await check(out, '--suppress', '2');
    expect(at3.code).toBe(0);
  });

  it('a free-text column in a workbook', async () => {
    const out = join(dir, 'book.xlsx');
    await writeBook(out, [
      {
        name: 'Cases',
        rows: [
          ['case', 'Case notes'],
          ['c-abcdefghijkl', 'seen at school'],
        ],
      },
    ]);
    const r = await check(out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${out}:Cases!B1: a free-text column "Case notes" (its name has "note")\n`);
  });

  it('a pseudonymised score listing passes; the same listing with the original ids does not', async () => {
    const plain = join(dir, 'plain.csv');
    const keyed = join(dir, 'keyed.csv');
    expect((await runCli(['score', cases, '-o', plain])).code).toBe(0);
    expect((await runCli(['score', cases, '--pseudonymise', key, '-o', keyed])).code).toBe(0);
    const clean = await check(keyed);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe(
      `${keyed}: nothing found that should not leave the force (checked for original ids of 1 case file, counts below 5, free-text columns)\n`,
    );
    const leaky = await check(plain);
    expect(leaky.code).toBe(1);
    expect(leaky.stdout.match(/original case id/g)).toHaveLength(6);
    expect(leaky.stdout.match(/original auditor code/g)).toHaveLength(6);
  });

  it('an output of a kind it does not read is a usage error', async () => {
    const r = await check(file('x.txt', 'hello'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not an output case-audit checks: expected a .csv, .json, .xlsx or .html file');
  });
});
