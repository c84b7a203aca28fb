// The README's moderation walk-through with the bundled criteria, no copied folder: the bundled
// programme declares the moderator role, so a moderation sample is drawn, filled and compared.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

const file = tempFiles('case-audit-bundled-moderator-');
const FIRST = fixture('gloucestershire-2017.csv');
type Row = Record<string, string>;

describe('the bundled programme declares the moderator role', () => {
  it('sample --second-marker moderator, then compare --between moderator,self, without --criteria', async () => {
    const drawn = await runCli(['sample', FIRST, '--second-marker', 'moderator', '--rate', '10%', '--seed', '7']);
    expect(drawn.code).toBe(0);
    // 33 cases of the 2017 file carry a self_grade: 10% of 33 rounded up is 4.
    expect(drawn.stderr).toContain('moderation sample of 4 from 33 cases graded by the force, for Moderator to mark blind');
    const form = parse(drawn.stdout, { columns: true, bom: true }) as Row[];
    expect(form.map((r) => r.assessor)).toEqual(['moderator', 'moderator', 'moderator', 'moderator']);

    // The moderator grades every case inadequate: the matrix's inadequate row is the self grades of
    // the drawn cases, counted here from the 2017 file's cells.
    for (const r of form) r.grade = 'inadequate';
    const header = Object.keys(form[0]!);
    const filled = file('moderation.csv', [header.join(','), ...form.map((r) => header.map((h) => r[h]).join(','))].join('\n'));
    const selfGrade = new Map((parse(readFileSync(FIRST), { columns: true }) as Row[]).map((r) => [r.case_id!, r.self_grade!]));
    const expected: Record<string, number> = { good: 0, requires_improvement: 0, inadequate: 0 };
    for (const r of form) expected[selfGrade.get(r.case_id!)!]! += 1;

    const compared = await runCli(['compare', '--between', 'moderator,self', '--format', 'json', FIRST, filled]);
    expect(compared.code).toBe(0);
    const json = JSON.parse(compared.stdout) as { n: number; matrix: Record<string, Record<string, number>>; between: string[] };
    expect(json.between).toEqual(['moderator', 'self']);
    expect(json.n).toBe(4);
    expect(json.matrix.inadequate).toEqual(expected);
  });
});
