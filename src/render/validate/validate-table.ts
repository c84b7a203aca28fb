// `validate` for a person: the ungraded cases and what they lack, then the accounting and a verdict.
import { accountingLine } from '../accounting-line.js';
import { ungradedList } from './ungraded-list.js';
import type { ValidateModel } from './validate-model.js';

export function validateTable(model: ValidateModel): string {
  return `${ungradedList(model.ungraded)}${accountingLine(model.totals)}: ${model.valid ? 'valid' : 'problems found'}\n`;
}
