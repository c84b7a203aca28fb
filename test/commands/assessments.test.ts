// Several assessments per case (DESIGN "Assessments by more than one assessor"): long-form CSV,
// YAML assessments lists and the wide form, joined by (round, case id) across rows and files.
// Grades are worked by hand from the bundled domestic-abuse criteria: all met = Good; DA8 (expected)
// unmet = Requiring improvement; DA1 (serious) unmet = Inadequate.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { DA_HEADER, tempDir } from '../helpers/tmp.js';

const dir = tempDir('case-audit-assessments-');
const LONG = 'case_id,case_type,assessor,auditor,grade,override_reason,referred_back,notes,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
const ALL_MET = 'y,y,y,y,y,y,y,y';
const DA8_UNMET = 'y,y,y,y,y,y,y,n';
const DA1_UNMET = 'n,y,y,y,y,y,y,y';
const NONE = ',,,,,,,';
const long = (id: string, role: string, auditor: string, grade: string, findings: string, type = 'domestic-abuse') =>
  `${id},${type},${role},${auditor},${grade},,no,,${findings}`;

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

// C1: self (all met, Good) and independent (DA8 unmet, RI); C2: self grade only (Good) and
// independent all met (Good); C3: independent only, DA1 unmet (Inadequate).
const selfFile = file('self.csv', [LONG, long('C1', 'self', 'A1', '', ALL_MET), long('C2', 'Self', 'A2', 'good', NONE)]);
const independentFile = file('independent.csv', [
  LONG,
  long('C1', 'independent', '', '', DA8_UNMET),
  long('C2', 'INDEPENDENT', '', '', ALL_MET),
  long('C3', 'independent', '', '', DA1_UNMET),
]);

const json = async (args: string[]) => {
  const result = await runCli([...args, '--format', 'json']);
  return { ...result, json: JSON.parse(result.stdout) };
};

const ORDERS: Array<[string, string[]]> = [
  ['self first', [selfFile, independentFile]],
  ['independent first', [independentFile, selfFile]],
];

