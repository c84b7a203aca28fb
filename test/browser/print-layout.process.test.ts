// Printed board papers (issue 29 item 13), in Debian's Chromium through playwright-core: a long
// unbroken id or caption wraps inside its table instead of widening it past the page, and the trend
// paper has no near-empty page before its last (sections run on; a heading stays with its table).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchChromium } from '../helpers/browser.js';
import { fixture, runCli } from '../helpers/cli.js';
import { fills, noPdfText } from '../helpers/page-fill.js';
import { tempDir } from '../helpers/tmp.js';

const missing = chromiumMissing();
if (missing && process.env.CI) throw new Error(`the browser tests must run in CI, but ${missing}`);
const skip = missing ?? noPdfText;
if (skip) console.warn(`Skipping the print layout tests: ${skip}.`);

const dir = tempDir('case-audit-print-');

describe.skipIf(skip !== null)(`printed board papers${skip === null ? '' : ` (skipped: ${skip})`}`, () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ context, close } = await launchChromium());
  }, 60_000);
  afterAll(async () => close?.());

  async function open(html: string) {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return page;
  }

  // Issue 29 item 13 brought it from 4 pages (page 2 a third full) to 3; issue 26's first-against-last
  // and trend-test sections then added a page's worth: 4 pages, each but the last over half full.
  it('the trend paper: 4 pages, none but the last less than half full', async () => {
    const rounds = ['2025-q1', '2025-q2', '2025-q3'].map((r) => fixture(`rounds/${r}.yaml`));
    const r = await runCli(['trend', '--between', 'self,independent', '--format', 'html', ...rounds]);
    expect(r.code).toBe(0);
    const page = await open(r.stdout);
    const pdf = join(dir, 'trend.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const filled = fills(pdf);
    expect(filled).toHaveLength(4);
    for (const f of filled.slice(0, -1)) expect(f).toBeGreaterThan(0.5);
    // A heading is never the last thing on a page: "Between" starts the page its table is on.
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
    const withHeading = text.findIndex((t) => /^\s*Between\s*$/m.test(t));
    expect(text[withHeading]).toContain('Testshire Police against HMIC');
  }, 60_000);

  it('a 3,000-character round label wraps inside its tables: none wider than the page body, printed whole', async () => {
    const long = 'R'.repeat(3000);
    const header =
      'case_id,case_type,round,self_grade,independent_grade,override_reason,referred_back,notes,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
    const rows = [`D1,domestic-abuse,${long},,,,no,,y,y,y,y,y,y,y,y`, `D1,domestic-abuse,short,,,,no,,y,n,y,y,y,y,y,y`];
    const file = join(dir, 'long.csv');
    writeFileSync(file, `${header}\n${rows.join('\n')}\n`);
    const r = await runCli(['trend', '--format', 'html', file]);
    expect(r.code, r.stderr).toBe(0);
    const page = await open(r.stdout);
    const widths = await page.$$eval('table', (ts) => ts.map((t) => [t.scrollWidth, t.parentElement!.clientWidth]));
    expect(widths.length).toBeGreaterThan(0);
    for (const [table, body] of widths) expect(table).toBeLessThanOrEqual(body!);
    const pdf = join(dir, 'long.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    // Printed whole, not cut off at the page's edge: all 3,000 characters are in the PDF's text.
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    expect(text).toContain(long);
  }, 60_000);
});
