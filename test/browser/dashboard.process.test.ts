// The dashboard page in a real browser (Debian's Chromium through playwright-core), on the
// constructed recommendations example (fixtures/recommendations): the figures a reader sees are
// those `report`, `trend`, `actions` and `referrals` give as JSON on the same files; the page asks
// for nothing but itself, holds no script and no event handler, and prints to 5 A4 pages, each but
// the last over half full. On the dashboard's own example (fixtures/dashboard) the page shows the
// gap with its interval and the auditor to review, as `compare` gives them, and is the docs'
// screenshot. Without Chromium (or poppler's pdftotext) these tests are skipped, saying why; under
// CI they fail instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchChromium } from '../helpers/browser.js';
import { fixture, ROOT, runCli } from '../helpers/cli.js';
import { fills, noPdfText } from '../helpers/page-fill.js';
import { tempDir } from '../helpers/tmp.js';

const missing = chromiumMissing();
if (missing && process.env.CI) throw new Error(`the browser tests must run in CI, but ${missing}`);
const skip = missing ?? noPdfText;
if (skip) console.warn(`Skipping the dashboard browser tests: ${skip}.`);

const RECS = fixture('recommendations/recommendations.yaml');
const LOG = fixture('recommendations/referrals-2025.csv');
const ROUNDS = ['2023', '2024', '2025'].map((r) => fixture(`recommendations/${r}.csv`));
const AS_OF = ['--as-of', '2025-06-30'];

async function json<T>(args: string[], code = 0): Promise<T> {
  const r = await runCli([...args, '-f', 'json']);
  expect(r.code, r.stderr).toBe(code);
  return JSON.parse(r.stdout) as T;
}

/** Each table by its caption, its rows as the reader sees them. */
async function tables(page: Page): Promise<Map<string, string[][]>> {
  const found = await page.$$eval('table', (ts) =>
    ts.map((t) => ({
      caption: t.caption?.innerText ?? '',
      rows: [...t.rows].map((r) => [...r.cells].map((c) => (c as unknown as { innerText: string }).innerText.trim())),
    })),
  );
  return new Map(found.map((t) => [t.caption, t.rows]));
}

