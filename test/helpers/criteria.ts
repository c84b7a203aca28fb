// A small criteria set written inline, for the summaries and renderers: two types share Table 3.
import { buildCriteriaSet, type CriteriaSet } from '../../src/domain/criteria-set.js';
import type { Finding } from '../../src/domain/findings.js';
import type { Grade } from '../../src/domain/grades.js';
import type { CaseType, Criterion, ScoredCase } from '../../src/domain/types.js';

const criterion = (id: string, severity: Criterion['severity'] = 'expected', refer = false): Criterion => ({
  id,
  text: `${id} text`,
  severity,
  refer,
});

const type = (id: string, table: number, criteria: Criterion[]): CaseType => ({
  id,
  title: `${id} title`,
  aliases: [],
  report: { table, label: `Table ${table} label`, caption: `Table ${table} caption` },
  criteria,
  widespread: 3,
  file: `criteria/${id}.yaml`,
});

export function smallCriteria(): CriteriaSet {
  return buildCriteriaSet(
    'criteria',
    [
      type('alpha', 3, [criterion('A1', 'serious', true), criterion('A2'), criterion('A3')]),
      type('beta', 3, [criterion('B1'), criterion('B2')]),
      type('gamma', 4, [criterion('G1')]),
      type('delta', 5, [criterion('D1')]),
    ],
    {
      name: 'Small programme',
      inspectorate: 'HMIC',
      table1Caption: 'Cases assessed by both {force} and {inspectorate}',
      table2Caption: 'Additional cases assessed only by {inspectorate}',
      selfLabel: 'Force assessment',
      independentLabel: '{inspectorate} assessment',
    },
  );
}

/** A scored case and its findings, as the pipeline hands them to a summary. */
export function scored(
  caseId: string,
  caseType: string,
  grade: Grade | null,
  findings: Record<string, Finding>,
  extra: Partial<ScoredCase> = {},
): [ScoredCase, { findings: ReadonlyMap<string, Finding> }] {
  const unmet = Object.entries(findings)
    .filter(([, f]) => f === 'unmet')
    .map(([id]) => id);
  return [
    {
      caseId,
      caseType,
      selfGrade: null,
      grade,
      derivedGrade: grade,
      gradeSource: grade ? 'derived' : 'none',
      override: false,
      unmet,
      missing: [],
      referredBack: false,
      referralSuggested: false,
      source: { file: 'cases.csv', line: 2 },
      ...extra,
    },
    { findings: new Map(Object.entries(findings)) },
  ];
}
