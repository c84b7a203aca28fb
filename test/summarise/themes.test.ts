// Common themes rank by rate (unmet / applicable), counts beside (issue 16 item 4).
import { describe, expect, it } from 'vitest';
import { FINDING_CODE } from '../../src/domain/assessment.js';
import type { Finding } from '../../src/domain/findings.js';
import type { CaseType } from '../../src/domain/types.js';
import { ThemeCounter } from '../../src/summarise/report/themes.js';

const type: CaseType = {
  id: 't',
  title: 'T',
  aliases: [],
  report: { table: 3, label: 'T', caption: 'T' },
  criteria: ['C1', 'C2', 'C3'].map((id) => ({ id, text: `${id} text`, severity: 'expected' as const, refer: false })),
  widespread: 3,
  file: 't.yaml',
};
/** Three findings as an assessment's codes, in the type's criteria order. */
const findings = (c1: Finding, c2: Finding, c3: Finding) => Uint8Array.from([c1, c2, c3].map((f) => FINDING_CODE[f]));

describe('ThemeCounter.top', () => {
  it('reads findings given as codes: n/a is not applicable; equal rates, the larger count first whatever the order', () => {
    const counter = new ThemeCounter([type]);
    // C1 unmet 1 of 2 (n/a twice), C2 unmet 2 of 4: the same rate; C3 met throughout.
    for (const codes of [
      [2, 2, 1],
      [1, 2, 1],
      [3, 1, 1],
      [3, 1, 1],
    ])
      counter.add(type, Uint8Array.from(codes));
    expect(counter.top(3).map((t) => [t.criterion, t.unmet, t.applied])).toEqual([
      ['C2', 2, 4],
      ['C1', 1, 2],
    ]);
  });

  it('a criterion unmet in 2 of 2 ranks above one unmet in 3 of 10', () => {
    const counter = new ThemeCounter([type]);
    // C1 applies to all ten and is unmet in three; C2 applies to two (na elsewhere), unmet in both.
    for (let i = 0; i < 10; i++) counter.add(type, findings(i < 3 ? 'unmet' : 'met', i < 2 ? 'unmet' : 'na', 'met'));
    expect(counter.top(3).map((t) => [t.criterion, t.unmet, t.applied])).toEqual([
      ['C2', 2, 2],
      ['C1', 3, 10],
    ]);
  });

  it('equal rates: the larger count first, then criterion order', () => {
    const counter = new ThemeCounter([type]);
    for (let i = 0; i < 4; i++) counter.add(type, findings(i < 1 ? 'unmet' : 'met', i < 2 ? 'unmet' : 'met', i < 1 ? 'unmet' : 'met'));
    counter.add(type, findings('met', 'met', 'met'));
    counter.add(type, findings('met', 'met', 'met'));
    // C2: 2 of 6; C1 and C3: 1 of 6 each, C1 first by order.
    expect(counter.top(3).map((t) => t.criterion)).toEqual(['C2', 'C1', 'C3']);
  });
});
