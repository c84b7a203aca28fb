// `compare --between` for a board paper: the calibration table, the two ranked lists, agreement by auditor.
import type { BetweenModel } from '../../summarise/between/model.js';
import { mdTable, mdText } from '../markdown-kit.js';
import {
  BY_AUDITOR_HEAD,
  byAuditorHeading,
  byAuditorNote,
  byAuditorRows,
  CALIBRATION_HEAD,
  CALIBRATION_INTRO,
  calibrationGap,
  calibrationHeading,
  calibrationRows,
  rankedLists,
} from './between-layout.js';

const RIGHT = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'] as const;

export function betweenMarkdown(b: BetweenModel): string[] {
  const out = [`### ${mdText(calibrationHeading(b))}`, ''];
  const gap = calibrationGap(b);
  if (gap) out.push(mdText(gap), '');
  else {
    out.push(CALIBRATION_INTRO, '', mdTable(CALIBRATION_HEAD, calibrationRows(b), RIGHT));
    for (const list of rankedLists(b)) {
      out.push(mdText(list.title), '');
      if (list.items.length === 0) out.push('- none');
      out.push(...list.items.map((item) => `- ${mdText(item)}`));
      if (list.more > 0) out.push(`- and ${list.more} more (--format csv or json lists them all)`);
      out.push('');
    }
  }
  if (b.byAuditor) {
    out.push(`### ${mdText(byAuditorHeading(b))}`, '', mdTable(BY_AUDITOR_HEAD, byAuditorRows(b.byAuditor), ['left', 'right', 'right', 'right', 'right', 'right']));
    out.push(mdText(byAuditorNote(b)), '');
  }
  return out;
}
