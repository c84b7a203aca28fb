// A programme's language as objects to ask: its scale and its finding spellings, made once per
// programme (a programme is plain data, so a worker thread's clone makes its own).
import { FindingScheme } from './findings.js';
import { Scale } from './scale.js';
import type { Programme } from './types.js';

const scales = new WeakMap<Programme, Scale>();
const schemes = new WeakMap<Programme, FindingScheme>();

export function scaleOf(programme: Programme): Scale {
  let scale = scales.get(programme);
  // Stryker disable next-line ConditionalExpression: equivalent, a cache: building the scale again gives the same scale
  if (!scale) scales.set(programme, (scale = new Scale(programme.scale)));
  return scale;
}

export function findingsOf(programme: Programme): FindingScheme {
  let scheme = schemes.get(programme);
  // Stryker disable next-line ConditionalExpression: equivalent, a cache, as above
  if (!scheme) schemes.set(programme, (scheme = new FindingScheme(programme.findings)));
  return scheme;
}
