// The blind moderation form and what sample says about the draw.
import { PROGRAMME_2017, SCALE_2017 } from '../helpers/criteria.js';
import { describe, expect, it } from 'vitest';
import { moderationCsv, moderationYaml } from '../../src/render/sample/moderation-form.js';
import { moderationSummaryText } from '../../src/render/sample/moderation-summary.js';
import type { Marked } from '../../src/summarise/sample/moderation-plan.js';
import { smallCriteria } from '../helpers/criteria.js';

const types = smallCriteria().types.filter((t) => t.id === 'alpha' || t.id === 'beta');
const cases: Marked[] = [
  { round: null, caseId: 'c1', caseType: 'alpha', auditor: 'A1', grade: 'inadequate' },
  { round: null, caseId: 'c2', caseType: 'beta', auditor: 'A2', grade: 'good' },
];

describe('moderation form', () => {
  it('csv: long form, assessor the second marker, every other cell blank (no first grade, auditor or finding)', () => {
    expect(moderationCsv({ programme: PROGRAMME_2017, role: 'moderator', firstRole: 'self', types, cases })).toBe(
      '\ufeffcase_id,case_type,assessor,auditor,grade,override_reason,referred_back,notes,A1,A2,A3,B1,B2\r\n' +
        'c1,alpha,moderator,,,,,,,,,,\r\n' +
        'c2,beta,moderator,,,,,,,,,,\r\n',
    );
  });

  it('csv: a round column where the cases name a round', () => {
    const text = moderationCsv({
      programme: PROGRAMME_2017,
      role: 'moderator',
      firstRole: 'self',
      types,
      cases: [{ ...cases[0]!, round: '2026-Q1' }],
    });
    expect(text.split('\r\n').slice(0, 2)).toEqual([
      '\ufeffcase_id,case_type,round,assessor,auditor,grade,override_reason,referred_back,notes,A1,A2,A3,B1,B2',
      'c1,alpha,2026-Q1,moderator,,,,,,,,,,',
    ]);
  });

  it('yaml: an assessments list per case with the blank criteria of its type', () => {
    const text = moderationYaml({ programme: PROGRAMME_2017, role: 'moderator', firstRole: 'self', types, cases: [cases[1]!] });
    expect(text).toContain('then run: case-audit compare --between moderator,self <first marking> <this file>\n');
    expect(text).toContain('cases:\n  - id: c2\n    type: beta\n    assessments:\n      - assessor: moderator\n        auditor:');
    expect(text).toContain('          B1:   # B1 text\n          B2:   # B2 text\n');
    expect(text).not.toMatch(/good|A2\b/);
  });
});

describe('moderation summary', () => {
  it('says per auditor how many were assessed and drawn, the focus counts and the seed', () => {
    const text = moderationSummaryText({
      scale: SCALE_2017,
      plan: {
        seed: 7,
        request: { kind: 'rate', rate: 0.1, minPerAuditor: 1, focus: 'inadequate' },
        frame: 31,
        sample: 4,
        strata: [
          { auditor: 'A1', frame: 30, focusFrame: 3, proportional: 3, sample: 3, focusSample: 2, cases: [] },
          { auditor: null, frame: 1, focusFrame: 0, proportional: 1, sample: 1, focusSample: 0, cases: [] },
        ],
        cases: [],
      },
      first: 'Testshire Police',
      second: 'Moderator',
      seedPicked: true,
      alreadyModerated: 2,
      accounting: { read: 33, graded: 33, ungraded: 0, rejected: 0 },
    });
    expect(text).toBe(
      "moderation sample of 4 from 31 cases graded by Testshire Police, for Moderator to mark blind, stratified by Testshire Police's auditor (--rate 10%, --min-per-auditor 1, --focus inadequate)\n" +
        '  auditor    assessed  inadequate  sample\n' +
        '  A1               30      2 of 3       3\n' +
        '  (no code)         1      0 of 0       1\n' +
        '  total            31                   4\n' +
        'left out 2 cases Moderator has already assessed\n' +
        'seed 7, rerun with --seed 7\n',
    );
  });
});
