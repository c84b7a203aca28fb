// report and trend on the five-point scale in every format: a column, share and interval per grade in
// scale order, every grade present (0 where none). Figures counted by hand from the constructed
// cases; Wilson intervals from statsmodels' proportion_confint(method='wilson').
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIVE_POINT_FINDINGS, FIVE_POINT_PAIRS, fourPointCases, kPointProgramme, WIDE_HEADER } from '../helpers/k-point.js';
import { readBook, sheetValues } from '../helpers/xlsx.js';

const FIVE = ['outstanding', 'good', 'adequate', 'requires_improvement', 'inadequate'];
const LABELS = ['Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate'];

const five = kPointProgramme(5);
// Round 1: the eight cases (independent O 1, G 1, A 2, RI 1, I 3); round 2 the same with the two
// adequate cases' findings all met (O 3, G 1, A 0, RI 1, I 3).
const rounds = five.file(
  'rounds.csv',
  [
    `round,${WIDE_HEADER}`,
    ...FIVE_POINT_PAIRS.map(([self, b], i) => `r1,F${i + 1},visit,${self},,,no,,${FIVE_POINT_FINDINGS[b]}`),
    ...FIVE_POINT_PAIRS.map(([self, b], i) => `r2,F${i + 1},visit,${self},,,no,,${b === 'adequate' ? 'y,y,y' : FIVE_POINT_FINDINGS[b]}`),
  ].join('\n') + '\n',
);
const trend = (...args: string[]) => runCli(['trend', '--criteria', five.criteria, rounds, ...args]);

describe('trend on five grades', () => {
  it('gives counts, shares and Wilson intervals per grade in scale order, every grade present (JSON)', async () => {
    const json = JSON.parse((await trend('-f', 'json')).stdout);
    const [r1, r2] = json.rounds;
    expect(Object.keys(r1.counts)).toEqual(FIVE);
    expect(r1.counts).toEqual({ outstanding: 1, good: 1, adequate: 2, requires_improvement: 1, inadequate: 3 });
    expect(r2.counts).toEqual({ outstanding: 3, good: 1, adequate: 0, requires_improvement: 1, inadequate: 3 });
    expect(Object.keys(r2.share)).toEqual(FIVE);
    expect(r2.share.adequate).toBe(0);
    expect(r2.interval.adequate[0]).toBe(0);
    expect(r2.interval.adequate[1]).toBeCloseTo(0.32440756488388034, 12);
    expect(r1.interval.outstanding[0]).toBeCloseTo(0.022417491450056642, 12);
    expect(r1.interval.outstanding[1]).toBeCloseTo(0.47088818221285356, 12);
    expect(r2.interval.inadequate[1]).toBeCloseTo(0.6942576053973728, 12);
  });

  it('gives a change per grade between rounds in every format', async () => {
    const json = JSON.parse((await trend('-f', 'json')).stdout);
    const changes = JSON.stringify(json.changes ?? json);
    for (const g of FIVE) expect(changes).toContain(`"${g}"`);
    const table = (await trend()).stdout;
    for (const label of LABELS) expect(table.replace(/\s+/g, ' ')).toMatch(new RegExp(`${label.replace(' ', ' (│ )*')}`));
    const md = (await trend('-f', 'markdown')).stdout;
    expect(md).toContain('| Round | n | Outstanding | Good | Adequate | Requires improvement | Inadequate |');
    expect(md).toContain('| r2 | 8 | 3 of 8 (14%-69%) | 1 of 8 (2%-47%) | 0 of 8 (0%-32%) | 1 of 8 (2%-47%) | 3 of 8 (14%-69%) |');
    for (const label of LABELS) expect(md).toMatch(new RegExp(`\\| r1 \\| r2 \\| ${label} \\|`));
  });

  it('writes a CSV row per grade per round', async () => {
    const csv = (await trend('-f', 'csv')).stdout;
    for (const g of FIVE) expect(csv).toMatch(new RegExp(`^round,r2,,,,${g},count,`, 'm'));
    expect(csv).toContain('round,r2,,,,adequate,count,0\r\n');
  });

  it('draws every grade in the HTML legend and writes a column group per grade in the workbook', async () => {
    const page = (await trend('-f', 'html')).stdout;
    const legend = /<ul class="legend">(.*?)<\/ul>/s.exec(page)![1]!;
    expect([...legend.matchAll(/<\/svg>([^<]+)<\/li>/g)].map((m) => m[1])).toEqual(LABELS);
    const out = five.file('trend.xlsx', '');
    expect((await trend('-o', out)).code).toBe(0);
    const book = await readBook(out);
    const header = book.worksheets
      .map((ws) => sheetValues(ws)[0]!.map(String))
      .find((h) => h.includes('Outstanding') || h.some((c) => c.startsWith('Outstanding')));
    expect(header).toBeDefined();
    for (const label of LABELS) expect(header!.some((c) => c.startsWith(label))).toBe(true);
  });
});

