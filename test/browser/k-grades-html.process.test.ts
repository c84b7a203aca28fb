// The four- and five-point board papers in Chromium: every grade named in the legends in scale
// order, each grade's segment filled with its own colour, their lightness falling from best to worst
// as the screen shows it (read back from a screenshot in grey), figures on pale segments in black.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchChromium } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { fivePointCases, fourPointCases, kPointProgramme } from '../helpers/k-point.js';

const missing = chromiumMissing();
if (missing && process.env.CI) throw new Error(`the browser tests must run in CI, but ${missing}`);
if (missing) console.warn(`Skipping the browser tests: ${missing}.`);

const FOUR = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];
const FIVE = ['Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate'];

describe.skipIf(missing !== null)('k-grade board papers in Chromium', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ context, close } = await launchChromium());
  }, 60_000);
  afterAll(async () => close?.());

  async function open(points: 4 | 5, command: string): Promise<Page> {
    const k = kPointProgramme(points);
    const cases = k.file('cases.csv', points === 4 ? fourPointCases() : fivePointCases());
    const file = join(k.dir, `${command}.html`);
    const { code } = await runCli([command, '--criteria', k.criteria, cases, '-f', 'html', '-o', file]);
    expect(code).toBe(0);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return page;
  }

  /** The first legend's grades and their swatch colours; each segment's fill and its figure's fill, as computed. */
  const firstChart = (page: Page) =>
    page.evaluate(`(() => {
      const legend = [...document.querySelector('ul.legend').querySelectorAll('li')].map((li) => [li.textContent, li.querySelector('rect').getAttribute('fill')]);
      const segments = [...document.querySelector('svg.chart').querySelectorAll('g')].map((g) => {
        const text = g.querySelector('text tspan') ?? g.querySelector('text');
        return [g.querySelector('rect').getAttribute('fill'), text ? getComputedStyle(text).fill : null];
      });
      return { legend, segments };
    })()`) as Promise<{ legend: Array<[string, string]>; segments: Array<[string, string | null]> }>;

  /** Relative lightness of a colour as a grey screen shows it (Rec. 709 luma of the sRGB values). */
  const grey = (hex: string) =>
    [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((s, c, k) => s + c * [0.2126, 0.7152, 0.0722][k]!, 0);

  for (const [points, names, command] of [
    [4, FOUR, 'report'],
    [5, FIVE, 'report'],
    [4, FOUR, 'compare'],
    [5, FIVE, 'compare'],
  ] as const) {
    it(`${command} on ${points} points: a legend naming every grade, colours falling in lightness, black figures on pale segments`, async () => {
      const page = await open(points, command);
      const { legend, segments } = await firstChart(page);
      expect(legend.map(([name]) => name)).toEqual(names);
      const colours = legend.map(([, colour]) => colour);
      expect(new Set(colours).size).toBe(points);
      const luma = colours.map(grey);
      for (let i = 1; i < points; i++) expect(luma[i - 1]! - luma[i]!).toBeGreaterThan(20);
      // Every segment is one of the grades' colours; its figure black where the colour is pale, else white.
      for (const [fill, ink] of segments) {
        expect(colours).toContain(fill);
        if (ink !== null) expect(ink).toBe(grey(fill) > 128 ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)');
      }
      await page.close();
    });
  }
});
