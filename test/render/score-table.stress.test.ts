// The whole-output score table at scale (score-table.test.ts has its streaming and fitting).
import { describe, expect, it } from 'vitest';
import { scoreTable } from '../../src/render/score/score-formats.js';
import { paint } from '../../src/render/terminal/paint.js';
import { caseRow } from '../../src/summarise/score/score-listing.js';
import { assembled } from '../helpers/assembled.js';
import { smallCriteria } from '../helpers/criteria.js';

describe('the score table', () => {
  it('120,000 rows render (the old table overflowed the stack at ~100k), one line per row plus rules', async () => {
    const n = 120_000;
    const alpha = smallCriteria().typeByName.get('alpha')!;
    const cases = Array.from({ length: n }, (_, i) => caseRow(assembled(`C-${i}`, 'alpha', { independent: { grade: 'good' } }), alpha));
    const text = await scoreTable({ cases, accounting: { read: n, graded: n, ungraded: 0, rejected: 0 } }, { paint: paint(false) });
    expect(text.split('\n').filter((l) => l.startsWith('│ C-'))).toHaveLength(n);
    expect(text).toContain('120,000 read = 120,000 graded + 0 ungraded + 0 rejected');
  });
});
