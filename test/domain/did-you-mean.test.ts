// "Did you mean": the distance limit (a third of the word, at least one edit) and, among equally
// close candidates, the first; distances worked by hand in each row.
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/domain/did-you-mean.js';

describe('closest', () => {
  it.each([
    // "cse" (3 letters): limit 1; "case" is one insertion away
    { word: 'cse', candidates: ['case'], found: 'case' },
    // "ab" (2 letters): limit still 1, not 0; "ax" is one substitution away
    { word: 'ab', candidates: ['ax'], found: 'ax' },
    // "case_tpye" (9 letters): limit 3; the swap is 2 substitutions
    { word: 'case_tpye', candidates: ['case_type'], found: 'case_type' },
    // "abcdef" (6 letters): limit 2; "abcxyz" is 3 away, over the limit
    { word: 'abcdef', candidates: ['abcxyz'], found: undefined },
    // exactly at the limit: "abcdef" to "abcdxy" is 2
    { word: 'abcdef', candidates: ['abcdxy'], found: 'abcdxy' },
    // "abcdefgh" (8 letters): limit 2 (floor of 8/3); 3 edits is too many
    { word: 'abcdefgh', candidates: ['abcdexyz'], found: undefined },
    // case-insensitive; the candidate comes back as written
    { word: 'DA1X', candidates: ['da1'], found: 'da1' },
    // the closer candidate (1 edit) wins over an earlier one within the limit (3 edits)
    { word: 'abcdefghi', candidates: ['abcdefxyz', 'abcdefghz'], found: 'abcdefghz' },
    // two candidates equally close (1 edit each): the first is kept
    { word: 'DA9', candidates: ['DA8', 'DA7'], found: 'DA8' },
    { word: 'DA9', candidates: ['DA7', 'DA8'], found: 'DA7' },
    { word: 'anything', candidates: [], found: undefined },
  ])('$word in $candidates: $found', ({ word, candidates, found }) => {
    expect(closest(word, candidates)).toBe(found);
  });

  it('words the hint, or gives nothing', () => {
    expect(didYouMean('cse', ['case'])).toBe(' (did you mean "case"?)');
    expect(didYouMean('zzzzzz', ['case'])).toBe('');
  });
});
