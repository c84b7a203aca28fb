// Builds fixtures/gloucestershire-2017.csv: 89 invented cases constructed so that scoring them
// against the bundled criteria reproduces the 2017 report's published tables (section 4, Annex A).
// The published figures are typed in below; the fixture's golden test checks them independently.
// Run: node scripts/make-fixture-2017.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const types = readdirSync('criteria')
  .filter((f) => f.endsWith('.yaml') && f !== 'programme.yaml')
  .map((f) => parse(readFileSync(`criteria/${f}`, 'utf8')))
  .sort((a, b) => a.report.table - b.report.table || a.id.localeCompare(b.id));

// Per case type: [good, requiring improvement, inadequate] for the 33 cases assessed by both
// (Annex A's self-assessed numbers per type; Table 1 totals 6/16/11) and for the 56 further cases
// (Table 2: 8/30/18). Each table's two rows add up to its published row (Tables 3-10).
const plan = {
  'section-47': { both: [1, 2, 1], only: [1, 5, 3], referred: 2 }, // Table 3: 2/7/4
  'domestic-abuse': { both: [1, 3, 1], only: [1, 6, 0], referred: 1 }, // Table 4: 2/9/1
  'general-concern': { both: [1, 2, 2], only: [2, 1, 2], referred: 2 }, // Table 5: 3/3/4
  'child-sexual-exploitation': { both: [1, 1, 2], only: [1, 5, 3], referred: 3 }, // Table 6 (with online): 3/11/8
  'online-sexual-abuse': { both: [0, 2, 1], only: [1, 3, 2], referred: 1 },
  'missing-children': { both: [0, 1, 2], only: [1, 4, 2], referred: 2 }, // Table 7: 1/5/4
  'police-protection': { both: [0, 2, 1], only: [0, 1, 2], referred: 1 }, // Table 8: 0/3/3
  'sex-offender-management': { both: [1, 1, 1], only: [0, 2, 1], referred: 1 }, // Table 9: 1/3/2
  'child-in-custody': { both: [1, 2, 0], only: [1, 3, 3], referred: 1 }, // Table 10: 2/5/3
};
// The force graded 28 good and 5 requiring improvement: these both-assessed cases it graded RI.
const selfRi = new Set([
  'section-47/requires_improvement/0',
  'general-concern/inadequate/0',
  'missing-children/inadequate/1',
  'sex-offender-management/requires_improvement/0',
  'child-in-custody/good/0',
]);

const allIds = types.flatMap((t) => t.criteria.map((c) => c.id));
const header = ['case_id', 'case_type', 'self_grade', 'independent_grade', 'override_reason', 'referred_back', 'notes', ...allIds];
const rows = [];
let n = 0;

function findings(type, grade, k, referred) {
  const f = Object.fromEntries(type.criteria.map((c) => [c.id, 'y']));
  const expected = type.criteria.filter((c) => c.severity === 'expected');
  const pick = (list, i) => list[i % list.length];
  if (grade === 'good') {
    if (k % 2 === 1) f[pick(expected, k).id] = 'na'; // a criterion that did not apply
  } else if (grade === 'requires_improvement') {
    f[pick(expected, k).id] = 'n';
    if (k % 3 === 2) f[pick(expected, k + 1).id] = 'n';
  } else if (referred) {
    const refer = type.criteria.filter((c) => c.refer);
    f[pick(refer, k).id] = 'n';
    f[pick(expected, k).id] = 'n';
  } else {
    const serious = type.criteria.filter((c) => c.severity === 'serious' && !c.refer);
    if (serious.length && k % 2 === 0) f[pick(serious, k).id] = 'n';
    else for (let i = 0; i < 3; i++) f[pick(expected, k + i).id] = 'n'; // widespread: 3 unmet
  }
  return f;
}

for (const group of ['both', 'only']) {
  for (const type of types) {
    const p = plan[type.id];
    ['good', 'requires_improvement', 'inadequate'].forEach((grade, g) => {
      for (let k = 0; k < p[group][g]; k++) {
        n++;
        const id = `G17-${String(n).padStart(3, '0')}`;
        // Referrals go to the inadequate cases, both-assessed first, as many as the type's share.
        const referred = grade === 'inadequate' && p.referred > 0;
        if (referred) p.referred--;
        const f = findings(type, grade, k, referred);
        const row = {
          case_id: id,
          case_type: type.id,
          self_grade: '',
          independent_grade: '',
          override_reason: '',
          referred_back: referred ? 'yes' : 'no',
          notes: '',
          ...f,
        };
        if (group === 'both') row.self_grade = selfRi.has(`${type.id}/${grade}/${k}`) ? 'requires improvement' : 'good';
        // Two deliberate departures from derived grades, to show how they are marked:
        if (type.id === 'police-protection' && grade === 'inadequate' && group === 'only' && !referred) {
          // an override: the findings give "requires improvement", the inspector recorded inadequate.
          for (const c of type.criteria) row[c.id] = 'y';
          row[type.criteria.find((c) => c.severity === 'expected').id] = 'n';
          row.independent_grade = 'inadequate';
          row.override_reason = 'Constructed example: delay across the whole case left the child at risk.';
        }
        if (type.id === 'domestic-abuse' && grade === 'requires_improvement' && group === 'only' && k === 5) {
          // a recorded grade without complete findings
          for (const c of type.criteria.slice(4)) row[c.id] = '';
          row.independent_grade = 'RI';
        }
        rows.push(row);
      }
    });
  }
}

// Two inadequate cases whose unmet criteria suggest referral but were not recorded as referred back.
for (const row of rows.filter((r) => r.referred_back === 'no' && ['general-concern', 'child-in-custody'].includes(r.case_type)).slice(-2)) {
  const type = types.find((t) => t.id === row.case_type);
  const refer = type.criteria.find((c) => c.refer);
  if (
    row.independent_grade === '' &&
    Object.values(row).includes('n') &&
    type.criteria.some((c) => row[c.id] === 'n' && c.severity === 'serious')
  ) {
    row[refer.id] = 'n';
  }
}

const cell = (v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csv = [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((r) => r.map(cell).join(',')).join('\n') + '\n';
writeFileSync('fixtures/gloucestershire-2017.csv', csv);

// The YAML twin: the same cases, with the force named.
const yamlCases = rows.map((r) => {
  const type = types.find((t) => t.id === r.case_type);
  const c = { id: r.case_id, type: r.case_type };
  if (r.self_grade) c.self_grade = r.self_grade;
  if (r.independent_grade) c.independent_grade = r.independent_grade;
  if (r.override_reason) c.override_reason = r.override_reason;
  c.findings = Object.fromEntries(
    type.criteria.filter((cr) => r[cr.id]).map((cr) => [cr.id, { y: 'met', n: 'not met', na: 'n/a' }[r[cr.id]]]),
  );
  c.referred_back = r.referred_back === 'yes';
  return c;
});
const yamlDoc = {
  force: 'Gloucestershire Constabulary',
  inspection: 'National Child Protection Inspection, February 2017 (constructed cases)',
  cases: yamlCases,
};
writeFileSync(
  'fixtures/gloucestershire-2017.yaml',
  `# Constructed to reproduce the published tables of the 2017 report; no real cases. Made by scripts/make-fixture-2017.mjs.\n${stringify(yamlDoc, { lineWidth: 0 })}`,
);
console.log(`${rows.length} cases written to fixtures/gloucestershire-2017.csv and .yaml`);
