// `trend --suppress 5` on its own, on the constructed programme with areas (test/helpers/areas.ts:
// responding N1, N3, E2; assessing N2, E1; partners E3), two rounds worked by hand. Every finding
// is met, so every graded case is good; a neglect case with N3 blank is ungraded.
//
//   round A: 20 neglect cases, 3 exploitation cases, 3 neglect cases ungraded
//   round B: 20 neglect cases, 20 exploitation cases, 10 neglect cases ungraded
//
// Criteria applied in round A: N1..N4 20 each, E1..E3 3 each (small). Areas in round A: assessing
// N2 + E1 = 20 + 3 = 23, responding N1 + N3 + E2 = 20 + 20 + 3 = 43, partners E3 = 3 (small).
// Ungraded: 3 (small) + 10 = 13, the read's. Before the trend tied these sums, it printed 23, 43,
// 20 (N1, N2, N3), 13 and 10: assessing less N2 gave E1's hidden 3 back, responding less N1 and N3
// E2's, the read's ungraded less round B's round A's.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { roundCsv, writeAreasCriteria } from '../helpers/areas.js';
import { recoverable } from '../helpers/recoverable.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('case-audit-trend-alone-');
const criteria = writeAreasCriteria(dir);
const AREAS = { responding: ['N1', 'N3', 'E2'], assessing: ['N2', 'E1'], partners: ['E3'] };

const rows = (tag: string, neglect: number, exploitation: number, ungraded: number) => [
  ...Array.from({ length: neglect }, (_, i) => `${tag}n${i},neglect,,,,no,,y,y,y,y,,,`),
  ...Array.from({ length: exploitation }, (_, i) => `${tag}x${i},exploitation,,,,no,,,,,,y,y,y`),
  ...Array.from({ length: ungraded }, (_, i) => `${tag}u${i},neglect,,,,no,,y,y,,y,,,`),
];
const files = [join(dir, 'a.csv'), join(dir, 'b.csv')];
writeFileSync(files[0]!, roundCsv(rows('a', 20, 3, 3), 'A'));
writeFileSync(files[1]!, roundCsv(rows('b', 20, 20, 10), 'B'));

describe('trend --suppress on its own: an area against its criteria, the rounds ungraded against the read', { timeout: 120_000 }, () => {
  it('nothing printed gives a hidden count back', async () => {
    const r = await runCli(['trend', '-c', criteria, '--suppress', '5', '-f', 'json', ...files]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(recoverable({ trend: j }, { areas: AREAS })).toEqual([]);
    // The figures as worked above, where printed.
    const area = (id: string) => j.rounds[0].areas.find((a: { area: string }) => a.area === id);
    const criterion = (id: string) => j.criteria.find((c: { criterion: string }) => c.criterion === id).rounds[0];
    expect(criterion('E1').n).toEqual({ suppressed: true });
    expect(criterion('E2').n).toEqual({ suppressed: true });
    expect(j.rounds[0].ungraded).toEqual({ suppressed: true });
    expect(j.totals).toMatchObject({ read: 76, ungraded: 13 });
    // Each sum has a second hidden count beside the small one (the greedy step picks which).
    const hidden = (x: unknown) => typeof x === 'object' && x !== null;
    expect([area('assessing').applied, criterion('N2').n].some(hidden)).toBe(true);
    expect([area('responding').applied, criterion('N1').n, criterion('N3').n].some(hidden)).toBe(true);
    expect([j.rounds[1].ungraded, j.totals.ungraded].some(hidden)).toBe(true);
  });
});
