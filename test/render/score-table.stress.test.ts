// The streamed score table at scale (score-table.test.ts has its streaming and fitting).
import { describe, expect, it } from 'vitest';
import { ScoreTableWriter } from '../../src/render/score/score-table.js';
import { paint } from '../../src/render/terminal/paint.js';
import { caseRow } from '../../src/summarise/score/score-listing.js';
import { assembled } from '../helpers/assembled.js';
import { SCALE_2017, smallCriteria } from '../helpers/criteria.js';

describe('the score table', () => {
  it('120,000 rows render (the old table overflowed the stack at ~100k), one line per row plus rules', () => {
    const n = 120_000;
    const alpha = smallCriteria().typeByName.get('alpha')!;
    const w = new ScoreTableWriter({ paint: paint(false), scale: SCALE_2017, types: ['alpha'] });
    let text = '';
    for (let i = 0; i < n; i++) text += w.row(caseRow(assembled(`C-${i}`, 'alpha', { independent: { grade: 'good' } }), alpha));
    text += w.end({ read: n, graded: n, ungraded: 0, rejected: 0 });
    expect(text.split('\n').filter((l) => l.startsWith('│ C-'))).toHaveLength(n);
    expect(text).toContain('120,000 read = 120,000 graded + 0 ungraded + 0 rejected');
  });
});