describe.skipIf(skip !== null)(`the dashboard in Chromium${skip === null ? '' : ` (skipped: ${skip})`}`, () => {
  const dir = tempDir('case-audit-dashboard-browser-');
  let context: BrowserContext;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ context, close } = await launchChromium());
  }, 60_000);
  afterAll(async () => close?.());

  it('the figures of report, trend, actions and referrals; no request, no script; 5 A4 pages, each but the last over half full', async () => {
    const file = join(dir, 'board.html');
    const made = await runCli(['dashboard', '--recommendations', RECS, '--log', LOG, ...AS_OF, ...ROUNDS, '-o', file]);
    expect(made.code, made.stderr).toBe(0);
    const report = await json<{ independentOnly: Record<string, number>; summary: string[] }>(['report', ROUNDS[2]!]);
    const trend = await json<{ rounds: Array<{ round: string; n: number }> }>(['trend', ...ROUNDS]);
    const actions = await json<{
      headline: string;
      recommendations: Array<{ id: string; verdict: string; mismatch: string | null; owner: string }>;
    }>(['actions', ...AS_OF, RECS, ...ROUNDS]);
    const referrals = await json<{ unaccounted: Array<{ caseId: string }>; overdue: Array<{ caseId: string; days: number }> }>(
      ['referrals', '--log', LOG, ...AS_OF, ...ROUNDS],
      1,
    );

    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    const found = await tables(page);
    // Table 2 of the latest round, as report gives it for 2025.csv.
    const only = report.independentOnly;
    expect(found.get('Table 2: Additional cases assessed only by HMIC')!.slice(1)).toEqual([
      ['HMIC assessment', String(only.good), String(only.requires_improvement), String(only.inadequate)],
    ]);
    // The rounds as trend gives them.
    const rounds = found.get('Grades given by HMIC, round by round (95% intervals)')!.slice(1);
    expect(rounds.map((r) => [r[0], Number(r[1])])).toEqual(trend.rounds.map((r) => [r.round, r.n]));
    // Each recommendation's verdict, and its owner, as actions gives them.
    const shown = found.get('Each recommendation: recorded status and what the audits show')!.slice(1);
    expect(shown.map((r) => [r[0], r.at(-1)])).toEqual(
      actions.recommendations.map((r) => [r.id, r.mismatch ? `${r.verdict}; ${r.mismatch}` : r.verdict]),
    );
    const owned = found.get('Each recommendation: its owner and the criteria it is measured by')!.slice(1);
    expect(owned.map((r) => [r[0], r[1]])).toEqual(actions.recommendations.map((r) => [r.id, r.owner]));
    // The safety net's unaccounted and overdue cases, as referrals lists them.
    const unaccounted = found.get('Unaccounted: suggested or referred back, and not in the log')!.slice(1);
    expect(unaccounted.map((r) => r[0])).toEqual(referrals.unaccounted.map((u) => u.caseId));
    const overdue = found.get('Overdue: referred, no response after 28 days')!.slice(1);
    expect(overdue.map((r) => [r[0], Number(r[3])])).toEqual(referrals.overdue.map((o) => [o.caseId, o.days]));
    // Seen, not only present.
    await expect(page.getByText(actions.headline).isVisible()).resolves.toBe(true);
    await expect(page.getByText(report.summary[0]!, { exact: false }).first().isVisible()).resolves.toBe(true);

    // Nothing asked for but the page; no script, no handler, no embedded content.
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    expect(
      await page.evaluate(
        "[document.scripts.length, document.querySelectorAll('img, iframe, object, embed, link').length, [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length]",
      ),
    ).toEqual([0, 0, 0]);

    const pdf = join(dir, 'board.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const bytes = readFileSync(pdf).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(bytes)!;
    expect([Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
    // The latest round, the rounds, the gap and the recommendations, then the referrals' long list.
    const filled = fills(pdf);
    expect(filled).toHaveLength(5);
    for (const f of filled.slice(0, -1)) expect(f).toBeGreaterThan(0.5);
    await page.close();
  }, 90_000);

  it("the dashboard's example (fixtures/dashboard): the gap with its interval and the auditor to review, as compare gives them; the docs' screenshot", async () => {
    const example = ['2023', '2024', '2025'].map((r) => fixture(`dashboard/${r}.csv`));
    const file = join(dir, 'example.html');
    const args = ['--recommendations', fixture('dashboard/recommendations.yaml'), '--log', fixture('dashboard/referrals-2025.csv')];
    const made = await runCli(['dashboard', ...args, ...AS_OF, ...example, '-o', file]);
    expect(made.code, made.stderr).toBe(0);
    const compare = await json<{ higher: number; lower: number; n: number; auditorsToReview: Array<{ auditor: string; reason: string }> }>([
      'compare',
      '--by',
      'auditor',
      example[2]!,
    ]);
    expect(compare.auditorsToReview.map((a) => a.auditor)).toEqual(['A4']);

    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const gap = page.getByText(`The force graded ${compare.higher} of the ${compare.n} cases higher than HMIC and ${compare.lower} lower`);
    await expect(gap.isVisible()).resolves.toBe(true);
    await expect(gap.innerText()).resolves.toMatch(/95% interval \+\d+ to \+\d+\)/);
    await expect(page.getByText(`A4: ${compare.auditorsToReview[0]!.reason}`).isVisible()).resolves.toBe(true);
    const byAuditor = (await tables(page)).get('Agreement by auditor: the force against HMIC')!.slice(1);
    expect(byAuditor.map((r) => r[0])).toEqual(['A4', 'A1', 'A2', 'A3']);

    // docs/dashboard.png is this page from its top to the end of the self-assessment section (the
    // latest round, the rounds, the gap and the auditor to review): refresh it with UPDATE_DOCS_SCREENSHOT=1.
    const recommendations = await page.getByRole('heading', { name: /^Recommendations/ }).boundingBox();
    expect(recommendations).not.toBeNull();
    if (process.env.UPDATE_DOCS_SCREENSHOT) {
      const width = page.viewportSize()!.width;
      await page.screenshot({
        path: join(ROOT, 'docs/dashboard.png'),
        fullPage: true,
        clip: { x: 0, y: 0, width, height: recommendations!.y },
      });
    }
    await page.close();
  }, 90_000);
});
