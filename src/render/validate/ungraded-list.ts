// `validate`'s list of ungraded cases for a terminal: which cases, and which criteria they lack.
import { escapeText } from '../../text/escape.js';
import { ungradedWhy } from '../report/report-layout.js';
import { firstFew, LIST_MAX } from '../terminal/text-kit.js';

export function ungradedList(ungraded: ReadonlyArray<{ caseId: string; missing: readonly string[] }>, max = LIST_MAX): string {
  if (ungraded.length === 0) return '';
  const { shown, more } = firstFew(ungraded, max);
  const lines = [
    `Ungraded, not counted in any table (${ungraded.length.toLocaleString('en-GB')}):`,
    ...shown.map((u) => `  ${escapeText(u.caseId)}: ${ungradedWhy(u.missing)}`),
    ...(more ? [`  and ${more.toLocaleString('en-GB')} more`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
