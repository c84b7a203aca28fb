// `validate --format json`: the model as it is.
import type { ValidateModel } from './validate-model.js';

export function validateJson(model: ValidateModel): string {
  const { valid, totals, ungraded, rejected, criteria } = model;
  // `criteriaSet` as in every command's JSON; `criteria`, the old name, stays one release.
  return `${JSON.stringify({ valid, totals, ungraded, rejected, criteriaSet: criteria, criteria }, null, 2)}\n`;
}
