// `validate --format json`: the model as it is.
import type { RenderOptions } from '../options.js';
import { sharingJson } from '../../domain/sharing.js';
import type { ValidateModel } from './validate-model.js';

export function validateJson(model: ValidateModel, options?: RenderOptions): string {
  const { valid, totals, ungraded, rejected, criteria } = model;
  // `criteriaSet` as in every command's JSON; `criteria`, the old name, stays one release.
  return `${JSON.stringify({ valid, totals, ungraded, rejected, criteriaSet: criteria, criteria, ...sharingJson(options?.sharing) }, null, 2)}\n`;
}
