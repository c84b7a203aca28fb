// How full a printed page is: the lowest text block on it (poppler's pdftotext -bbox-layout),
// measured from the top margin, over the height between the margins (A4, 15 mm margins).
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

const A4_HEIGHT = 841.92;
const MARGIN = (15 / 25.4) * 72;

/** Why pages cannot be measured here, or null. */
export const noPdfText = spawnSync('pdftotext', ['-v']).error ? 'no pdftotext (apt-get install poppler-utils)' : null;

/** Each printed page's fill, 0 to 1. */
export function fills(pdf: string): number[] {
  const out = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  expect(out.status).toBe(0);
  return out.stdout
    .split('<page ')
    .slice(1)
    .map((page) => {
      const bottoms = [...page.matchAll(/<block xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
      return bottoms.length === 0 ? 0 : (Math.max(...bottoms) - MARGIN) / (A4_HEIGHT - 2 * MARGIN);
    });
}
