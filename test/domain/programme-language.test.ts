// A programme's language as the core asks it: a four-point scale and a finding scheme with partly
// met, built from programme.yaml's data (load/criteria/programme-language.ts), every answer written
// out by hand from the file below.
import { describe, expect, it, vi } from 'vitest';
import { FindingScheme } from '../../src/domain/findings.js';
import { DEFAULT_GRADING } from '../../src/domain/grading.js';
import { findingsOf, scaleOf } from '../../src/domain/programme.js';
import { DEFAULT_GRADES, Scale } from '../../src/domain/scale.js';
import { programmeLanguage, type ProgrammeFile } from '../../src/load/criteria/programme-language.js';
import { PROGRAMME_2017 } from '../helpers/criteria.js';

const FILE: ProgrammeFile = {
  scale: [
    { id: 'outstanding', label: 'Outstanding', meaning: 'Exceptional' },
    { id: 'good', label: 'Good', accept: ['g'] },
    { id: 'requires_improvement', label: 'Requires improvement', table_label: 'Requiring improvement', accept: ['RI', 'Adequate'] },
    { id: 'inadequate', label: 'Inadequate' },
  ],
  findings: {
    met: { accept: ['y'] },
    partly: { accept: ['p', 'Partly  met'] },
    unmet: { label: 'Not achieved', accept: ['n'] },
  },
  grading: [
    { grade: 'inadequate', if: { serious_unmet: 1, unmet: 'widespread' } },
    { grade: 'requires_improvement', if: { partly: 2, serious_partly: 1, not_met: 3, met_share_below: 0.5 } },
    { grade: 'outstanding' },
  ],
  areas: [{ id: 'responding', title: 'Responding' }],
};

describe('programme.yaml to the programme', () => {
  it('the scale: table label defaults to the label, accept to none, meaning only where given', () => {
    expect(programmeLanguage(FILE).scale).toEqual([
      { id: 'outstanding', label: 'Outstanding', tableLabel: 'Outstanding', accept: [], meaning: 'Exceptional' },
      { id: 'good', label: 'Good', tableLabel: 'Good', accept: ['g'] },
      { id: 'requires_improvement', label: 'Requires improvement', tableLabel: 'Requiring improvement', accept: ['RI', 'Adequate'] },
      { id: 'inadequate', label: 'Inadequate', tableLabel: 'Inadequate', accept: [] },
    ]);
    expect(programmeLanguage(FILE).scale[1]).not.toHaveProperty('meaning');
  });

  it('the findings: in kind order, a kind left out keeps the 2017 spellings, a label left out the 2017 one or the kind’s own', () => {
    expect(programmeLanguage(FILE).findings).toEqual([
      { kind: 'met', label: 'Met', accept: ['y'] },
      { kind: 'partly', label: 'Partly met', accept: ['p', 'Partly  met'] },
      { kind: 'unmet', label: 'Not achieved', accept: ['n'] },
      { kind: 'na', label: 'n/a', accept: ['na', 'n/a'] },
    ]);
  });

  it('the grading rule: snake_case conditions to the model’s, a rule without if has none', () => {
    expect(programmeLanguage(FILE).grading).toEqual([
      { grade: 'inadequate', if: { seriousUnmet: 1, unmet: 'widespread' } },
      { grade: 'requires_improvement', if: { partly: 2, seriousPartly: 1, notMet: 3, metShareBelow: 0.5 } },
      { grade: 'outstanding' },
    ]);
    expect(programmeLanguage(FILE).grading[2]).not.toHaveProperty('if');
    // Only the conditions written: a condition not given is no key at all (criteria identity, rule words).
    expect(programmeLanguage(FILE).grading.map((r) => Object.keys(r.if ?? {}))).toEqual([
      ['unmet', 'seriousUnmet'],
      ['partly', 'seriousPartly', 'notMet', 'metShareBelow'],
      [],
    ]);
    expect(programmeLanguage(FILE).areas).toEqual([{ id: 'responding', title: 'Responding' }]);
  });

  it('an empty file is the 2017 language, and no areas', () => {
    const language = programmeLanguage({});
    expect(language.scale).toEqual(DEFAULT_GRADES);
    expect(language.grading).toEqual(DEFAULT_GRADING);
    expect(language.findings.map((f) => f.kind)).toEqual(['met', 'unmet', 'na']);
    expect(language.areas).toEqual([]);
  });
});

