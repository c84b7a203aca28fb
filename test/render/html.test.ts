// The HTML renderers on the inline models of ./models.ts: tables with captions and scoped headers,
// charts whose bars are laid out from the counts (positions worked by hand below), a policy that
// forbids scripts, nothing fetched, and every value from the input escaped.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compareHtml } from '../../src/render/compare/compare-html.js';
import { scaleColour } from '../../src/render/html/palette.js';
import { reportHtml } from '../../src/render/report/report-html.js';
import { charts, tables } from '../helpers/html.js';
import { COMPARE, REPORT } from './models.js';

const GREEN = '#1a7a36';
const AMBER = '#a35c00';
const RED = '#b22222';

describe('grade colours', () => {
  it('come from the position on the scale: green, amber, red for three grades, blended for more', () => {
    expect([0, 1, 2].map((i) => scaleColour(i, 3))).toEqual([GREEN, AMBER, RED]);
    // Halfway between green (26,122,54) and amber (163,92,0): (94.5, 107, 27), rounded.
    expect(scaleColour(1, 5)).toBe('#5f6b1b');
    expect(scaleColour(4, 5)).toBe(RED);
  });
});

describe('report --format html', () => {
  const page = reportHtml(REPORT);

  it('every table of the table format, captioned, with the figures in scoped cells', () => {
    const found = tables(page);
    expect(found.map((t) => t.caption)).toEqual([
      'Table 1: Cases assessed by both Testshire Police and HMIC',
      'Table 2: Additional cases assessed only by HMIC',
      'Table 3: Cases assessed involving alpha',
      'Annex A: breakdown of the type of self-assessed cases examined in Testshire Police',
      'Overrides: the recorded independent grade differs from the criteria&#39;s (1)',
    ]);
    expect(found[0]!.rows).toEqual([
      ['', 'Good', 'Requiring improvement', 'Inadequate'],
      ['Force assessment', '2', '0', '0'],
      ['HMIC assessment', '1', '0', '1'],
    ]);
    expect(found[2]!.rows[1]).toEqual(['Alpha and beta cases', '1', '3', '1']);
    expect(found[4]!.rows[1]).toEqual(['b2', 'Good', 'Requiring improvement']);
    // A table with no graded case is one line, as in the table format: no empty grid, no chart.
    expect(page).toContain('<div class="block"><p class="title">Table 4: Cases assessed involving gamma</p><p>No graded cases.</p></div>');
    // Words are left-aligned, figures right.
    expect(page).toContain('<tr><th scope="row">b2</th><td>Good</td><td>Requiring improvement</td></tr>');
    expect(page).toContain('<tr><td></td><th scope="col" class="num">Good</th>');
    expect(page).toContain('<tr><th scope="row">Force assessment</th><td class="num">2</td>');
    expect(page).not.toMatch(/<th>/);
  });

  it('the summary sentences, the referral lists, the themes, the accounting', () => {
    expect(page).toContain('<p>Summary one. Summary two.</p>');
    expect(page).toContain('<p>HMIC referred 1 case back to Testshire Police.</p>');
    expect(page).toContain('<p>Referred back (1): a1</p>');
    expect(page).toContain('<li>A2 The plan was recorded: unmet in 3 of the 4 cases it applied to (75%)</li>');
    expect(page).toContain('<li>g1: missing G1, G2</li>');
    expect(page).toContain('<p>7 read = 5 graded + 1 ungraded + 1 rejected</p>');
  });

  it('Table 1 as paired stacked bars: zero segments left out, widths in proportion to the counts', () => {
    const table1 = charts(page)[0]!;
    expect(table1).toContain('viewBox="0 0 640 112"');
    expect(table1).toContain('<title id="chart-table-1-title">Chart of table 1: Cases assessed by both Testshire Police and HMIC</title>');
    expect(table1).toContain(
      '<desc id="chart-table-1-desc">Force assessment: Good 2, Requiring improvement 0, Inadequate 0. HMIC assessment: Good 1, Requiring improvement 0, Inadequate 1.</desc>',
    );
    // 560 units for the longest bar (2 cases): the force's 2 good fill it; HMIC's 1 + 1 halve it.
    expect(table1).toContain(`<rect x="0" y="20" width="560" height="30" fill="${GREEN}"/><text x="280" y="35" class="in">2</text>`);
    expect(table1).toContain(`<rect x="0" y="82" width="280" height="30" fill="${GREEN}"/>`);
    expect(table1).toContain(`<rect x="280" y="82" width="280" height="30" fill="${RED}"/><text x="420" y="97" class="in">1</text>`);
    expect(table1).not.toContain(AMBER);
  });

  it('the case-type charts share one scale, so bar lengths compare across tables', () => {
    const gamma = { ...REPORT.byTable[1]!, counts: { good: 0, requires_improvement: 1, inadequate: 0 }, graded: 1 };
    const [, , table3, table4] = charts(reportHtml({ ...REPORT, byTable: [REPORT.byTable[0]!, gamma] }));
    // Table 3 has the most cases (5): 112 units a case.
    expect(table3).toContain(`<rect x="112" y="0" width="336" height="30" fill="${AMBER}"/>`);
    expect(table3).toContain('<text x="566" y="15" class="note">5 cases</text>');
    expect(table4).toContain(`<rect x="0" y="0" width="112" height="30" fill="${AMBER}"/>`);
    expect(table4).toContain('<text x="118" y="15" class="note">1 case</text>');
  });

  it('one document that fetches nothing and runs nothing: the policy allows only its own stylesheet', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    const style = /<style>(.*?)<\/style>/s.exec(page)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!.replaceAll('&#39;', "'");
    expect(csp.split('; ')).toEqual(
      expect.arrayContaining(["default-src 'none'", "script-src 'none'", `style-src 'sha256-${hash}'`, "base-uri 'none'"]),
    );
    expect(page).not.toMatch(/<script|\bsrc=|\bhref=|https?:|url\(|@import|\bstyle="/i);
    expect(page).toContain('@page { size: A4;');
  });

  it('ids, names, captions and criterion texts from the input are text, never markup', () => {
    const evil = '<script>alert(1)</script>';
    const hostile = {
      ...REPORT,
      force: `"><img src=x onerror=alert(1)>`,
      table1Caption: evil,
      referredBack: [evil],
      overrides: [{ caseId: evil, derived: 'good' as const, recorded: 'inadequate' as const }],
      byTable: [{ ...REPORT.byTable[0]!, label: evil, themes: [{ criterion: 'A1', text: evil, unmet: 1, applied: 1, share: 1 }] }],
      sentences: { summary: [evil], referredBack: evil },
    };
    const out = reportHtml(hostile);
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain('<caption>Table 1: &lt;script&gt;alert(1)&lt;/script&gt;</caption>');
    expect(out).toContain('<p>Referred back (1): &lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(out).toContain('<title id="chart-table-1-title">Chart of table 1: &lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });
});

describe('compare --format html', () => {
  const page = compareHtml(COMPARE);

  it('the matrix, the statistics and the per-type table, captioned', () => {
    const found = tables(page);
    expect(found.map((t) => t.caption)).toEqual([
      'Grades given by Testshire Police (rows) and by HMIC (columns)',
      'Agreement',
      'Agreement by case type',
    ]);
    expect(found[0]!.rows).toEqual([
      ['Force \\ HMIC', 'Good', 'Requiring improvement', 'Inadequate', 'Total'],
      ['Good', '1', '2', '1', '4'],
      ['Requiring improvement', '0', '0', '0', '0'],
      ['Inadequate', '0', '0', '0', '0'],
      ['Total', '1', '2', '1', '4'],
    ]);
    expect(found[1]!.rows[1]).toEqual(['Exact agreement', '1 of 4 (25.0%)']);
    expect(found[2]!.rows.slice(1)).toEqual([
      ['alpha', '4', '1 of 4 (25%)', '3', '0', '1'],
      ['gamma', '0', 'n/a', '0', '0', '0'],
    ]);
  });

  it("the two sides' grades as paired bars, and agreement by type as stacked bars", () => {
    const [grades, byType] = charts(page);
    expect(grades).toContain(
      '<desc id="chart-grades-desc">Testshire Police: Good 4, Requiring improvement 0, Inadequate 0. HMIC: Good 1, Requiring improvement 2, Inadequate 1.</desc>',
    );
    expect(byType).toContain('<desc id="chart-by-type-desc">alpha: Same grade 1, Force graded higher 3, Force graded lower 0.</desc>');
    // gamma has no cases: a row of zeros in the table, no "0 cases" bar in the chart.
    expect(byType).not.toContain('gamma');
    expect(byType).not.toContain('0 cases');
    // 4 cases fill 560 units: 1 agreed (140), 3 graded higher (420).
    expect(byType).toContain('<rect x="140" y="20" width="420" height="30" fill="#b22222"/>');
    expect(page).not.toMatch(/<script|\bsrc=|\bhref=|https?:/i);
  });

  it('a hostile case type or force name is text', () => {
    const out = compareHtml({ ...COMPARE, force: '<script>x</script>', byType: [{ ...COMPARE.byType[0]!, type: '<img src=x>' }] });
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain('&lt;img src=x&gt;: Same grade 1');
  });
});

describe('report --format html on long-form input', () => {
  it('says, as the table format does, how many cases carry other roles and where to compare them', () => {
    const page = reportHtml({ ...REPORT, otherRoles: { cases: 2, roles: [{ role: 'moderator', label: 'Moderator', cases: 2 }] } });
    expect(page).toContain(
      '<p>2 cases also carry assessments by other roles (Moderator: 2), not counted in Tables 1 and 2; compare them with case-audit compare --between moderator,independent (or moderator,self).</p>',
    );
    expect(reportHtml(REPORT)).not.toContain('other roles');
  });
});
