// Blank forms from a model written inline: the CSV header order and the YAML layout, for one or
// several case types and with a register's extra columns (as `sample` writes them).
import { PROGRAMME_2017 } from '../helpers/criteria.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseType } from '../../src/domain/types.js';
import { loadCriteriaDir } from '../../src/load/criteria/criteria-dir.js';
import { formCsv, formCsvHeader, formYaml, yamlExtraColumns } from '../../src/render/sample/form-text.js';
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

  it('rows carry id, type and extra values by name, everything else blank; formula-like values neutralised', () => {
    const csv = formCsv({
      programme: PROGRAMME_2017,
      types: [alpha, beta],
      extraColumns: ['opened', 'team'],
      cases: [
        {
          caseId: 'C1',
          caseType: 'alpha',
          extra: [
            ['team', 'North, East'],
            ['opened', '2017-01-02'],
          ],
        },
        { caseId: 'C2', caseType: 'beta', extra: [['opened', '=HYPERLINK(1)']] },
      ],
    });
    expect(csv).toBe(
      '\ufeffcase_id,case_type,opened,team,self_grade,independent_grade,override_reason,referred_back,notes,A1,A2,B1\r\n' +
        'C1,alpha,2017-01-02,"North, East",,,,,,,,\r\n' +
        "C2,beta,'=HYPERLINK(1),,,,,,,,,\r\n",
    );
  });

  it('just the header for no cases (a template)', () => {
    expect(formCsv({ programme: PROGRAMME_2017, types: [beta], extraColumns: [], cases: [] })).toBe(
      '\ufeffcase_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,B1\r\n',
    );
  });
});

// The same for every case: written once here, checked in full for each case below.
const CASE_FIELDS = [
  "    self_grade:          # the force's own grade, if it graded this case",
  '    independent_grade:   # only to override the grade the findings give; then say why below',
  '    override_reason:     # never printed or exported',
  '    referred_back:       # yes once referred back to the force',
  '    notes:               # never printed or exported',
];
const FINDINGS = '    findings:            # met, not met or na; leave blank until assessed';

describe('YAML form', () => {
  it("one case per row with its own type's criteria as findings, each with its text as a comment; values quoted where YAML would change them", () => {
    const yaml = formYaml({
      programme: PROGRAMME_2017,
      types: [alpha, beta],
      extraColumns: ['opened'],
      force: 'Testshire Police',
      cases: [
        { caseId: 'C1', caseType: 'alpha', extra: [['opened', '2017-01-02']] },
        { caseId: '007', caseType: 'beta' },
      ],
    });
    expect(yaml).toBe(
      [
        '# case-audit form: alpha (ALPHA), beta (BETA)',
        '# Fill in each finding, then run: case-audit score <this file>',
        'force: Testshire Police',
        'cases:',
        '  - id: C1',
        '    type: alpha',
        '    opened: 2017-01-02',
        ...CASE_FIELDS,
        FINDINGS,
        '      A1:   # The child was seen (serious, refer)',
        '      A2:   # The risk was recorded (expected)',
        '  - id: "007"',
        '    type: beta',
        '    opened: ""',
        ...CASE_FIELDS,
        FINDINGS,
        '      B1:   # A plan was agreed (expected)',
        '',
      ].join('\n'),
    );
  });

  it('a form of 20,000 cases (past what one call can take as arguments)', () => {
    const cases = Array.from({ length: 20_000 }, (_, i) => ({ caseId: `C${i}`, caseType: i % 2 ? 'alpha' : 'beta' }));
    const lines = formYaml({ programme: PROGRAMME_2017, types: [alpha, beta], extraColumns: [], cases }).split('\n');
    const ids = lines.filter((l) => l.startsWith('  - id: '));
    expect(ids).toHaveLength(20_000);
    expect([ids[0], ids.at(-1)]).toEqual(['  - id: C0', '  - id: C19999']);
  });

  it('an empty list when there are no cases', () => {
    expect(formYaml({ programme: PROGRAMME_2017, types: [alpha], extraColumns: [], cases: [] }).endsWith('\ncases: []\n')).toBe(true);
  });

  it('leaves out carried columns whose names are case keys', () => {
    expect(yamlExtraColumns(['opened', 'type', 'notes', '<<', '__proto__'])).toEqual({
      kept: ['opened', '__proto__'],
      dropped: ['type', 'notes', '<<'],
    });
    const yaml = formYaml({
      programme: PROGRAMME_2017,
      types: [beta],
      extraColumns: ['type', '__proto__'],
      cases: [
        {
          caseId: 'A',
          caseType: 'beta',
          extra: [
            ['type', 'x'],
            ['__proto__', 'y'],
          ],
        },
      ],
    });
    expect(yaml).toContain('  - id: A\n    type: beta\n    __proto__: y\n');
    expect(yaml).not.toContain('type: x');
  });
});

describe('a multi-type form with a register column scores as written', () => {
  it.each(['yaml', 'csv'] as const)('%s', async (format) => {
    const set = loadCriteriaDir(`${ROOT}/criteria`).set!;
    const types = ['section-47', 'domestic-abuse'].map((t) => set.typeByName.get(t)!);
    const cases = [
      { caseId: 'S-1', caseType: 'section-47', extra: [['team', 'North']] as const },
      { caseId: 'D-1', caseType: 'domestic-abuse', extra: [['team', 'South']] as const },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'case-audit-form-')), `form.${format}`);
    writeFileSync(file, (format === 'yaml' ? formYaml : formCsv)({ programme: PROGRAMME_2017, types, extraColumns: ['team'], cases }));
    const { code, stdout, stderr } = await runCli(['score', '--format', 'json', file]);
    expect(code).toBe(0);
    expect(stderr).toContain('2 read = 0 graded + 2 ungraded + 0 rejected');
    expect((JSON.parse(stdout) as Array<{ caseId: string; caseType: string }>).map((r) => [r.caseId, r.caseType])).toEqual([
      ['S-1', 'section-47'],
      ['D-1', 'domestic-abuse'],
    ]);
  });
});
