// Colours for an ordinal scale, taken by position along it (best to worst): no grade is named here.
// Three grades keep the 2017 papers' green, amber and red. Any other number of grades gets a scale
// whose lightness falls evenly from best (pale blue) to worst (dark red), blues then ambers:
// the grades stay in order and apart when printed in grey, and for readers who cannot tell red
// from green, since lightness is what those readers (and a grey printer) still see.
import type { Scale } from '../../domain/scale.js';
import type { Series } from './bar-chart.js';

/** Green, amber, red, dark enough that white figures on them stay readable (contrast >= 4.5). */
const ANCHORS: ReadonlyArray<readonly [number, number, number]> = [
  [26, 122, 54],
  [163, 92, 0],
  [178, 34, 34],
];

const hex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * The colour of position `i` of `n` on the scale, interpolated between the anchors.
 * @internal exported for its own tests
 */
export function scaleColour(i: number, n: number): string {
  const at = n <= 1 ? 0 : (i / (n - 1)) * (ANCHORS.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, ANCHORS.length - 1);
  const t = at - lo;
  return hex(ANCHORS[lo]!.map((c, k) => c + (ANCHORS[hi]![k]! - c) * t));
}

/** OKLab lightness of the best and the worst grade: every step between is the same size. */
const LIGHTEST = 0.88;
const DARKEST = 0.38;
/** OKLab (a, b) of pale blue, blue, amber and dark red: the hue and colourfulness along the scale. */
const HUES: ReadonlyArray<readonly [number, number]> = [
  [-0.04, -0.075],
  [-0.025, -0.11],
  [0.04, 0.12],
  [0.16, 0.075],
];

/** OKLab to sRGB (Björn Ottosson, "A perceptual color space for image processing", 2020). */
function oklabToLinear(l: number, a: number, b: number): number[] {
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
  return linear.map((c) => Math.min(1, Math.max(0, c)));
}

const toSrgb = (x: number) => 255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);

/** Black: with white, one of the two always reaches WCAG's 4.5 (the chart's #1b1b1b would not at mid grey). */
const INK = '#000000';
const INK_LUMINANCE = 0;
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * Position `i` of `n` on the even-lightness scale, and the ink for a figure written on it.
 * @internal exported for its own tests
 */
export function evenColour(i: number, n: number): { colour: string; ink?: string } {
  const t = n <= 1 ? 0 : i / (n - 1);
  const at = t * (HUES.length - 1);
  const lo = Math.min(Math.floor(at), HUES.length - 2);
  const u = at - lo;
  const [a, b] = [0, 1].map((k) => HUES[lo]![k]! + (HUES[lo + 1]![k]! - HUES[lo]![k]!) * u) as [number, number];
  const rgb = oklabToLinear(LIGHTEST + (DARKEST - LIGHTEST) * t, a, b);
  const y = 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!;
  // White figures (the charts' default) where they read better than black, else black.
  return { colour: hex(rgb.map(toSrgb)), ...(contrast(y, 1) >= contrast(y, INK_LUMINANCE) ? {} : { ink: INK }) };
}

/** One series per grade of the scale, best first, labelled as tables label them. */
export function gradeSeries(scale: Scale): Series[] {
  return scale.ids.map((g, i) => ({
    key: g,
    label: scale.tableLabel(g),
    ...(scale.size === 3 ? { colour: scaleColour(i, 3) } : evenColour(i, scale.size)),
  }));
}
