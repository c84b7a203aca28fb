// Builds fixtures/rounds/: three constructed quarterly dip samples of the same force (no real
// cases), written twice: as three wide-form files, one per round (each names its round), and as
// one long-form CSV (one assessment per row) with a round column. Both must give the same `trend`.
// The figures are invented to show a force improving and its own auditors' over-grading easing.
// Run: node scripts/make-fixture-rounds.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const types = ['section-47', 'domestic-abuse', 'missing-children'].map((id) => parse(readFileSync(`criteria/${id}.yaml`, 'utf8')));
const GRADES = ['good', 'requires_improvement', 'inadequate'];

// Per round and type: independent grades [good, requires improvement, inadequate].
const rounds = [
  {
    round: '2025-Q1 dip sample',
    prefix: 'Q1',
    file: '2025-q1',
    plan: { 'section-47': [2, 4, 6], 'domestic-abuse': [2, 5, 5], 'missing-children': [1, 3, 4] },
  },
  {
    round: '2025-Q2 dip sample',
    prefix: 'Q2',
    file: '2025-q2',
    plan: { 'section-47': [4, 6, 2], 'domestic-abuse': [5, 5, 2], 'missing-children': [2, 4, 2] },
  },
  {
    round: '2025-Q3 dip sample',
    prefix: 'Q3',
    file: '2025-q3',
    plan: { 'section-47': [6, 5, 1], 'domestic-abuse': [7, 4, 1], 'missing-children': [5, 3, 0] },
  },
];

/** Findings that derive the grade: RI = one expected criterion unmet; inadequate = a serious one too. */
function findings(type, grade, k) {
  const f = Object.fromEntries(type.criteria.map((c) => [c.id, 'y']));
  const expected = type.criteria.filter((c) => c.severity === 'expected');
  const serious = type.criteria.filter((c) => c.severity === 'serious');
  if (grade === 'good' && k % 3 === 1) f[expected[expected.length - 1].id] = 'na';
  if (grade === 'requires_improvement') f[expected[k % 2].id] = 'n';
  if (grade === 'inadequate') {
    f[serious[k % serious.length].id] = 'n';
    f[expected[0].id] = 'n';
  }
  return f;
}

/** The force's own grade of every other case: one grade higher in Q1, less often later. */
function selfGrade(roundNo, grade, k) {
  if (k % 2 === 1) return '';
  const i = GRADES.indexOf(grade);
  const higher = roundNo === 0 || (roundNo === 1 && k % 4 === 0) || (roundNo === 2 && k === 2);
  return GRADES[higher ? Math.max(0, i - 1) : i];
}

const cases = [];
rounds.forEach((r, roundNo) => {
  for (const type of types) {
    let k = 0;
    GRADES.forEach((grade, g) => {
      for (let j = 0; j < r.plan[type.id][g]; j++, k++) {
        const id = `${r.prefix}-${type.id
          .split('-')
          .map((w) => w[0])
          .join('')
          .toUpperCase()}-${String(k + 1).padStart(2, '0')}`;
        cases.push({
          round: r.round,
          roundNo,
          id,
          type,
          self: selfGrade(roundNo, grade, k),
          findings: findings(type, grade, k),
          auditor: `A${(k % 3) + 1}`,
        });
      }
    });
  }
});

const HEADER_NOTE =
  'Constructed for the case-audit README and tests: invented cases, no real child or case. Made by scripts/make-fixture-rounds.mjs.';
const allIds = types.flatMap((t) => t.criteria.map((c) => c.id));
const cell = (v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csv = (header, rows) => [header, ...rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';

// Wide form, one YAML file per round: the round as a top-level key.
for (const r of rounds) {
  const doc = {
    force: 'Testshire Police',
    round: r.round,
    cases: cases
      .filter((c) => c.round === r.round)
      .map((c) => ({
        id: c.id,
        type: c.type.id,
        ...(c.self ? { self_grade: c.self } : {}),
        findings: Object.fromEntries(Object.entries(c.findings).map(([id, f]) => [id, { y: 'met', n: 'not met', na: 'n/a' }[f]])),
      })),
  };
  writeFileSync(`fixtures/rounds/${r.file}.yaml`, `# ${HEADER_NOTE}\n${stringify(doc, { lineWidth: 0 })}`);
}

// Long form, every round in one CSV: a self row (grade only) and an independent row (findings) per case.
const longHeader = ['case_id', 'case_type', 'round', 'assessor', 'auditor', 'grade', 'referred_back', ...allIds];
const longRows = cases.flatMap((c) => {
  const findingsCells = allIds.map((id) => c.findings[id] ?? '');
  const rows = [];
  if (c.self) rows.push([c.id, c.type.id, c.round, 'self', c.auditor, c.self, 'no', ...allIds.map(() => '')]);
  rows.push([c.id, c.type.id, c.round, 'independent', 'I1', '', 'no', ...findingsCells]);
  return rows;
});
writeFileSync('fixtures/rounds/all-rounds-long.csv', csv(longHeader, longRows));
console.log(`${cases.length} cases in ${rounds.length} rounds written to fixtures/rounds/`);
