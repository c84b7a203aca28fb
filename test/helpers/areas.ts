// A small constructed programme with areas (programme.yaml `areas:`), written to a temporary
// folder, and its case files, for the area evidence of `report` and `trend`. Constructed for the
// tests, not from any report. The figures it should give are worked by hand in the tests.
//
// Areas: responding (N1 serious, N3 serious, E2), assessing (N2, E1 serious), partners (E3).
// N4 names no area. Types are in table order: neglect (Table 3), then exploitation (Table 4).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCriteriaDir } from '../../src/load/criteria/criteria-dir.js';
import type { CriteriaSet } from '../../src/domain/criteria-set.js';

const PROGRAMME = `name: Areas test programme
inspectorate: QA team
findings:
  met: { label: Met, accept: [y, yes, met] }
  partly: { label: Partly met, accept: [p, partly] }
  unmet: { label: Not met, accept: [n, no, not met] }
  na: { label: n/a, accept: [na, n/a] }
areas:
  - id: responding
    title: Responding to children at risk
  - id: assessing
    title: Assessing risk
  - id: partners
    title: Working with partners
`;

const NEGLECT = `id: neglect
title: Neglect
report: { table: 3, label: Neglect cases, caption: Cases assessed involving neglect }
criteria:
  - { id: N1, text: The child was seen promptly, severity: serious, area: responding }
  - { id: N2, text: Risk was assessed, severity: expected, area: assessing }
  - { id: N3, text: Immediate safety was secured, severity: serious, area: responding }
  - { id: N4, text: The record is complete, severity: expected }
`;

const EXPLOITATION = `id: exploitation
title: Exploitation
report: { table: 4, label: Exploitation cases, caption: Cases assessed involving exploitation }
criteria:
  - { id: E1, text: Exploitation risk was assessed, severity: serious, area: assessing }
  - { id: E2, text: The child was safeguarded, severity: expected, area: responding }
  - { id: E3, text: Partners shared information, severity: expected, area: partners }
`;

const AREAS_HEADER = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,N1,N2,N3,N4,E1,E2,E3';

/**
 * Round one. Grades by the 2017 rule (a serious criterion unmet: inadequate; 3 unmet: inadequate;
 * 1 unmet: requires improvement; partly met counts for neither): c1 inadequate (N3), c2 inadequate
 * (N1, N3), c3 requires improvement (N4), c4 ungraded (N3 has no finding), e1 inadequate (E1),
 * e2 requires improvement (E2), e3 good.
 */
export const ROUND_ONE_ROWS = [
  'c1,neglect,,,,no,,y,p,n,y,,,',
  'c2,neglect,,,,no,,n,n,n,y,,,',
  'c3,neglect,,,,no,,y,na,p,n,,,',
  'c4,neglect,,,,no,,y,y,,y,,,',
  'e1,exploitation,,,,no,,,,,,n,y,na',
  'e2,exploitation,,,,no,,,,,,p,n,na',
  'e3,exploitation,,,,no,,,,,,y,y,na',
];

export const areasCsv = (rows: readonly string[]) => `${AREAS_HEADER}\n${rows.join('\n')}\n`;

/**
 * Round two: twelve neglect cases with every criterion met but N2 unmet in the first three, and one
 * exploitation case with every criterion met (E3 too): responding 25 applied, none unmet; assessing
 * 13 applied, 3 unmet; partners 1 applied, none unmet.
 */
export const ROUND_TWO_ROWS = [
  ...Array.from({ length: 12 }, (_, i) => `n${i + 1},neglect,,,,no,,y,${i < 3 ? 'n' : 'y'},y,y,,,`),
  'x1,exploitation,,,,no,,,,,,y,y,y',
];

/** A case file whose every row names `round`. */
export const roundCsv = (rows: readonly string[], round: string) =>
  `${AREAS_HEADER},round\n${rows.map((r) => `${r},${round}`).join('\n')}\n`;

/** Writes the programme's criteria folder under `dir` and returns its path. */
export function writeAreasCriteria(dir: string): string {
  const criteria = join(dir, 'criteria');
  mkdirSync(criteria, { recursive: true });
  writeFileSync(join(criteria, 'programme.yaml'), PROGRAMME);
  writeFileSync(join(criteria, 'neglect.yaml'), NEGLECT);
  writeFileSync(join(criteria, 'exploitation.yaml'), EXPLOITATION);
  return criteria;
}

/** The programme loaded by the criteria loader, with no problem found. */
export function loadAreasCriteria(dir: string): CriteriaSet {
  const loaded = loadCriteriaDir(writeAreasCriteria(dir));
  if (!loaded.set) throw new Error(`the areas test programme did not load: ${JSON.stringify(loaded)}`);
  return loaded.set;
}
