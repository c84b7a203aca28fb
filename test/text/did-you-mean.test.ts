// "Did you mean": the one rule everywhere: the nearest candidate within a third of the word (at least
// one edit, none under three characters), the first of equals, never a name already used or one
// whose numbers differ; distances worked by hand in each row.
import { describe, expect, it } from 'vitest';
import { didYouMean, nearest } from '../../src/text/did-you-mean.js';

describe('nearest', () => {
  it.each([
    // A third of the length: 6 letters allow two edits, not three.
    ['abcdef', ['abcdxx'], 'abcdxx'],
    ['abcdef', ['abcxxx'], undefined],
    ['abcdef', ['zzzzzz'], undefined],
    // "abcdefgh" (8 letters): floor(8/3) = 2; 3 edits is too many.
    ['abcdefgh', ['abcdexyz'], undefined],
    // "case_tpye" (9 letters): limit 3; the swap is 2 substitutions.
    ['case_tpye', ['case_type'], 'case_type'],
    // "cse" (3 letters): limit 1; "case" is one insertion away.
    ['cse', ['case'], 'case'],
    // The nearest wins wherever it is; of equals, the first.
    ['abcdef', ['abcdxx', 'abcdex'], 'abcdex'],
    ['abcdef', ['abcdef', 'abcdex'], 'abcdef'],
    ['abcdef', ['abcdex', 'abcdxf'], 'abcdex'],
    ['abcdefghi', ['abcdefxyz', 'abcdefghz'], 'abcdefghz'],
    // Under three characters only an exact match counts; from three, one edit.
    ['ab', ['ax'], undefined],
    ['abc', ['abd'], 'abd'],
    // Without case by default; the candidate comes back as written.
    ['AB', ['ab'], 'ab'],
    ['DA1X', ['da1'], 'da1'],
    // Different numbers are different names.
    ['DA9', ['DA1'], undefined],
    ['DA9', ['DA8', 'DA7'], undefined],
    ['DA03', ['DA3'], 'DA3'],
    // One edit apart, but 1 and 2 are not 12.
    ['DA1-2', ['DA12'], undefined],
    ['anything', [], undefined],
  ])('%j among %j is %j', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected);
  });

  it('compares after the given normalising, and skips candidates already used', () => {
    const loose = (s: string) => s.toLowerCase().replace(/[\s._-]+/g, '');
    expect(nearest('R.I.', ['ri', 'good'], { normalise: loose })).toBe('ri');
    expect(nearest('abcdef', ['abcdex', 'abcdxx'], { used: new Set(['abcdex']) })).toBe('abcdxx');
    expect(nearest('abcdef', ['ABCDEX'], { used: new Set(['abcdex']) })).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('words the hint one way, or gives nothing', () => {
    expect(didYouMean('cse', ['case'])).toBe(' (did you mean "case"?)');
    expect(didYouMean('zzzzzz', ['case'])).toBe('');
  });
});
