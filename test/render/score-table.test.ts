// `score --format table` streams (issue 15 items 1, 2; issue 16 item 10): bounded look-ahead,
// fitted to a terminal with "+N more", full width when piped, display width for wide characters.
import { SCALE_2017 } from '../helpers/criteria.js';
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import type { CaseRow } from '../../src/summarise/score/score-listing.js';
import { paint } from '../../src/render/terminal/paint.js';
import { ScoreTableWriter, shortList } from '../../src/render/score/score-table.js';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempDir } from '../helpers/tmp.js';

const plain = paint(false);
const scored = (caseId: string, unmet: string[] = []): CaseRow => ({
  caseId,
  caseType: 'domestic-abuse',
  selfGrade: null,
  grade: unmet.length ? 'requires_improvement' : 'good',
  derivedGrade: unmet.length ? 'requires_improvement' : 'good',
  gradeSource: 'derived',
  override: false,
  unmet,
  missing: [],
  referredBack: false,
  referralSuggested: false,
});
const accounting = (n: number) => ({ read: n, graded: n, ungraded: 0, rejected: 0 });
const tableLines = (text: string) => text.split('\n').filter((l) => /^[┌├│└]/.test(l));

describe('streaming', () => {
  it('prints nothing until the look-ahead is full, then each row as it comes', () => {
    const w = new ScoreTableWriter({ paint: plain, scale: SCALE_2017, types: ['domestic-abuse'], lookAhead: 3 });
    expect(w.row(scored('A-1'))).toBe('');
    expect(w.row(scored('A-2'))).toBe('');
    const first = w.row(scored('A-3'));
    expect(first.split('\n')[1]).toMatch(/^│ Case +│ Type/);
    expect(first).toContain('A-1');
    expect(first).toContain('A-3');
    const later = w.row(scored('A-4-a-much-longer-case-id-than-the-look-ahead-saw'));
    expect(later.startsWith('├')).toBe(true);
    // Sized from the look-ahead: the longer id wraps inside the column, the borders stay in line.
    const widths = new Set(tableLines(first + later + w.end(accounting(4))).map((l) => stringWidth(l)));
    expect(widths.size).toBe(1);
  });
});

describe('fitting the terminal', () => {
  it('shortList keeps whole ids and counts the rest', () => {
    expect(shortList('DA1 DA2 DA3 DA4 DA5', 19)).toBe('DA1 DA2 DA3 DA4 DA5');
    expect(shortList('DA1 DA2 DA3 DA4 DA5', 18)).toBe('DA1 DA2 +3 more');
    expect(shortList('DA1 DA2 DA3 DA4 DA5', 12)).toBe('DA1 +4 more');
    expect(shortList('DA1 DA2 DA3 DA4 DA5', 5)).toBe('+5 more');
  });

  const tmp = tempDir();
  const file = join(tmp, 'cases.csv');
  writeFileSync(file, `${DA_HEADER}\n${daRow('W-1', '', 'n,n,y,n,n,y,n,n')}\n${daRow('事件-2')}\n`);

  it('on a 72-column terminal every line fits and the unmet list says "+N more"', async () => {
    const r = await runCli(['score', file], { tty: { columns: 72 } });
    expect(r.code).toBe(0);
    const lines = tableLines(r.stdout);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(72);
    expect(r.stdout).toMatch(/DA1 .*\+\d more/);
  });

  it('piped, the table is full width: every unmet id printed', async () => {
    const r = await runCli(['score', file]);
    expect(r.stdout).toContain('DA1 DA2 DA4 DA5 DA7 DA8');
    expect(r.stdout).not.toContain('more');
  });

  it('wide characters are measured by display width: every line of the table is as wide', async () => {
    const r = await runCli(['score', file]);
    const widths = new Set(tableLines(r.stdout).map((l) => stringWidth(l)));
    expect(widths.size).toBe(1);
  });

  it('--columns shows carried columns in the table; without it they stay out', async () => {
    const carried = join(tmp, 'carried.csv');
    writeFileSync(carried, `${DA_HEADER},team\n${daRow('T-1')},Blue team\n`);
    const r = await runCli(['score', '--columns', 'team', carried]);
    expect(tableLines(r.stdout)[1]).toMatch(/^│ Case +│ Type +│ team +│ Self/);
    expect(r.stdout).toContain('│ Blue team │');
    expect((await runCli(['score', carried])).stdout).not.toContain('Blue team');
  });

  it('--columns shows carried columns on long-form rows too, on every assessment of the case', async () => {
    const long = join(tmp, 'long.csv');
    const header = 'case_id,case_type,assessor,auditor,grade,team,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
    writeFileSync(
      long,
      `${header}
L-1,domestic-abuse,self,A1,good,Blue team,,,,,,,,
L-1,domestic-abuse,independent,I1,,Blue team,y,y,y,y,y,y,y,y
`,
    );
    const r = await runCli(['score', '--columns', 'team', long]);
    expect(tableLines(r.stdout)[1]).toMatch(/^│ Case +│ Type +│ team +│ Assessor/);
    expect(r.stdout.match(/│ Blue team │/g)).toHaveLength(2);
    expect((await runCli(['score', long])).stdout).not.toContain('Blue team');
  });
});

describe('fitting a terminal', () => {
  it('grades wrap before the unmet list is shortened, and ids and types give way last', () => {
    const w = new ScoreTableWriter({
      paint: plain,
      scale: SCALE_2017,
      types: ['domestic-abuse', 'child-in-custody'],
      width: 80,
      lookAhead: 1,
    });
    const text = w.row({ ...scored('A-1', ['DA1', 'DA2', 'DA3']), selfGrade: 'requires_improvement' }) + w.end(accounting(1));
    const lines = tableLines(text);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    // The type keeps its whole id, the unmet list all three ids; the grade wraps at its space.
    expect(text).toContain('│ domestic-abuse ');
    expect(text).toContain('DA1 DA2 DA3');
    expect(lines.some((l) => /│ Requiring +│/.test(l)) && lines.some((l) => /│ improvement +│/.test(l))).toBe(true);
  });
});

describe('wrapCell', () => {
  it('breaks a word wider than the line after a hyphen, and by characters only where it has none', async () => {
    const { wrapCell } = await import('../../src/text/width.js');
    expect(wrapCell('child-in-custody', 10)).toEqual(['child-in-', 'custody']);
    expect(wrapCell('sex-offender-management', 12)).toEqual(['sex-', 'offender-', 'management']);
    expect(wrapCell('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapCell('a child-in-custody', 10)).toEqual(['a', 'child-in-', 'custody']);
  });
});
