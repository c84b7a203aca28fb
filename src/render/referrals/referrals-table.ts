// `referrals --format table`: the lead, the counts by latest status, then each list a scheduled
// job or a person acts on.
import { escapeText } from '../../text/escape.js';
import { accountingLine } from '../accounting-line.js';
import type { ReferralsModel } from '../../summarise/referrals/referrals-fold.js';
import type { RenderOptions } from '../options.js';
import { wrapText } from '../terminal/text-kit.js';
import { textTable } from '../terminal/text-table.js';
import { lead, sections, STATUS_HEAD, statusRows } from './referrals-layout.js';

export function referralsTable(m: ReferralsModel, options: RenderOptions): string {
  const width = options.width ?? 80;
  const { paint } = options;
  const out = [paint.bold('Referrals'), ...lead(m).map((l) => wrapText(escapeText(l), width)), ''];
  out.push(textTable({ head: STATUS_HEAD, rows: statusRows(m).map(([s, n]) => [s, String(n)]), align: ['left', 'right'], width }));
  for (const s of sections(m)) {
    out.push('', paint.bold(s.title));
    out.push(s.rows.length ? textTable({ head: s.head, rows: s.rows.map((r) => r.map(escapeText)), width, compact: true }) : s.none);
  }
  out.push('', accountingLine(m.totals));
  return `${out.join('\n')}\n`;
}
