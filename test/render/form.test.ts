// Blank forms from a model written inline: the CSV header order and the YAML layout, for one or
// several case types and with a register's extra columns (as `sample` writes them).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseType } from '../../src/domain/types.js';
import { loadCriteriaDir } from '../../src/load/criteria-dir.js';
import { formCsv, formCsvHeader, formYaml } from '../../src/render/form.js';
import { ROOT, runCli } from '../helpers/cli.js';

const type = (id: string, table: number, criteria: Array<[string, 'serious' | 'expected', boolean, string]>): CaseType => ({
  id,
  title: id.toUpperCase(),
  aliases: [],
  report: { table, label: `Label ${table}`, caption: `Caption ${table}` },
  criteria: criteria.map(([cid, severity, refer, text]) => ({ id: cid, severity, refer, text })),
  widespread: 3,
  file: `${id}.yaml`,
});

const alpha = type('alpha', 3, [
  ['A1', 'serious', true, 'The child was seen'],
  ['A2', 'expected', false, 'The risk was\nrecorded'],
]);
const beta = type('beta', 4, [['B1', 'expected', false, 'A plan was agreed']]);

describe('CSV form', () => {
  it('header: case_id, case_type, extra columns, the case fields, then every criterion in table order', () => {
    expect(formCsvHeader({ types: [alpha, beta], extraColumns: ['opened', 'team'] })).toEqual([
      'case_id',
      'case_type',
      'opened',
      'team',
      'self_grade',
      'independent_grade',
      'override_reason',
      'referred_back',
      'notes',
      'A1',
      'A2',
      'B1',
    ]);
  });

  it('rows carry id, type and extra values, everything else blank; formula-like values neutralised', () => {
    const csv = formCsv({
      types: [alpha, beta],
      extraColumns: ['opened'],
      rows: [
        { id: 'C1', type: 'alpha', extra: ['2017-01-02'] },
        { id: 'C2', type: 'beta', extra: ['=HYPERLINK(1)'] },
      ],
    });
    expect(csv).toBe(
      '\ufeffcase_id,case_type,opened,self_grade,independent_grade,override_reason,referred_back,notes,A1,A2,B1\r\n' +
        'C1,alpha,2017-01-02,,,,,,,,\r\n' +
        "C2,beta,'=HYPERLINK(1),,,,,,,,\r\n",
    );
  });
});

// The same for every case: written once here, checked in full for each case below.
const CASE_FIELDS = [
  "    self_grade:          # the force's own grade, if it graded this case",
  '    independent_grade:   # only to override the grade the findings give; then say why below',
  '    override_reason:     # never printed or exported',
  '    referred_back: no',
  '    notes:               # never printed or exported',
  '    findings:            # met, not met or na; leave blank until assessed',
];

describe('YAML form', () => {
  it('one case per row with its own type\'s criteria as findings, each with its text as a comment', () => {
    const yaml = formYaml({
      types: [alpha, beta],
      extraColumns: ['opened'],
      rows: [
        { id: 'C1', type: 'alpha', extra: ['2017-01-02'] },
        { id: '007: x', type: 'BETA', extra: [''] },
      ],
    });
    expect(yaml).toBe(
      [
        '# case-audit form: alpha (ALPHA), beta (BETA)',
        '# Fill in each finding, then run: case-audit score <this file>',
        '# force: the police force audited (optional)',
        'cases:',
        '  - id: C1',
        '    type: alpha',
        '    opened: 2017-01-02',
        ...CASE_FIELDS,
        '      A1:   # The child was seen (serious, refer)',
        '      A2:   # The risk was recorded (expected)',
        '  - id: "007: x"',
        '    type: BETA',
        '    opened: ""',
        ...CASE_FIELDS,
        '      B1:   # A plan was agreed (expected)',
        '',
      ].join('\n'),
    );
  });

  it('an empty list when there are no rows', () => {
    expect(formYaml({ types: [alpha], extraColumns: [], rows: [] }).endsWith('\ncases: []\n')).toBe(true);
  });
});

describe('a multi-type form with a register column scores as written', () => {
  it.each(['yaml', 'csv'] as const)('%s', async (format) => {
    const set = loadCriteriaDir(`${ROOT}/criteria`).set!;
    const types = ['section-47', 'domestic-abuse'].map((t) => set.typeByName.get(t)!);
    const rows = [
      { id: 'S-1', type: 'section-47', extra: ['North'] },
      { id: 'D-1', type: 'da', extra: ['South'] },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'case-audit-form-')), `form.${format}`);
    writeFileSync(file, (format === 'yaml' ? formYaml : formCsv)({ types, extraColumns: ['team'], rows }));
    const { code, stdout, stderr } = await runCli(['score', '--format', 'json', file]);
    expect(code).toBe(0);
    expect(stderr).toContain('2 read = 0 graded + 2 ungraded + 0 rejected');
    expect((JSON.parse(stdout) as Array<{ caseId: string; caseType: string }>).map((r) => [r.caseId, r.caseType])).toEqual([
      ['S-1', 'section-47'],
      ['D-1', 'domestic-abuse'],
    ]);
  });
});
