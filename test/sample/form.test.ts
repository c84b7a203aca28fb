// The blank form's exact text, from a model written inline.
import { describe, expect, it } from 'vitest';
import type { CaseType } from '../../src/domain/types.js';
import { formCsv, formYaml, yamlExtraColumns, type FormModel } from '../../src/render/form.js';

const type = (id: string, table: number, criteria: string[]): CaseType => ({
  id,
  title: id,
  aliases: [],
  report: { table, label: id, caption: id },
  criteria: criteria.map((c) => ({ id: c, text: c, severity: 'expected', refer: false })),
  widespread: 3,
  file: `${id}.yaml`,
});

const MODEL: FormModel = {
  types: [type('section-47', 3, ['CPE1', 'CPE2']), type('domestic-abuse', 4, ['DA1'])],
  extraColumns: ['opened', 'team'],
  cases: [
    { caseId: 'S-1', caseType: 'section-47', extra: [['team', 'North, East'], ['opened', '2017-01-03']] },
    { caseId: '007', caseType: 'domestic-abuse', extra: [['opened', '=cmd']] },
    { caseId: 'D-2', caseType: 'domestic-abuse' },
  ],
};

describe('formCsv', () => {
  it('writes the header, the carried columns by name, and blanks for everything to fill in', () => {
    expect(formCsv(MODEL)).toBe(
      '\ufeffcase_id,case_type,opened,team,self_grade,independent_grade,override_reason,referred_back,notes,CPE1,CPE2,DA1\r\n' +
        'S-1,section-47,2017-01-03,"North, East",,,,,,,,\r\n' +
        "007,domestic-abuse,'=cmd,,,,,,,,,\r\n" +
        'D-2,domestic-abuse,,,,,,,,,,\r\n',
    );
  });

  it('writes just the header for no cases (a template)', () => {
    expect(formCsv({ types: [type('domestic-abuse', 4, ['DA1', 'DA2'])], extraColumns: [], cases: [] })).toBe(
      '\ufeffcase_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,DA1,DA2\r\n',
    );
  });
});

// The fields left for the auditor, as every YAML case writes them.
const BLANK = ['self_grade', 'independent_grade', 'override_reason', 'referred_back', 'notes'].map((f) => `    ${f}:`);

describe('formYaml', () => {
  it("writes each case's own criteria under findings, blank, and quotes what YAML would change", () => {
    expect(formYaml({ ...MODEL, force: 'Gloucestershire Constabulary' })).toBe(
      [
        'force: Gloucestershire Constabulary',
        'cases:',
        '  - id: S-1',
        '    type: section-47',
        '    opened: 2017-01-03',
        '    team: North, East',
        ...BLANK,
        '    findings:',
        '      CPE1:',
        '      CPE2:',
        '  - id: "007"',
        '    type: domestic-abuse',
        '    opened: =cmd',
        '    team: ""',
        ...BLANK,
        '    findings:',
        '      DA1:',
        '  - id: D-2',
        '    type: domestic-abuse',
        '    opened: ""',
        '    team: ""',
        ...BLANK,
        '    findings:',
        '      DA1:',
        '',
      ].join('\n'),
    );
  });

  it('leaves out carried columns whose names are case keys', () => {
    expect(yamlExtraColumns(['opened', 'type', 'notes', '<<', '__proto__'])).toEqual({ kept: ['opened', '__proto__'], dropped: ['type', 'notes', '<<'] });
    const yaml = formYaml({ types: [type('domestic-abuse', 4, [])], extraColumns: ['type', '__proto__'], cases: [{ caseId: 'A', caseType: 'domestic-abuse', extra: [['type', 'x'], ['__proto__', 'y']] }] });
    expect(yaml).toBe('cases:\n  - id: A\n    type: domestic-abuse\n    __proto__: y\n    self_grade:\n    independent_grade:\n    override_reason:\n    referred_back:\n    notes:\n    findings: {}\n');
  });
});
