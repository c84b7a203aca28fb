// The k-grade palette: best to worst, it must read in grey and for colour-blind readers (adjacent
// grades apart in lightness, also after simulating protanopia, deuteranopia and tritanopia with
// Machado, Oliveira & Fernandes (2009)'s severity-1 matrices), and every figure written on a
// segment must meet WCAG's 4.5 contrast. Three grades keep the 2017 colours (test/render/html.test.ts).
import { describe, expect, it } from 'vitest';
import { evenColour, gradeSeries } from '../../src/render/html/palette.js';
import { Scale } from '../../src/domain/scale.js';
import { SCALE_2017 } from '../helpers/criteria.js';

const linear = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
/** CIE L*: the lightness a grey print keeps. */
const lightness = (rgb: number[]) => 116 * Math.cbrt(luminance(rgb)) - 16;
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (m: number[][], rgb: number[]) =>
  m.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((s, w, k) => s + w * rgb[k]!, 0),
      ),
    ),
  );

const palette = (n: number) => Array.from({ length: n }, (_, i) => evenColour(i, n));

describe('the palette for k grades', () => {
  for (const n of [2, 4, 5, 6, 7]) {
    it(`on ${n} grades falls in lightness from best to worst, at least 8 L* a step`, () => {
      const l = palette(n).map((c) => lightness(linear(c.colour)));
      for (let i = 1; i < n; i++) expect(l[i - 1]! - l[i]!).toBeGreaterThanOrEqual(8);
    });

    // Seven grades are a tighter squeeze: the two darkest stay 5 apart under tritanopia.
    const apart = n === 7 ? 5 : 6;
    it(`on ${n} grades keeps adjacent grades at least ${apart} L* apart for colour-blind readers`, () => {
      for (const [name, m] of Object.entries(MACHADO)) {
        const l = palette(n).map((c) => lightness(simulate(m, linear(c.colour))));
        for (let i = 1; i < n; i++) expect(l[i - 1]! - l[i]!, `${name}, grades ${i - 1} and ${i}`).toBeGreaterThanOrEqual(apart);
      }
    });

    it(`on ${n} grades writes figures with contrast of at least 4.5`, () => {
      for (const c of palette(n)) {
        const ink = c.ink === undefined ? 1 : luminance(linear(c.ink));
        expect(contrast(luminance(linear(c.colour)), ink)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('keeps the 2017 colours on three grades, with no ink of their own', () => {
    expect(gradeSeries(SCALE_2017)).toEqual([
      { key: 'good', label: 'Good', colour: '#1a7a36' },
      { key: 'requires_improvement', label: 'Requiring improvement', colour: '#a35c00' },
      { key: 'inadequate', label: 'Inadequate', colour: '#b22222' },
    ]);
  });

  it('gives a four-point scale the even palette, labelled as tables label the grades', () => {
    const scale = new Scale(
      ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'].map((label) => ({
        id: label.toLowerCase().replace(/ /g, '_'),
        label,
        tableLabel: label,
        accept: [],
      })),
    );
    const series = gradeSeries(scale);
    expect(series.map((s) => [s.key, s.label])).toEqual([
      ['outstanding', 'Outstanding'],
      ['good', 'Good'],
      ['requires_improvement', 'Requires improvement'],
      ['inadequate', 'Inadequate'],
    ]);
    expect(series.map((s) => s.colour)).toEqual(palette(4).map((c) => c.colour));
    // The paler two carry dark ink for their figures, the darker two white (no ink).
    expect(series.map((s) => s.ink)).toEqual(['#000000', '#000000', undefined, undefined]);
  });
});
