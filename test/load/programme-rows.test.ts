// A case file read against a four-point programme with partly met findings: a grade or finding the
// programme does not know is a rejected row naming the programme's spellings and the nearest one,
// in CSV, YAML and a workbook alike; the accepted ones (a recoding such as `adequate`) are graded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { STACK, tempDir } from '../helpers/tmp.js';
import { writeBook } from '../helpers/xlsx.js';

const root = tempDir('case-audit-four-');
const criteria = join(root, 'criteria');
mkdirSync(criteria);
writeFileSync(
  join(criteria, 'alpha.yaml'),
  `id: alpha
title: Alpha
report: { table: 3, label: Alpha cases, caption: Alpha caption }
criteria:
  - { id: A1, text: First, severity: serious }
  - { id: A2, text: Second, severity: expected }
  - { id: A3, text: Third, severity: expected }
`,
);
writeFileSync(
  join(criteria, 'programme.yaml'),
  `name: Four point
scale:
  - { id: outstanding, label: Outstanding }
  - { id: good, label: Good }
  - { id: requires_improvement, label: Requires improvement, accept: [ri, adequate] }
  - { id: inadequate, label: Inadequate }
findings:
  partly: { label: Partly met, accept: [p, partly] }
grading:
  - grade: inadequate
    if: { serious_unmet: 1 }
  - grade: requires_improvement
    if: { not_met: 2 }
  - grade: good
    if: { met_share_below: 1 }
  - grade: outstanding
`,
);

// Written out by hand from the programme above: each grade's label, table label, id and accept
// (without case, once each); each finding kind's accept and label (the 2017 ones where not given).
const GRADES = 'outstanding, good, requires improvement, requires_improvement, ri, adequate, inadequate';
const FINDINGS = 'y, yes, met, true, 1, p, partly, partly met, n, no, not met, unmet, false, 0, na, n/a';

const HEADER = ['case_id', 'case_type', 'self_grade', 'independent_grade', 'override_reason', 'referred_back', 'notes', 'A1', 'A2', 'A3'];
/** [case, self grade, A1, A2, A3]; the derived grades worked out by hand from the rule above. */
const ROWS = [
  ['C1', 'Outstanding', 'y', 'y', 'y'], //   all met: outstanding
  ['C2', 'adequate', 'y', 'p', 'y'], //      1 not met, 2 of 3 met (below 1): good; self recoded to requires_improvement
  ['C3', 'outstandng', 'y', 'y', 'y'], //    rejected: not a grade
  ['C4', 'good', 'y', 'partyl', 'y'], //     rejected: not a finding
  ['C5', 'ri', 'y', 'p', 'n'], //            2 not met: requires improvement
  ['C6', 'inadequate', 'n', 'p', 'p'], //    serious unmet: inadequate
];
const cells = (r: string[]) => [r[0], 'alpha', r[1], '', '', 'no', '', r[2], r[3], r[4]];

const csv = join(root, 'cases.csv');
writeFileSync(csv, [HEADER, ...ROWS.map(cells)].map((r) => r.join(',')).join('\n') + '\n');
const yaml = join(root, 'cases.yaml');
writeFileSync(
  yaml,
  `cases:\n${ROWS.map(
    (r) => `  - id: ${r[0]}\n    type: alpha\n    self_grade: ${r[1]}\n    findings: { A1: ${r[2]}, A2: ${r[3]}, A3: ${r[4]} }\n`,
  ).join('')}`,
);
const xlsx = join(root, 'cases.xlsx');

const GRADE_MESSAGE = `self_grade is not a grade; expected one of ${GRADES}; got "outstandng" (did you mean "outstanding"?)`;
const FINDING_MESSAGE = `A2 is not a finding; expected one of ${FINDINGS}, or blank; got "partyl" (did you mean "partly"?)`;

type Report = {
  totals: Record<string, number>;
  rejected: Array<{ file: string; line: number; sheet?: string; col?: number; message: string }>;
};
type Scored = Array<{ caseId: string; selfGrade: string | null; grade: string | null }>;

async function run(file: string) {
  const report = await runCli(['report', '-c', criteria, '-f', 'json', file]);
  const score = await runCli(['score', '-c', criteria, '-f', 'json', file]);
  return { report, json: JSON.parse(report.stdout) as Report, scored: JSON.parse(score.stdout) as Scored };
}

const GRADED = [
  ['C1', 'outstanding', 'outstanding'],
  ['C2', 'requires_improvement', 'good'],
  ['C5', 'requires_improvement', 'requires_improvement'],
  ['C6', 'inadequate', 'inadequate'],
];

describe('a four-point programme: grades and findings outside it are rejected rows', () => {
  it('CSV: the rejected rows at their lines, the rest graded, every case accounted for', async () => {
    const { report, json, scored } = await run(csv);
    expect(report.code).toBe(1);
    expect(json.rejected.map((r) => [r.line, r.message])).toEqual([
      [4, `case "C3": ${GRADE_MESSAGE}`],
      [5, `case "C4": ${FINDING_MESSAGE}`],
    ]);
    expect(json.totals).toMatchObject({ read: 6, graded: 4, ungraded: 0, rejected: 2 });
    expect(scored.map((s) => [s.caseId, s.selfGrade, s.grade])).toEqual(GRADED);
    expect(report.stderr).not.toMatch(STACK);
  });

  it('YAML: the same rows rejected, at their lines in the file', async () => {
    const { json, scored } = await run(yaml);
    expect(json.rejected.map((r) => [r.line, r.message])).toEqual([
      [12, `case "C3": ${GRADE_MESSAGE.replace('self_grade is', 'self_grade')}`],
      [17, `case "C4": ${FINDING_MESSAGE.replace('A2 is', 'findings.A2')}`],
    ]);
    expect(json.totals).toMatchObject({ read: 6, graded: 4, rejected: 2 });
    expect(scored.map((s) => [s.caseId, s.selfGrade, s.grade])).toEqual(GRADED);
  });

  it('a workbook: the same rows rejected at their cells', async () => {
    await writeBook(xlsx, [{ name: 'Cases', rows: [HEADER, ...ROWS.map(cells)] }]);
    const { json, scored } = await run(xlsx);
    expect(json.rejected.map((r) => [r.sheet, r.line, r.col, r.message])).toEqual([
      ['Cases', 4, 3, `case "C3": ${GRADE_MESSAGE}`],
      ['Cases', 5, 9, `case "C4": ${FINDING_MESSAGE}`],
    ]);
    expect(json.totals).toMatchObject({ read: 6, graded: 4, rejected: 2 });
    expect(scored.map((s) => [s.caseId, s.selfGrade, s.grade])).toEqual(GRADED);
  });

  it('the bundled programme, which records no partly findings, rejects p', async () => {
    const file = join(root, 'partly-2017.csv');
    writeFileSync(
      file,
      'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,MC1,MC2,MC3,MC4,MC5,MC6,MC7\nM1,missing-children,good,,,no,,y,p,y,y,y,y,y\n',
    );
    const { code, stderr } = await runCli(['score', file]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'MC2 is not a finding; expected one of y, yes, met, true, 1, n, no, not met, unmet, false, 0, na, n/a, or blank',
    );
  });
});
