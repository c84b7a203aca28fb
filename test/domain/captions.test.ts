// Captions and row labels as criteria files write them: {force_short} is the word that names the force's kind.
import { describe, expect, it } from 'vitest';
import { fillCaption } from '../../src/domain/criteria-set.js';

describe('fillCaption', () => {
  it.each([
    ['Gloucestershire Constabulary', 'Constabulary assessment'],
    ['Police Scotland', 'Police assessment'],
    ['Kent', 'Force assessment'],
  ])('{force_short} of %j', (force, expected) => {
    expect(fillCaption('{force_short} assessment', force, 'HMIC')).toBe(expected);
  });
});
