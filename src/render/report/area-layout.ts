// The evidence-by-area table's words and cells (programme.yaml `areas:`), shared by every format of
// `report` and of `trend`, so both say the same figures the same way. Formatting only.
import type { AreaEvidence, AreaFigures } from '../../summarise/report/areas.js';
import { count, percent } from '../terminal/text-kit.js';

export const AREAS_HEADING = 'Evidence by area';

/** The figure columns' heads, after the area (and, in `trend`, the round): short, so a terminal keeps its width for the area; the lead says what each counts. */
export const areaFigureHead = (partly: boolean) => ['Applied', 'Unmet', ...(partly ? ['Partly'] : []), 'Share unmet', 'Serious'];
export const areaHead = (partly: boolean) => ['Area (its criteria)', ...areaFigureHead(partly)];

/** What the figures count, for the role whose assessments they are ("the graded cases", "the cases HMIC graded"). */
export const areasLead = (cases: string, partly: boolean) =>
  `Per area, over ${cases}: Applied, the findings where its criteria applied (not applicable left out); ${partly ? 'Unmet and Partly, those unmet and partly met' : 'Unmet, those unmet'}; Share unmet, unmet of applied with its 95% interval (Wilson); Serious, the cases with a serious criterion of the area unmet.`;

/** "44% (19-73%)"; "n/a" where none of the area's criteria applied. */
function areaShareText(f: AreaFigures): string {
  if (f.share === null || f.interval === null) return 'n/a';
  return `${percent(f.share)} (${percent(f.interval[0])}-${percent(f.interval[1])})`;
}

/** Partly only where the programme records partly met findings: elsewhere it is always 0. */
export function areaFigureCells(f: AreaFigures, partly: boolean): string[] {
  return [count(f.applied), count(f.unmet), ...(partly ? [count(f.partly)] : []), areaShareText(f), count(f.seriousCases)];
}

/** "Responding to children at risk (N1, N3, E2)": the area's criteria beside its title, so a terminal has room for the figures. */
const areaLabel = (a: Pick<AreaEvidence, 'title' | 'criteria'>) => `${a.title} (${a.criteria.join(', ')})`;

export function areaRows(areas: readonly AreaEvidence[], partly: boolean): string[][] {
  return areas.map((a) => [areaLabel(a), ...areaFigureCells(a, partly)]);
}

/** The first `words` columns hold words (the area; in `trend`, the round too); every figure goes right. */
export const areaAlign = (words: number, total: number) =>
  Array.from({ length: total }, (_, i) => (i < words ? 'left' : 'right') as 'left' | 'right');

/** `report` shows the independent assessment of every graded case. */
export const REPORT_AREA_CASES = "the graded cases' independent assessments";