describe('a four-point scale', () => {
  const scale = () => new Scale(programmeLanguage(FILE).scale);

  it('ids best first, ranks (best highest), places and labels', () => {
    const s = scale();
    expect(s.ids).toEqual(['outstanding', 'good', 'requires_improvement', 'inadequate']);
    expect(s.size).toBe(4);
    expect(s.ids.map((g) => s.rank(g))).toEqual([3, 2, 1, 0]);
    expect(s.ids.map((g) => s.index(g))).toEqual([0, 1, 2, 3]);
    expect(s.label('requires_improvement')).toBe('Requires improvement');
    expect(s.tableLabel('requires_improvement')).toBe('Requiring improvement');
    expect(s.def('outstanding').meaning).toBe('Exceptional');
    expect([s.has('good'), s.has('Good'), s.has('excellent')]).toEqual([true, false, false]);
    expect(s.emptyCounts()).toEqual({ outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 });
    expect(Object.keys(s.emptyCounts())).toEqual(s.ids);
  });

  it('reads every spelling without case or runs of spaces; the recoding too', () => {
    const s = scale();
    expect(
      ['Outstanding', 'g', ' GOOD ', 'adequate', 'ri', 'Requiring   improvement', 'requires_improvement', 'INADEQUATE'].map((r) =>
        s.parse(r),
      ),
    ).toEqual([
      'outstanding',
      'good',
      'good',
      'requires_improvement',
      'requires_improvement',
      'requires_improvement',
      'requires_improvement',
      'inadequate',
    ]);
    expect(s.parse('excellent')).toBeUndefined();
    expect(s.spellings).toEqual([
      'outstanding',
      'good',
      'g',
      'requires improvement',
      'requiring improvement',
      'requires_improvement',
      'ri',
      'adequate',
      'inadequate',
    ]);
  });

  it('a spelling given twice names its first grade', () => {
    const s = new Scale([
      { id: 'a', label: 'A', tableLabel: 'A', accept: ['x'] },
      { id: 'b', label: 'B', tableLabel: 'B', accept: ['X'] },
    ]);
    expect(s.parse('x')).toBe('a');
    expect(s.spellings).toEqual(['a', 'x', 'b']);
  });
});

describe('findings with partly met', () => {
  const scheme = () => new FindingScheme(programmeLanguage(FILE).findings);

  it('reads each kind’s spellings and label, without case or runs of spaces; blank is no finding', () => {
    const f = scheme();
    expect(['y', 'Met', 'p', 'partly met', 'PARTLY   MET', 'n', 'not achieved', 'na', 'N/A', '', '  '].map((r) => f.parse(r))).toEqual([
      'met',
      'met',
      'partly',
      'partly',
      'partly',
      'unmet',
      'unmet',
      'na',
      'na',
      null,
      null,
    ]);
    expect(f.parse('no')).toBeUndefined();
    expect(f.spellings).toEqual(['y', 'met', 'p', 'partly met', 'n', 'not achieved', 'na', 'n/a']);
  });

  it('says partly is recorded, labels each kind, offers the labels in lower case', () => {
    const f = scheme();
    expect(f.partly).toBe(true);
    expect(f.kinds).toEqual(['met', 'partly', 'unmet', 'na']);
    expect(f.label('partly')).toBe('Partly met');
    expect(f.label('unmet')).toBe('Not achieved');
    expect(f.choices()).toEqual(['met', 'partly met', 'not achieved', 'n/a']);
  });

  it('the 2017 scheme records no partly met, and names the kind by itself', () => {
    const f = findingsOf(PROGRAMME_2017);
    expect(f.partly).toBe(false);
    expect(f.label('partly')).toBe('partly');
    expect(findingsOf(PROGRAMME_2017)).toBe(f);
    expect(scaleOf(PROGRAMME_2017)).toBe(scaleOf(PROGRAMME_2017));
    expect(scaleOf(PROGRAMME_2017).ids).toEqual(['good', 'requires_improvement', 'inadequate']);
  });
});

describe('the 2017 grades’ meanings, as forms and board papers give them', () => {
  it('each grade’s meaning in the 2017 report’s words', async () => {
    // Loaded afresh: the default table is built when the module loads (docs/mutation.md).
    vi.resetModules();
    const { DEFAULT_GRADES: grades } = await import('../../src/domain/scale.js');
    expect(grades.map((g) => g.meaning)).toEqual([
      'All the necessary steps were taken to protect the child and improve the outcomes in their case, and risks and wider threats were understood and acted on.',
      'Elements of good practice were missing, but there were no widespread or serious failures that left children harmed or at risk.',
      'There were widespread or serious failures that left children harmed or at risk.',
    ]);
  });
});