describe('the join across files', () => {
  it.each(ORDERS)('report, %s: Table 1 = cases with self and independent, Table 2 = independent only', async (_, files) => {
    const { code, json: r } = await json(['report', ...files]);
    expect(code).toBe(0);
    expect(r.bothAssessed).toEqual({
      self: { good: 2, requires_improvement: 0, inadequate: 0 },
      independent: { good: 1, requires_improvement: 1, inadequate: 0 },
    });
    expect(r.independentOnly).toEqual({ good: 0, requires_improvement: 0, inadequate: 1 });
    expect(r.totals).toEqual({ read: 3, graded: 3, ungraded: 0, rejected: 0, assessments: 5 });
  });

  it.each(ORDERS)('compare, %s: the two cases both graded, the force higher on one', async (_, files) => {
    const { code, json: c } = await json(['compare', ...files]);
    expect(code).toBe(0);
    expect(c.n).toBe(2);
    expect(c.matrix.good).toEqual({ good: 1, requires_improvement: 1, inadequate: 0 });
    expect([c.selfHigher, c.selfLower]).toEqual([1, 0]);
    expect(c.totals.assessments).toBe(5);
  });

  it('wide-form input has no totals.assessments (its outputs are unchanged)', async () => {
    const wide = file('wide.csv', [DA_HEADER, `W1,domestic-abuse,good,,,no,,${ALL_MET}`]);
    for (const command of ['report', 'compare']) {
      const { json: r } = await json([command, wide]);
      expect(r.totals).toEqual({ read: 1, graded: 1, ungraded: 0, rejected: 0 });
    }
  });

  it('mixes wide CSV, long CSV and YAML assessments lists', async () => {
    // W1: wide row (independent findings only) + a long-form self grade; Y1: YAML with both roles.
    const wide = file('mixed-wide.csv', [DA_HEADER, `W1,domestic-abuse,,,,no,,${ALL_MET}`]);
    const longSelf = file('mixed-long.csv', [LONG, long('W1', 'self', 'A1', 'ri', NONE)]);
    const yaml = file('mixed.yaml', [
      'force: Testshire Police',
      'cases:',
      '  - id: Y1',
      '    type: domestic-abuse',
      '    assessments:',
      '      - { assessor: self, auditor: A2, grade: good }',
      '      - assessor: independent',
      '        findings: { DA1: met, DA2: met, DA3: met, DA4: met, DA5: met, DA6: met, DA7: met, DA8: not met }',
    ]);
    const { code, json: r } = await json(['report', wide, longSelf, yaml]);
    expect(code).toBe(0);
    expect(r.force).toBe('Testshire Police');
    expect(r.bothAssessed.self).toEqual({ good: 1, requires_improvement: 1, inadequate: 0 });
    expect(r.bothAssessed.independent).toEqual({ good: 1, requires_improvement: 1, inadequate: 0 });
    expect(r.totals).toEqual({ read: 2, graded: 2, ungraded: 0, rejected: 0, assessments: 4 });
  });

  it('a YAML case written in flow style is recognised as long form before reading', async () => {
    const flow = file('flow.yaml', [
      'cases:',
      '  - {id: F1, type: da, assessments: [{assessor: self, grade: good}, {assessor: independent, findings: {DA1: met, DA2: met, DA3: met, DA4: met, DA5: met, DA6: met, DA7: met, DA8: not met}}]}',
    ]);
    const { code, json: c } = await json(['compare', flow]);
    expect(code).toBe(0);
    expect([c.n, c.selfHigher, c.totals.assessments]).toEqual([1, 1, 2]);
  });

  it('case ids join in Unicode NFC and print as first given', async () => {
    const composed = file('nfc-a.csv', [LONG, long('Caf\u00e9-1', 'self', 'A1', 'good', NONE)]);
    const decomposed = file('nfc-b.csv', [LONG, long('Cafe\u0301-1', 'independent', '', '', ALL_MET)]);
    const { json: c } = await json(['compare', composed, decomposed]);
    expect(c.n).toBe(1);
    const { stdout } = await runCli(['score', '--format', 'markdown', composed, decomposed]);
    expect(stdout).toContain('Caf\u00e9-1');
    expect(stdout).not.toContain('Cafe\u0301-1');
    const wide = file('nfc-wide.csv', [
      DA_HEADER,
      `Caf\u00e9-2,domestic-abuse,,,,no,,${ALL_MET}`,
      `Cafe\u0301-2,domestic-abuse,,,,no,,${ALL_MET}`,
    ]);
    const dup = await runCli(['validate', wide]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain(`${wide}:3: case id "Cafe\u0301-2" is already used at ${wide}:2`);
  });
});

describe('rejections: file:line, a clear message, exit 1, every other row still counted', () => {
  const bad = file('bad.csv', [
    LONG,
    long('R1', 'self', 'A1', 'good', NONE),
    long('R1', 'independent', '', '', ALL_MET),
    long('R1', 'self', 'A2', 'good', NONE),
    long('R1', 'independent', '', '', NONE, 'section-47'),
    long('R2', 'indpendent', '', '', ALL_MET),
    long('R2', 'independent', '', '', DA8_UNMET),
  ]);

  it('each rejection names its place, and the accounting adds up', async () => {
    const { code, stderr, json: r } = await json(['report', bad]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${bad}:4: case "R1" already has a self assessment at ${bad}:2; one assessment per case and assessor in a round`,
    );
    expect(stderr).toContain(`${bad}:5: case "R1" is section-47 here but domestic-abuse at ${bad}:2; a case has one type`);
    expect(stderr).toContain(`${bad}:6:3: case "R2": assessor "indpendent" is not a role of this programme (did you mean "independent"?)`);
    expect(r.totals).toEqual({ read: 5, graded: 2, ungraded: 0, rejected: 3, assessments: 6 });
    expect(r.rejected.map((d: { line: number }) => d.line)).toEqual([4, 5, 6]);
    expect(r.bothAssessed.self.good).toBe(1);
    expect(r.independentOnly.requires_improvement).toBe(1);
  });

  it('self_grade or independent_grade in a long-form header: say to use grade', async () => {
    const header = file('bad-header.csv', ['case_id,case_type,assessor,self_grade,DA1', 'H1,domestic-abuse,self,good,y']);
    const { code, stderr } = await runCli(['validate', header]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${header}:1:4: column "self_grade" belongs to the wide form`);
    expect(stderr).toContain('put that assessor\'s grade in a "grade" column');
  });

  it('an override in a long-form row needs its reason, like the wide form', async () => {
    const override = file('override.csv', [
      LONG,
      long('O1', 'self', 'A1', 'inadequate', ALL_MET),
      long('O2', 'independent', '', '', ALL_MET),
    ]);
    const { code, stderr, json: r } = await json(['report', override]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${override}:2: case "O1": grade "Inadequate" (assessor self) differs from the grade the criteria give ("Good"); an override needs an override_reason`,
    );
    expect(r.totals).toEqual({ read: 2, graded: 1, ungraded: 0, rejected: 1, assessments: 2 });
  });

  it('an auditor code with a terminal escape is refused, never printed', async () => {
    const escape = file('auditor.csv', [LONG, long('E1', 'self', 'A\u001b[31m', 'good', NONE), long('E1', 'independent', '', '', ALL_MET)]);
    const { code, stdout, stderr } = await runCli(['score', '--format', 'markdown', escape]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${escape}:2: case "E1": the auditor code contains a control or invisible character (U+001B)`);
    expect(stdout + stderr).not.toContain('\u001b');
    expect(stdout).toContain('| E1 | domestic-abuse | independent |');
  });

  it('a YAML assessment with an undeclared role rejects only itself', async () => {
    const yaml = file('bad-role.yaml', [
      'cases:',
      '  - id: Y2',
      '    type: da',
      '    assessments:',
      '      - { assessor: reviewer, grade: good }',
      '      - { assessor: self, grade: good }',
    ]);
    const { code, stderr, json: r } = await json(['report', yaml]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${yaml}:5:21: case "Y2", assessment 1: assessor "reviewer" is not a role of this programme`);
    expect(r.totals).toEqual({ read: 2, graded: 0, ungraded: 1, rejected: 1, assessments: 2 });
  });
});

describe('roles declared in programme.yaml, labels and --inspectorate', () => {
  const criteria = join(dir, 'criteria');
  cpSync(join(ROOT, 'criteria'), criteria, { recursive: true });
  writeFileSync(join(criteria, 'programme.yaml'), 'name: QA programme\ninspectorate: HMIC\nroles:\n  moderator: Moderator\n');
  const moderated = file('moderated.csv', [
    LONG,
    long('M1', 'self', 'A1', 'good', NONE),
    long('M1', 'independent', '', '', ALL_MET),
    long('M1', 'moderator', 'Z9', '', DA8_UNMET),
    long('M2', 'independent', '', '', ALL_MET),
  ]);

  it('report says how many cases other roles assessed and points to compare --between', async () => {
    const { code, stdout } = await runCli(['report', '--criteria', criteria, moderated]);
    expect(code).toBe(0);
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      '1 case also carries assessments by other roles (Moderator: 1), not counted in Tables 1 and 2; compare them with case-audit compare --between moderator,independent',
    );
    const { json: r } = await json(['report', '--criteria', criteria, moderated]);
    expect(r.otherRoles).toEqual({ cases: 1, roles: [{ role: 'moderator', label: 'Moderator', cases: 1 }] });
    expect(r.bothAssessed.independent.good).toBe(1);
  });

  it('--inspectorate names the independent role in headings; the force names self', async () => {
    const { stdout } = await runCli([
      'report',
      '--inspectorate',
      'Force QA team',
      '--force-name',
      'Testshire Police',
      selfFile,
      independentFile,
    ]);
    expect(stdout).toContain('Table 1: Cases assessed by both Testshire Police and Force QA team');
    expect(stdout).toContain('Force QA team assessment');
    expect(stdout).not.toContain('HMIC');
    const compare = await runCli([
      'compare',
      '--inspectorate',
      'Force QA team',
      '--force-name',
      'Testshire Police',
      selfFile,
      independentFile,
    ]);
    expect(compare.stdout).toContain('Self-assessment compared: Testshire Police and Force QA team');
    const { json: r } = await json(['report', '--inspectorate', 'Force QA team', selfFile, independentFile]);
    expect(r.inspectorate).toBe('Force QA team');
  });

  it('criteria validate refuses a roles block that redefines a built-in role or has a bad id', async () => {
    const broken = join(dir, 'criteria-bad-roles');
    cpSync(criteria, broken, { recursive: true });
    writeFileSync(
      join(broken, 'programme.yaml'),
      'name: QA\nroles:\n  moderator: Moderator\n  self: Our auditors\n  Peer Review: Peers\n  second: ""\n',
    );
    const { code, stderr } = await runCli(['criteria', 'validate', broken]);
    expect(code).toBe(1);
    expect(stderr).toContain(`programme.yaml:4:3: role "self" is built in`);
    expect(stderr).toContain(`programme.yaml:5:3: role id "Peer Review": a role id is lowercase letters`);
    expect(stderr).toMatch(/programme\.yaml:6:\d+: .*a role label cannot be blank/);
  });
});

describe('score: one row per assessment on long-form input', () => {
  it('JSON rows carry assessor, auditor and round; every assessment is shown', async () => {
    const { code, json: rows } = await json(['score', selfFile, independentFile]);
    expect(code).toBe(0);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({
      caseId: 'C1',
      caseType: 'domestic-abuse',
      round: null,
      assessor: 'self',
      auditor: 'A1',
      selfGrade: 'good',
      grade: 'good',
      derivedGrade: 'good',
      gradeSource: 'derived',
      override: false,
      unmet: [],
      missing: [],
      referredBack: false,
      referralSuggested: false,
    });
    expect(rows.map((r: { caseId: string; assessor: string; grade: string }) => `${r.caseId} ${r.assessor} ${r.grade}`)).toEqual([
      'C1 self good',
      'C2 self good',
      'C1 independent requires_improvement',
      'C2 independent good',
      'C3 independent inadequate',
    ]);
  });

  it('long form on stdin is recognised from its header, and streams one row per assessment', async () => {
    const input = [LONG, long('S1', 'self', 'A1', 'good', NONE), long('S1', 'independent', '', '', DA1_UNMET)].join('\n');
    const csv = await runCli(['score', '--format', 'csv', '-'], { stdin: input });
    expect(csv.code).toBe(0);
    expect(
      csv.stdout
        .replace(/^\ufeff/, '')
        .split('\r\n')
        .slice(0, 3),
    ).toEqual([
      'case_id,case_type,round,assessor,auditor,grade,derived_grade,grade_source,override,unmet,missing,referred_back,referral_suggested',
      'S1,domestic-abuse,,self,A1,good,,recorded,no,,DA1 DA2 DA3 DA4 DA5 DA6 DA7 DA8,no,no',
      'S1,domestic-abuse,,independent,,inadequate,inadequate,derived,no,DA1,,no,yes',
    ]);
    const compare = await runCli(['compare', '--format', 'json', '-'], { stdin: input });
    expect(JSON.parse(compare.stdout).matrix.good.inadequate).toBe(1);
  });

  it('the table lists each assessment with its role and auditor, by case', async () => {
    const { stdout } = await runCli(['score', '--format', 'markdown', selfFile, independentFile]);
    const lines = stdout.split('\n').filter((l) => /^\| C\d/.test(l));
    expect(lines).toEqual([
      '| C1 | domestic-abuse | self | A1 | Good |  |  |',
      '| C1 | domestic-abuse | independent |  | Requiring improvement | DA8 |  |',
      '| C2 | domestic-abuse | self | A2 | Good (recorded) | grade only, no findings |  |',
      '| C2 | domestic-abuse | independent |  | Good |  |  |',
      '| C3 | domestic-abuse | independent |  | Inadequate | DA1 | suggested |',
    ]);
    expect(stdout).toContain('3 read = 3 graded + 0 ungraded + 0 rejected (5 assessments)');
  });
});

describe('rounds', () => {
  const ROUNDED = 'case_id,case_type,round,assessor,auditor,grade,override_reason,referred_back,notes,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
  const twoRounds = file('rounds.csv', [
    ROUNDED,
    `K1,domestic-abuse,2017,independent,,,,no,,${DA8_UNMET}`,
    `K1,domestic-abuse,2018,independent,,,,no,,${ALL_MET}`,
  ]);

  it('the same case in two rounds is two cases, not a duplicate', async () => {
    const { code, json: rows } = await json(['score', twoRounds]);
    expect(code).toBe(0);
    expect(rows.map((r: { round: string; grade: string }) => `${r.round} ${r.grade}`)).toEqual(['2017 requires_improvement', '2018 good']);
  });

  it('report, compare and sample refuse several rounds rather than merge them', async () => {
    for (const command of ['report', 'compare', 'sample']) {
      const { code, stdout, stderr } = await runCli([command, twoRounds, ...(command === 'sample' ? ['--size', '1', '--seed', '1'] : [])]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('the inputs hold 2 audit rounds ("2017", "2018"); this command takes one round at a time');
    }
  });

  it("--round names the round of files that name none; a file's own round wins", async () => {
    const unnamed = file('unnamed.csv', [LONG, long('U1', 'independent', '', '', ALL_MET)]);
    const { json: rows } = await json(['score', '--round', '2026-Q1', unnamed, twoRounds]);
    expect(rows.map((r: { round: string }) => r.round)).toEqual(['2026-Q1', '2017', '2018']);
    const yaml = file('round.yaml', [
      'round: 2019 revisit',
      'cases:',
      '  - id: U2',
      '    type: da',
      '    assessments: [ { assessor: self, grade: good } ]',
    ]);
    const { json: yamlRows } = await json(['score', '--round', 'ignored', yaml]);
    expect(yamlRows[0].round).toBe('2019 revisit');
  });

  it('a duplicate within one round names the first place', async () => {
    const dup = file('round-dup.csv', [
      ROUNDED,
      `D1,domestic-abuse,2017,self,A1,good,,no,,${NONE}`,
      `D1,domestic-abuse,2017,self,A2,good,,no,,${NONE}`,
    ]);
    const { code, stderr } = await runCli(['validate', dup]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${dup}:3: case "D1" in round "2017" already has a self assessment at ${dup}:2`);
  });
});
