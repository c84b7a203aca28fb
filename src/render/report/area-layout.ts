// The evidence-by-area table's words and cells (programme.yaml `areas:`), shared by every format of
// `report` and of `trend`, so both say the same figures the same way. Formatting only.
import type { AreaEvidence, AreaFigures } from '../../summarise/report/areas.js';
import { count, percent } from '../terminal/text-kit.js';

export const AREAS_HEADING = 'Evidence by area';

/** The figure columns' heads, after the area (and, in `trend`, the round). */
export const AREA_FIGURE_HEAD = ['Applied', 'Unmet', 'Partly met', 'Share unmet (95% interval)', 'Cases with a serious criterion unmet'];
export const AREA_HEAD = ['Area', 'Criteria', ...AREA_FIGURE_HEAD];

/** What the figures count, for the role whose assessments they are ("the graded cases", "the cases HMIC graded"). */
export const areasLead = (cases: string) =>
  `Per area, over ${cases}: the findings where its criteria applied (not applicable left out), those unmet and partly met, the share unmet with its 95% interval (Wilson), and the cases with a serious criterion of the area unmet.`;

/** "44% (19-73%)"; "n/a" where none of the area's criteria applied. */
export function areaShareText(f: AreaFigures): string {
  if (f.share === null || f.interval === null) return 'n/a';
  return `${percent(f.share)} (${percent(f.interval[0])}-${percent(f.interval[1])})`;
}

export function areaFigureCells(f: AreaFigures): string[] {
  return [count(f.applied), count(f.unmet), count(f.partly), areaShareText(f), count(f.seriousCases)];
}

export function areaRows(areas: readonly AreaEvidence[]): string[][] {
  return areas.map((a) => [a.title, a.criteria.join(', '), ...areaFigureCells(a)]);
}

/** The columns that hold words: the area and its criteria; every figure goes right. */
export const areaAlign = (words: number, total: number) =>
  Array.from({ length: total }, (_, i) => (i < words ? 'left' : 'right') as 'left' | 'right');

/** `report` shows the independent assessment of every graded case. */
export const REPORT_AREA_CASES = "the graded cases' independent assessments";
