// "Did you mean": the nearest candidate close enough to be a slip, the first of equals, never a
// name already used or one whose numbers differ.
import { describe, expect, it } from 'vitest';
import { nearestName } from '../../src/domain/suggest.js';

const lower = { normalise: (s: string) => s.toLowerCase() };

describe('nearestName', () => {
  it.each([
    // A third of the length: 6 letters allow two edits, not three.
    ['abcdef', ['abcdxx'], 'abcdxx'],
    ['abcdef', ['abcxxx'], undefined],
    ['abcdef', ['zzzzzz'], undefined],
    // The nearest wins wherever it is; of equals, the first.
    ['abcdef', ['abcdxx', 'abcdex'], 'abcdex'],
    ['abcdef', ['abcdef', 'abcdex'], 'abcdef'],
    ['abcdef', ['abcdex', 'abcdxf'], 'abcdex'],
    // Under three characters only an exact match counts; from three, one edit.
    ['ab', ['ax'], undefined],
    ['abc', ['abd'], 'abd'],
    ['AB', ['ab'], 'ab'],
    // Different numbers are different names.
    ['DA9', ['DA1'], undefined],
    ['DA03', ['DA3'], 'DA3'],
    // One edit apart, but 1 and 2 are not 12.
    ['DA1-2', ['DA12'], undefined],
  ])('%j among %j is %j', (word, candidates, expected) => {
    expect(nearestName(word, candidates, lower)).toBe(expected);
  });

  it('skips candidates already used, compared after normalising', () => {
    expect(nearestName('abcdef', ['abcdex', 'abcdxx'], { ...lower, used: new Set(['abcdex']) })).toBe('abcdxx');
    expect(nearestName('abcdef', ['ABCDEX'], { ...lower, used: new Set(['abcdex']) })).toBeUndefined();
  });
});
