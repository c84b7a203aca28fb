// Colours for an ordinal scale, taken by position along it (best to worst): no grade is named here,
// so a four- or five-point scale gets its colours from the same three anchors.
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

/** One series per grade of the scale, best first, labelled as tables label them. */
export function gradeSeries(scale: Scale): Series[] {
  return scale.ids.map((g, i) => ({ key: g, label: scale.tableLabel(g), colour: scaleColour(i, scale.size) }));
}
