// Two constructed programmes written into a temporary folder, for the outputs on k grades: Ofsted's
// four points with partly met findings, and a five-point scale (met / unmet only). One case type of
// three criteria (V1 serious). Constructed for tests: no real audit's figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tmp.js';

const FOUR = `name: Constructed children's services audit
version: '4.0'
inspectorate: QA team
table1_caption: Cases assessed by both {force} and {inspectorate}
table2_caption: Additional cases assessed only by {inspectorate}
scale:
  - id: outstanding
    label: Outstanding
    accept: [o]
    meaning: The child's experience and progress are exceptional.
  - id: good
    label: Good
    meaning: Children are helped and protected well.
  - id: requires_improvement
    label: Requires improvement
    accept: [ri]
    meaning: Help and protection are not yet good.
  - id: inadequate
    label: Inadequate
    meaning: Children are left at risk of harm.
findings:
  met: { label: Met, accept: [y, met] }
  partly: { label: Partly met, accept: [p, partly] }
  unmet: { label: Not met, accept: [n, not met] }
  na: { label: n/a, accept: [na] }
grading:
  - grade: inadequate
    if: { serious_unmet: 1 }
  - grade: requires_improvement
    if: { unmet: 1 }
  - grade: good
    if: { partly: 1 }
  - grade: outstanding
`;

const FIVE = `name: Constructed five-point inspection
version: '5.0'
inspectorate: Inspectorate
table1_caption: Cases assessed by both {force} and {inspectorate}
table2_caption: Additional cases assessed only by {inspectorate}
scale:
  - id: outstanding
    label: Outstanding
  - id: good
    label: Good
  - id: adequate
    label: Adequate
  - id: requires_improvement
    label: Requires improvement
  - id: inadequate
    label: Inadequate
findings:
  met: { label: Met, accept: [y] }
  unmet: { label: Not met, accept: [n] }
  na: { label: n/a, accept: [na] }
grading:
  - grade: inadequate
    if: { serious_unmet: 1 }
  - grade: requires_improvement
    if: { unmet: 2 }
  - grade: adequate
    if: { unmet: 1, met_share_below: 0.6 }
  - grade: good
    if: { unmet: 1 }
  - grade: outstanding
`;

const TYPE = `id: visit
title: Home visit
aliases: []
report:
  table: 3
  label: Home visits
  caption: Cases assessed involving home visits
criteria:
  - id: V1
    text: The child was seen alone
    severity: serious
  - id: V2
    text: The plan was reviewed on time
    severity: expected
  - id: V3
    text: The family's views were recorded
    severity: expected
`;

export interface KPoint {
  dir: string;
  criteria: string;
  file: (name: string, content: string) => string;
}

/** A folder holding `criteria/` of the four- or five-point programme, and a way to write case files beside it. */
export function kPointProgramme(points: 4 | 5): KPoint {
  const dir = tempDir(`case-audit-${points}-point-`);
  const criteria = join(dir, 'criteria');
  mkdirSync(criteria);
  writeFileSync(join(criteria, 'programme.yaml'), points === 4 ? FOUR : FIVE);
  writeFileSync(join(criteria, 'visit.yaml'), TYPE);
  return {
    dir,
    criteria,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

export const WIDE_HEADER = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,V1,V2,V3';

/**
 * Ten cases graded by both on the four-point scale (self, independent), worked by hand:
 * agreed 4 (K1, K4, K8, K10); self higher 4 (K2, K3, K5, K7), lower 2 (K6, K9);
 * one apart 4 (K2, K5, K6, K7), two apart 1 (K9), three apart 1 (K3).
 * Self totals O 3, G 2, RI 3, I 2; independent O 1, G 4, RI 2, I 3.
 * Kappa (0.4 - 0.23) / 0.77 = 17/77; linear weighted (0.7 - 178/300) / (1 - 178/300) = 16/61.
 */
const FOUR_POINT_PAIRS: ReadonlyArray<[string, string]> = [
  ['outstanding', 'outstanding'],
  ['outstanding', 'good'],
  ['outstanding', 'inadequate'],
  ['good', 'good'],
  ['good', 'requires_improvement'],
  ['requires_improvement', 'good'],
  ['requires_improvement', 'inadequate'],
  ['inadequate', 'inadequate'],
  ['inadequate', 'good'],
  ['requires_improvement', 'requires_improvement'],
];

/** Findings that give each grade under the four-point rule (the independent findings of a row). */
const FOUR_POINT_FINDINGS: Record<string, string> = {
  outstanding: 'y,y,y',
  good: 'y,p,y',
  requires_improvement: 'y,n,p',
  inadequate: 'n,y,y',
};

/** The wide-form file of the ten pairs: each row's findings give its independent grade. */
export const fourPointCases = () =>
  [
    WIDE_HEADER,
    ...FOUR_POINT_PAIRS.map(([self, independent], i) => `K${i + 1},visit,${self},,,no,,${FOUR_POINT_FINDINGS[independent]}`),
  ].join('\n') + '\n';

/**
 * Eight cases on the five-point scale (self, independent): agreed 2 (F1, F4); self higher 4 (F2,
 * F3, F7, F8), lower 2 (F5, F6); one apart 2 (F3, F6), two 2 (F5, F8), three 1 (F7), four 1 (F2).
 */
export const FIVE_POINT_PAIRS: ReadonlyArray<[string, string]> = [
  ['outstanding', 'outstanding'],
  ['outstanding', 'inadequate'],
  ['good', 'adequate'],
  ['adequate', 'adequate'],
  ['requires_improvement', 'good'],
  ['inadequate', 'requires_improvement'],
  ['good', 'inadequate'],
  ['adequate', 'inadequate'],
];

/** Findings that give each grade under the five-point rule (adequate: one unmet, half met). */
export const FIVE_POINT_FINDINGS: Record<string, string> = {
  outstanding: 'y,y,y',
  good: 'y,n,y',
  adequate: 'y,n,na',
  requires_improvement: 'y,n,n',
  inadequate: 'n,y,y',
};

export const fivePointCases = () =>
  [
    WIDE_HEADER,
    ...FIVE_POINT_PAIRS.map(([self, independent], i) => `F${i + 1},visit,${self},,,no,,${FIVE_POINT_FINDINGS[independent]}`),
  ].join('\n') + '\n';