describe('report on four grades', () => {
  const four = kPointProgramme(4);
  const cases = four.file('cases.csv', fourPointCases());

  it('words the summary for four grades as naturally as for three', async () => {
    const json = JSON.parse((await runCli(['report', '--criteria', four.criteria, cases, '-f', 'json'])).stdout);
    expect(json.summary).toEqual([
      'QA team asked the force to self-assess the effectiveness of its practice in 10 child protection cases.',
      "The force's assessors graded practice in 3 of the cases as outstanding, as good in 2, as requires improvement in 3 and as inadequate in 2.",
      "QA team also assessed these cases; grading the force's practice in 1 as outstanding, as good in 4, as requires improvement in 2 and as inadequate in 3.",
      'QA team examined no further cases.',
    ]);
    expect(Object.keys(json.bothAssessed.self)).toEqual(['outstanding', 'good', 'requires_improvement', 'inadequate']);
    expect(json.independentOnly).toEqual({ outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 });
  });
});

describe('sample --focus on the four-point scale', () => {
  const four = kPointProgramme(4);
  // Twelve cases graded by the QA team: every third requires improvement (V2 not met), the rest good (V2 partly met).
  const marked = four.file(
    'marked.csv',
    [
      'case_id,case_type,assessor,auditor,grade,override_reason,referred_back,notes,V1,V2,V3',
      ...Array.from({ length: 12 }, (_, i) => `M${i + 1},visit,independent,A${(i + 1) % 2},,,,,y,${(i + 1) % 3 === 0 ? 'n' : 'p'},y`),
    ].join('\n') + '\n',
  );
  const sample = (focus: string) =>
    runCli([
      'sample',
      '--criteria',
      four.criteria,
      marked,
      '--second-marker',
      'self',
      '--first-marker',
      'independent',
      '--rate',
      '50%',
      '--seed',
      '1',
      '--focus',
      focus,
    ]);

  it("draws at least half of each auditor's share from a four-point grade, by id or label", async () => {
    for (const focus of ['requires_improvement', 'Requires improvement', 'ri']) {
      const r = await sample(focus);
      expect(r.code).toBe(0);
      // Two auditors of six cases each, two of them requiring improvement: a share of three, two of them focused.
      expect(r.stderr).toMatch(/A0 +6 +2 of 2 +3/);
      expect(r.stderr).toMatch(/A1 +6 +2 of 2 +3/);
      const ids = r.stdout
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]);
      expect(ids.filter((id) => ['M3', 'M6', 'M9', 'M12'].includes(id!))).toHaveLength(4);
    }
  });

  it("rejects a grade outside the programme with the programme's list", async () => {
    const r = await sample('adequate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--focus takes a grade; expected one of outstanding, o, good, requires improvement, requires_improvement, ri, inadequate, got "adequate"',
    );
  });
});
