// Builds fixtures/qa-round/: a CONSTRUCTED example of a force's own quality-assurance round, not
// data from any report or any real case. 60 invented cases (ids QA-001..), three of the force's
// auditors (A1, A2, A3: 20 cases each) and a central review team grading every case, with
// findings; A2 is made to grade generously (marks met most criteria the reviewers mark unmet).
// 10 of the cases are then re-marked blind by a moderator (moderation.csv). The criteria folder
// copies three bundled case types (as Tables 3 to 5) and declares the `moderator` role in its
// programme.yaml.
// Deterministic (a fixed seed); rerun: node scripts/make-fixture-qa-round.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const OUT = 'fixtures/qa-round';
const TYPES = ['section-47', 'domestic-abuse', 'missing-children'];
const types = TYPES.map((id) => parse(readFileSync(`criteria/${id}.yaml`, 'utf8')));

// mulberry32: a small seeded generator, so the fixture is the same on every machine.
let state = 2026;
function rand() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(rand() * list.length)];

/** The grading rule of the criteria files (DESIGN.md), over y / n / na findings. */
function grade(type, f) {
  const unmet = type.criteria.filter((c) => f[c.id] === 'n');
  if (unmet.some((c) => c.severity === 'serious') || unmet.length >= (type.grading?.widespread ?? 3)) return 'inadequate';
  return unmet.length > 0 ? 'requires_improvement' : 'good';
}

/** What the review team found: about 30% good, 45% requiring improvement, 25% inadequate. */
function truth(type) {
  const f = Object.fromEntries(type.criteria.map((c) => [c.id, 'y']));
  const expected = type.criteria.filter((c) => c.severity === 'expected');
  const serious = type.criteria.filter((c) => c.severity === 'serious');
  const r = rand();
  if (r < 0.3) {
    if (rand() < 0.3) f[pick(expected).id] = 'na';
  } else if (r < 0.75) {
    f[pick(expected).id] = 'n';
    if (rand() < 0.4) f[pick(expected).id] = 'n';
  } else if (rand() < 0.6) {
    f[pick(serious).id] = 'n';
    if (rand() < 0.5) f[pick(expected).id] = 'n';
  } else {
    const left = [...expected];
    for (let i = 0; i < 3; i++) f[left.splice(Math.floor(rand() * left.length), 1)[0].id] = 'n';
  }
  return f;
}

const flip = (v) => (v === 'y' ? 'n' : v === 'n' ? 'y' : v);

/** How each marker departs from the review team's findings. */
const MARKERS = {
  // A1: careful; now and then one finding the other way.
  A1: (type, f) => {
    if (rand() < 0.15) {
      const c = pick(type.criteria);
      f[c.id] = flip(f[c.id]);
    }
  },
  // A2: generous; most criteria the reviewers mark unmet, A2 marks met.
  A2: (type, f) => {
    for (const c of type.criteria) if (f[c.id] === 'n' && rand() < 0.7) f[c.id] = 'y';
  },
  // A3: careful, a little strict: now and then an expected criterion marked unmet that was met.
  A3: (type, f) => {
    if (rand() < 0.2) {
      const c = pick(type.criteria.filter((x) => x.severity === 'expected' && f[x.id] === 'y'));
      if (c) f[c.id] = 'n';
    }
  },
  // The moderator: close to the reviewers, one finding the other way in a few cases.
  M1: (type, f) => {
    if (rand() < 0.2) {
      const c = pick(type.criteria);
      f[c.id] = flip(f[c.id]);
    }
  },
};

const criterionIds = types.flatMap((t) => t.criteria.map((c) => c.id));
const header = ['case_id', 'case_type', 'assessor', 'auditor', 'grade', 'override_reason', 'referred_back', 'notes', ...criterionIds];
const row = (id, type, assessor, auditor, f) => ({ case_id: id, case_type: type.id, assessor, auditor, grade: grade(type, f), ...f });

const cases = [];
const rows = [];
for (let i = 0; i < 60; i++) {
  const id = `QA-${String(i + 1).padStart(3, '0')}`;
  const type = types[i % 3];
  const auditor = ['A1', 'A2', 'A3'][Math.floor(i / 2) % 3];
  const found = truth(type);
  const own = { ...found };
  MARKERS[auditor](type, own);
  rows.push(row(id, type, 'self', auditor, own), row(id, type, 'independent', i % 2 ? 'R2' : 'R1', found));
  cases.push({ id, type, auditor, found });
}

// Ten cases re-marked blind: four of the generous auditor's, three of each other's.
const moderated = [];
for (const [auditor, k] of [
  ['A1', 3],
  ['A2', 4],
  ['A3', 3],
]) {
  const mine = cases.filter((c) => c.auditor === auditor);
  for (let j = 0; j < k; j++) moderated.push(mine.splice(Math.floor(rand() * mine.length), 1)[0]);
}
moderated.sort((a, b) => (a.id < b.id ? -1 : 1));
const moderation = moderated.map((c) => {
  const f = { ...c.found };
  MARKERS.M1(c.type, f);
  return row(c.id, c.type, 'moderator', 'M1', f);
});

const csv = (list) => [header, ...list.map((r) => header.map((h) => r[h] ?? ''))].map((r) => r.join(',')).join('\n') + '\n';
mkdirSync(`${OUT}/criteria`, { recursive: true });
writeFileSync(`${OUT}/cases.csv`, csv(rows));
writeFileSync(`${OUT}/moderation.csv`, csv(moderation));
// The three types numbered as this programme's Tables 3 to 5 (the bundled ones are 3, 4 and 7).
TYPES.forEach((id, i) => {
  const text = readFileSync(`criteria/${id}.yaml`, 'utf8').replace(/^(\s+table:) \d+$/m, `$1 ${i + 3}`);
  writeFileSync(`${OUT}/criteria/${id}.yaml`, text);
});
writeFileSync(
  `${OUT}/criteria/programme.yaml`,
  `# A constructed example programme (scripts/make-fixture-qa-round.mjs): a force's own QA round, not from any report.
name: Testshire Constabulary child protection dip sample
inspectorate: Central review team
table1_caption: Cases assessed by both {force} and the {inspectorate}
table2_caption: Additional cases assessed only by the {inspectorate}
# An internal audit, not an inspection: the report's sentences name the two sides by these labels.
sentences: internal-audit
row_labels:
  self: The force's auditors
  independent: The {inspectorate}
roles:
  moderator: Moderator
`,
);
console.log(`${rows.length} assessments of ${cases.length} cases to ${OUT}/cases.csv, ${moderation.length} to ${OUT}/moderation.csv`);
