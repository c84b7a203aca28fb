// `criteria validate` on programme.yaml's language: each check on a small programme written here,
// its line and column counted by hand from the YAML below, its words and the exit codes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { STACK, tempDir } from '../helpers/tmp.js';

type Row = { file: string; line: number; col: number | null; severity: string; message: string; rule: string };

const ALPHA = `id: alpha
title: Alpha
report: { table: 3, label: Alpha cases, caption: Alpha caption }
criteria:
  - { id: A1, text: First, severity: serious }
  - { id: A2, text: Second, severity: expected }
  - { id: A3, text: Third, severity: expected, area: responding }
`;

const FOUR_SCALE = `scale:
  - { id: outstanding, label: Outstanding }
  - { id: good, label: Good }
  - { id: requires_improvement, label: Requires improvement, accept: [ri, adequate] }
  - { id: inadequate, label: Inadequate }
`;
const MISSPELT = ALPHA.replace('area: responding', 'area: respondng');
const AREAS = `areas:
  - { id: responding, title: Responding to children at risk }
`;

const root = tempDir('case-audit-programme-');
let n = 0;
/** A criteria directory of alpha.yaml and this programme.yaml. */
function dir(programme: string, alpha = ALPHA): string {
  const d = join(root, String(n++));
  mkdirSync(d);
  writeFileSync(join(d, 'alpha.yaml'), alpha);
  writeFileSync(join(d, 'programme.yaml'), programme);
  return d;
}

async function problems(d: string): Promise<{ code: number; rows: Row[] }> {
  const { code, stdout } = await runCli(['criteria', 'validate', d, '--format', 'json']);
  return { code, rows: JSON.parse(stdout) as Row[] };
}

const at = (rows: Row[], rule: string) =>
  rows.filter((r) => r.rule === rule).map((r) => [r.file.split('/').pop(), r.line, r.col, r.severity, r.message]);

describe('criteria validate: the scale', () => {
  it('a grade id used twice, at the second', async () => {
    const { code, rows } = await problems(dir(`${FOUR_SCALE}  - { id: good, label: Very good }\ngrading:\n  - grade: good\n${AREAS}`));
    expect(at(rows, 'duplicate-grade-id')).toEqual([
      ['programme.yaml', 6, 11, 'error', 'grade id "good" is already used by the grade at line 3; grade ids must be unique'],
    ]);
    expect(code).toBe(1);
  });

  it('a spelling naming two grades, compared without case and runs of spaces', async () => {
    const scale = FOUR_SCALE.replace(
      '{ id: good, label: Good }',
      '{ id: good, label: Good, accept: [ADEQUATE,  "requires   Improvement"] }',
    );
    const { rows } = await problems(dir(`${scale}grading:\n  - grade: good\n${AREAS}`));
    expect(at(rows, 'duplicate-grade-spelling')).toEqual([
      [
        'programme.yaml',
        4,
        40,
        'error',
        '"Requires improvement" is already a spelling of grade "good" (line 3); a spelling names one grade',
      ],
      ['programme.yaml', 4, 75, 'error', '"adequate" is already a spelling of grade "good" (line 3); a spelling names one grade'],
    ]);
  });

  it('a label equal to its own id or table label is no clash', async () => {
    const { code, rows } = await problems(
      dir(
        `scale:\n  - { id: good, label: GOOD, table_label: good, accept: [Good] }\n  - { id: bad, label: Bad }\ngrading:\n  - grade: bad\n    if: { unmet: 1 }\n  - grade: good\n${AREAS}`,
      ),
    );
    expect(rows).toEqual([]);
    expect(code).toBe(0);
  });

  it('more than 20 grades', async () => {
    const grades = Array.from({ length: 21 }, (_, i) => `  - { id: g${i}, label: G ${i} }\n`).join('');
    const { rows } = await problems(dir(`scale:\n${grades}grading:\n  - grade: g0\n${AREAS}`));
    expect(at(rows, 'scale-size')).toEqual([
      ['programme.yaml', 2, 3, 'error', 'the scale has 21 grades; at most 20 can be shown side by side: expected 2 to 20'],
    ]);
  });

  it('20 grades are allowed; one grade is not (the schema: at least two)', async () => {
    const grades = (k: number) => Array.from({ length: k }, (_, i) => `  - { id: g${i}, label: G ${i} }\n`).join('');
    expect((await problems(dir(`scale:\n${grades(20)}grading:\n  - grade: g0\n${AREAS}`))).rows).toEqual([]);
    const one = await problems(dir(`scale:\n${grades(1)}grading:\n  - grade: g0\n${AREAS}`));
    expect(at(one.rows, 'invalid-value')).toEqual([['programme.yaml', 2, 3, 'error', 'scale: a scale has at least two grades']]);
  });

  it('a scale of its own without a grading rule, where the default rule names grades it lacks', async () => {
    const { rows } = await problems(dir(`${FOUR_SCALE.replace('requires_improvement', 'requires_work')}${AREAS}`));
    expect(at(rows, 'scale-without-grading')).toEqual([
      [
        'programme.yaml',
        2,
        3,
        'error',
        'a scale of its own needs a grading rule of its own: the default rule gives "requires_improvement", not a grade of this scale; add grading: (the first rule whose conditions hold gives the grade)',
      ],
    ]);
  });

  it('a scale with the 2017 grades and more spellings may keep the default rule (a recoding)', async () => {
    const scale = `scale:\n  - { id: good, label: Good }\n  - { id: requires_improvement, label: Requires improvement, accept: [adequate] }\n  - { id: inadequate, label: Inadequate }\n`;
    expect((await problems(dir(`${scale}${AREAS}`))).rows).toEqual([]);
  });
});

