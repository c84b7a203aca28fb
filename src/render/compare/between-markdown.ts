// `compare --between` for a board paper: the calibration table, the two ranked lists, agreement by auditor.
import type { BetweenModel } from '../../summarise/compare/between-model.js';
import { mdTable, mdText } from '../../text/markdown.js';
import * as layout from './between-layout.js';

const RIGHT = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'] as const;

export function betweenMarkdown(b: BetweenModel): string[] {
  const out = [`### ${mdText(layout.calibrationHeading(b))}`, ''];
  const gap = layout.calibrationGap(b);
  if (gap) out.push(mdText(gap), '');
  else {
    out.push(layout.calibrationIntro(b), '', mdTable(layout.calibrationHead(b), layout.calibrationRows(b), RIGHT));
    for (const list of layout.rankedLists(b)) {
      out.push(mdText(list.title), '');
      if (list.items.length === 0) out.push('- none');
      out.push(...list.items.map((item) => `- ${mdText(item)}`));
      if (list.more > 0) out.push(`- and ${list.more} more (--format csv or json lists them all)`);
      out.push('');
    }
  }
  if (b.byAuditor) {
    out.push(
      `### ${mdText(layout.byAuditorHeading(b))}`,
      '',
      mdTable(layout.BY_AUDITOR_HEAD, layout.byAuditorRows(b.byAuditor), [
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'left',
      ]),
    );
    out.push(...layout.reviewLines(b).flatMap((line) => [mdText(line), '']));
    out.push(mdText(layout.byAuditorNote(b)), '');
  }
  return out;
}
