// One assessment's override rule as its message names it: the column the grade came from, and the
// assessor only where the column alone does not say whose grade it is.
import { SCORING_2017 } from '../helpers/criteria.js';
import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../../src/domain/assessment.js';
import type { CaseType } from '../../src/domain/types.js';
import { scoreAssessment } from '../../src/score/score-assessment.js';

const TYPE: CaseType = {
  id: 'domestic-abuse',
  title: 'Domestic abuse',
  aliases: [],
  report: { table: 4, label: 'DA', caption: 'DA cases' },
  criteria: [{ id: 'DA1', text: 'seen', severity: 'serious', refer: true }],
  widespread: 3,
  file: 'criteria/domestic-abuse.yaml',
};

function moderated(gradeColumn?: string): AssessmentRecord {
  const record: AssessmentRecord = {
    round: null,
    caseId: 'C1',
    caseType: TYPE.id,
    role: 'moderator',
    auditor: 'M1',
    grade: 'inadequate',
    findings: new Map([['DA1', 'met']]),
    hasOverrideReason: false,
    referredBack: false,
    source: { file: 'mod.csv', line: 3 },
  };
  if (gradeColumn !== undefined) record.gradeColumn = gradeColumn;
  return record;
}

describe('scoreAssessment: an override without a reason', () => {
  it.each([
    [undefined, 'grade "Inadequate" (assessor moderator)'],
    ['grade', 'grade "Inadequate" (assessor moderator)'],
    ['independent_grade', 'independent_grade "Inadequate"'],
  ])('with gradeColumn %j names %s', (gradeColumn, named) => {
    const r = scoreAssessment(moderated(gradeColumn), TYPE, SCORING_2017);
    expect(r).toEqual({
      ok: false,
      diagnostic: {
        file: 'mod.csv',
        line: 3,
        severity: 'error',
        rule: 'override-without-reason',
        message: `case "C1": ${named} differs from the grade the criteria give ("Good"); an override needs an override_reason`,
      },
    });
  });
});