describe('criteria validate: the findings', () => {
  it('a spelling of two kinds: at the later one in the file, also against a default spelling', async () => {
    const { rows } = await problems(dir(`findings:\n  partly: { label: Partly met, accept: [p, N] }\n  met: { accept: [y, P] }\n${AREAS}`));
    expect(at(rows, 'duplicate-finding-spelling')).toEqual([
      [
        'programme.yaml',
        2,
        44,
        'error',
        '"N" is already a spelling of finding kind "unmet" (by default); a spelling names one finding kind',
      ],
      ['programme.yaml', 3, 22, 'error', '"P" is already a spelling of finding kind "partly" (line 2); a spelling names one finding kind'],
    ]);
  });
});

describe('criteria validate: the grading rule', () => {
  const rules = (body: string) => dir(`${FOUR_SCALE}findings:\n  partly: { accept: [p] }\ngrading:\n${body}${AREAS}`);

  it('a grade not in the scale, with the nearest id', async () => {
    const { code, rows } = await problems(
      rules('  - grade: inadequte\n    if: { unmet: 1 }\n  - grade: Requires Improvement\n    if: { partly: 1 }\n  - grade: excellent\n'),
    );
    expect(at(rows, 'unknown-grade')).toEqual([
      [
        'programme.yaml',
        9,
        12,
        'error',
        `"inadequte" is not a grade of this programme's scale; expected one of outstanding, good, requires_improvement, inadequate (did you mean "inadequate"?)`,
      ],
      [
        'programme.yaml',
        11,
        12,
        'error',
        `"Requires Improvement" is not a grade of this programme's scale; expected one of outstanding, good, requires_improvement, inadequate (did you mean "requires_improvement"?)`,
      ],
      [
        'programme.yaml',
        13,
        12,
        'error',
        `"excellent" is not a grade of this programme's scale; expected one of outstanding, good, requires_improvement, inadequate`,
      ],
    ]);
    expect(code).toBe(1);
  });

  it('a rule without if before the last, and a last rule with one', async () => {
    const { rows } = await problems(rules('  - grade: good\n  - grade: inadequate\n    if: { unmet: 1 }\n'));
    expect(at(rows, 'catch-all-not-last')).toEqual([
      [
        'programme.yaml',
        9,
        5,
        'error',
        'rule 1 has no if, so it grades every case and the rules after it never apply; only the last rule may leave out if',
      ],
    ]);
    expect(at(rows, 'no-catch-all')).toEqual([
      [
        'programme.yaml',
        10,
        5,
        'error',
        'the last rule has an if: a case no rule fits would get no grade; end with a rule without if (e.g. - grade: outstanding)',
      ],
    ]);
  });

  it('thresholds: a whole number from 1 or widespread; met_share_below above 0 and at most 1', async () => {
    const { rows } = await problems(
      rules(
        '  - grade: inadequate\n    if: { unmet: 0, partly: 1.5, not_met: some }\n  - grade: good\n    if: { met_share_below: 0 }\n  - grade: good\n    if: { met_share_below: 1.01 }\n  - grade: outstanding\n',
      ),
    );
    expect(rows.map((r) => [r.line, r.col, r.rule, r.message])).toEqual([
      [10, 18, 'invalid-value', 'grading.0.if.unmet: expected a whole number of at least 1, or widespread'],
      [10, 29, 'invalid-value', 'grading.0.if.partly: expected a whole number of at least 1, or widespread'],
      [10, 43, 'invalid-value', 'grading.0.if.not_met: expected a whole number of at least 1, or widespread'],
      [12, 28, 'invalid-value', 'grading.1.if.met_share_below: expected a share above 0 and at most 1, e.g. 0.5'],
      [14, 28, 'invalid-value', 'grading.2.if.met_share_below: expected a share above 0 and at most 1, e.g. 0.5'],
    ]);
  });

  it('partly conditions where the programme records no partly findings', async () => {
    const d = dir(
      `${FOUR_SCALE}grading:\n  - grade: inadequate\n    if: { serious_partly: 1, partly: 2, not_met: 3 }\n  - grade: good\n${AREAS}`,
    );
    const { rows } = await problems(d);
    expect(at(rows, 'partly-not-declared')).toEqual(
      [
        [
          'programme.yaml',
          8,
          30,
          'error',
          'partly counts partly met findings, but this programme records none; add findings.partly (its spellings) or drop the condition',
        ],
        [
          'programme.yaml',
          8,
          11,
          'error',
          'serious_partly counts partly met findings, but this programme records none; add findings.partly (its spellings) or drop the condition',
        ],
      ].sort((a, b) => (a[2] as number) - (b[2] as number)),
    );
  });

  it('warns where an earlier rule always applies first; exit 0 (1 with --strict)', async () => {
    const d = rules(
      [
        '  - grade: inadequate',
        '    if: { serious_unmet: 1 }',
        '  - grade: inadequate', // 11: more serious unmet and more: never
        '    if: { serious_unmet: 2, partly: 1 }',
        '  - grade: requires_improvement', // 13
        '    if: { unmet: 2 }',
        '  - grade: requires_improvement', // 15: serious unmet at least 2 is unmet at least 2
        '    if: { serious_unmet: 2 }',
        '  - grade: good', // 17: fewer met than 0.5 is fewer than 0.8, below
        '    if: { met_share_below: 0.8 }',
        '  - grade: good', // 19
        '    if: { met_share_below: 0.5 }',
        '  - grade: good', // 21: 0.9 is not within 0.8
        '    if: { met_share_below: 0.9 }',
        '  - grade: good', // 23: widespread against 2 depends on the case type: no warning
        '    if: { unmet: widespread }',
        '  - grade: outstanding',
        '',
      ].join('\n'),
    );
    const { code, rows } = await problems(d);
    expect(at(rows, 'rule-never-applies')).toEqual([
      ['programme.yaml', 11, 5, 'warning', 'rule 2 can never apply: rule 1 (line 9) holds for every case it would and comes first'],
      ['programme.yaml', 15, 5, 'warning', 'rule 4 can never apply: rule 1 (line 9) holds for every case it would and comes first'],
      ['programme.yaml', 19, 5, 'warning', 'rule 6 can never apply: rule 5 (line 17) holds for every case it would and comes first'],
    ]);
    expect(rows.filter((r) => r.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    expect((await runCli(['criteria', 'validate', d, '--strict'])).code).toBe(1);
  });

  it('an if with no conditions holds always: every later rule is warned about', async () => {
    const { rows } = await problems(rules('  - grade: good\n    if: {}\n  - grade: outstanding\n'));
    expect(at(rows, 'rule-never-applies').map((r) => r[1])).toEqual([11]);
  });
});

describe('criteria validate: areas', () => {
  it('a criterion naming an area not declared, with the nearest; an area declared twice', async () => {
    const { rows } = await problems(
      dir(`${AREAS}  - { id: assessing, title: Assessing risk }\n  - { id: responding, title: Again }\n`, MISSPELT),
    );
    expect(at(rows, 'unknown-area')).toEqual([
      [
        'alpha.yaml',
        7,
        54,
        'error',
        'area "respondng" of A3 is not declared; expected one of responding, assessing (did you mean "responding"?)',
      ],
    ]);
    expect(at(rows, 'duplicate-area')).toEqual([
      ['programme.yaml', 4, 11, 'error', 'area id "responding" is already declared at line 2; area ids must be unique'],
    ]);
  });

  it('areas named but none declared (no areas: in programme.yaml)', async () => {
    const { rows } = await problems(dir('name: No areas\n', MISSPELT));
    expect(at(rows, 'unknown-area')).toEqual([
      [
        'alpha.yaml',
        7,
        54,
        'error',
        'area "respondng" of A3 is not declared; programme.yaml declares no areas (areas: - id: ..., title: ...)',
      ],
    ]);
  });
});

describe('criteria validate: the three formats of a language problem', () => {
  const d = () => dir(`${FOUR_SCALE}grading:\n  - grade: inadequte\n    if: { unmet: 1 }\n  - grade: good\n${AREAS}`);

  it('text: file:line:col: message on stderr', async () => {
    const { code, stderr } = await runCli(['criteria', 'validate', d()]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /programme\.yaml:7:12: "inadequte" is not a grade of this programme's scale; expected one of outstanding, good, requires_improvement, inadequate \(did you mean "inadequate"\?\)\n1 problem in 2 files/,
    );
  });

  it('github: an annotation with line and col', async () => {
    const { stdout } = await runCli(['criteria', 'validate', d(), '--format', 'github']);
    expect(stdout).toMatch(/^::error file=[^,]*programme\.yaml,line=7,col=12,title=case-audit unknown-grade::"inadequte" is not a grade/);
  });
});

describe('a programme whose language is wrong stops every command with exit 2', () => {
  const broken = () => dir(`${FOUR_SCALE}grading:\n  - grade: good\n  - grade: inadequte\n    if: { unmet: 1 }\n`, ALPHA);
  const CSV = fixture('gloucestershire-2017.csv');

  it.each([
    ['score', [CSV]],
    ['report', [CSV]],
    ['compare', [CSV]],
    ['trend', [CSV, CSV]],
    ['validate', [CSV]],
    ['template', ['alpha']],
    ['criteria', ['list']],
  ])('%s', async (command, args) => {
    const d = broken();
    const argv = command === 'criteria' ? ['criteria', 'list', d] : [command, ...args, '--criteria', d];
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('programme.yaml:7:5: rule 1 has no if');
    expect(stderr).toContain('programme.yaml:8:12: "inadequte" is not a grade');
    expect(stderr).toContain('programme.yaml:8:5: the last rule has an if');
    expect(stderr).toContain('fix them first');
    expect(stderr).not.toMatch(STACK);
  });

  it('a threshold the schema refuses stops the run with exit 2 too; another programme.yaml error keeps exit 1', async () => {
    const threshold = dir(`${FOUR_SCALE}grading:\n  - grade: inadequate\n    if: { unmet: 0 }\n  - grade: good\n`, ALPHA);
    const bad = await runCli(['score', fixture('gloucestershire-2017.csv'), '--criteria', threshold]);
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([
      2,
      `${threshold}/programme.yaml:8:18: grading.0.if.unmet: expected a whole number of at least 1, or widespread`,
    ]);
    const caption = dir('table1_caption: ""\n', ALPHA);
    expect((await runCli(['score', fixture('gloucestershire-2017.csv'), '--criteria', caption])).code).toBe(1);
  });
});
