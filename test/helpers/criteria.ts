// A small criteria set written inline, for the summaries and renderers: two types share Table 3.
import type { Scoring } from '../../src/score/scoring.js';
import { DEFAULT_FINDINGS, FindingScheme } from '../../src/domain/findings.js';
import { DEFAULT_GRADING } from '../../src/domain/grading.js';
import { DEFAULT_GRADES, Scale } from '../../src/domain/scale.js';
import { buildCriteriaSet, type CriteriaSet } from '../../src/domain/criteria-set.js';
import type { Finding } from '../../src/domain/findings.js';
import type { Grade } from '../../src/domain/grades.js';
import type { CaseType, Criterion, Programme } from '../../src/domain/types.js';
import { FINDING_CODE, INDEPENDENT, SELF, type AssembledCase, type ScoredAssessment } from '../../src/domain/assessment.js';

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

/** The 2017 programme's scale, findings, grading rule and (no) areas, for programmes written in tests. */
const DEFAULT_PROGRAMME_FIELDS = {
  name: 'Small programme',
  inspectorate: 'HMIC',
  table1Caption: 'Cases assessed by both {force} and {inspectorate}',
  table2Caption: 'Additional cases assessed only by {inspectorate}',
  selfLabel: 'Force assessment',
  independentLabel: '{inspectorate} assessment',
};

export const LANGUAGE_2017 = { scale: DEFAULT_GRADES, findings: DEFAULT_FINDINGS, grading: DEFAULT_GRADING, areas: [] };

/** A programme on the 2017 language, for models written in tests. */
export const PROGRAMME_2017: Programme = { ...DEFAULT_PROGRAMME_FIELDS, ...LANGUAGE_2017 };

/** The 2017 scale and finding spellings as the loaders ask them. */
export const SCALE_2017 = new Scale(DEFAULT_GRADES);
export const FINDINGS_2017 = new FindingScheme(DEFAULT_FINDINGS);
/** How the 2017 programme scores an assessment (score/scoring.ts). */
export const SCORING_2017: Scoring = { rules: DEFAULT_GRADING, scale: SCALE_2017, base: 4, maxKeyed: 15 };

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
      ...LANGUAGE_2017,
    },
  );
}

/** An independent assessment's fields a test may set; the rest follow from the grade and findings. */
type Independent = Partial<Omit<ScoredAssessment, 'role' | 'codes' | 'source'>> & { selfGrade?: Grade | null };

const CODE: Record<Finding, number> = {
  met: FINDING_CODE.met,
  unmet: FINDING_CODE.unmet,
  na: FINDING_CODE.na,
  partly: FINDING_CODE.partly,
};

/**
 * A case as the read path hands it to a summary: an independent assessment with this grade and
 * these findings (codes in the small set's criteria order), and a self assessment when `selfGrade` is given.
 */
export function scored(
  caseId: string,
  caseType: string,
  grade: Grade | null,
  findings: Record<string, Finding>,
  extra: Independent = {},
): AssembledCase {
  const type = smallCriteria().typeByName.get(caseType)!;
  const codes = Uint8Array.from(type.criteria.map((c) => (findings[c.id] ? CODE[findings[c.id]!] : FINDING_CODE.none)));
  const { selfGrade, ...fields } = extra;
  const source = { file: 'cases.csv', line: 2 };
  const independent: ScoredAssessment = {
    role: INDEPENDENT,
    auditor: null,
    grade,
    derivedGrade: grade,
    gradeSource: grade ? 'derived' : 'none',
    override: false,
    unmet: type.criteria.filter((c) => findings[c.id] === 'unmet').map((c) => c.id),
    partly: type.criteria.filter((c) => findings[c.id] === 'partly').map((c) => c.id),
    missing: [],
    referredBack: false,
    referralSuggested: false,
    codes,
    source,
    ...fields,
  };
  const assessments = new Map<string, ScoredAssessment>();
  if (selfGrade != null) {
    assessments.set(SELF, {
      ...independent,
      role: SELF,
      grade: selfGrade,
      derivedGrade: null,
      gradeSource: 'recorded',
      override: false,
      unmet: [],
      partly: [],
      missing: [],
      referredBack: false,
      referralSuggested: false,
      codes: new Uint8Array(codes.length),
    });
  }
  assessments.set(INDEPENDENT, independent);
  return { round: null, caseId, caseType, assessments };
}
