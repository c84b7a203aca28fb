// `validate --format json`: the model as it is.
import type { ValidateModel } from './validate-model.js';

export function validateJson(model: ValidateModel): string {
  const { valid, totals, ungraded, rejected, criteria } = model;
  return `${JSON.stringify({ valid, totals, ungraded, rejected, criteria }, null, 2)}\n`;
}
