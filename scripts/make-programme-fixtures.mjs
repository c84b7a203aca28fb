// Builds two CONSTRUCTED example programmes (invented cases, no real child, case, council or force):
//   fixtures/childrens-services/: a local authority's monthly case file audit on Ofsted's four
//     points, findings met / partly met / not met / n/a, three areas, long form (the service's
//     auditors as `self`, the quality assurance team as `independent`, a moderator), two rounds;
//   fixtures/inspection-2025/: the 2025 inspection's five areas on the five-point scale, wide form.
// Every finding and every recorded grade is written out by hand in the plans below; the README in
// each folder works the figures out from those plans. The seeded generator only picks, per cell,
// which of the programme's accepted spellings a case file uses (`Y`, `met`, `Partly`...), so the
// files exercise the `accept` lists. Self grades are the grades the plan's findings give by hand:
// a wrong one would show as an override without a reason (a rejected row).
// Deterministic; rerun: node scripts/make-programme-fixtures.mjs [--out DIR] (default fixtures/)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHILDRENS_SERVICES, INSPECTION_2025 } from './programme-fixture-texts.mjs';

const outArg = process.argv.indexOf('--out');
const OUT = outArg === -1 ? 'fixtures' : process.argv[outArg + 1];

// Park and Miller's minimal standard generator (multiplier 48271): enough to vary spellings.
let state = 25;
const rand = () => (state = (state * 48271) % 2147483647) / 2147483647;
const pick = (list) => list[Math.floor(rand() * list.length)];

/** One of the spellings a programme accepts for a finding kind or a grade, now and then capitalised. */
function spell(spellings) {
  const word = pick(spellings);
  return rand() < 0.3 ? word[0].toUpperCase() + word.slice(1) : word;
}

/** "CIN4:p CIN5:n" -> { CIN4: 'partly', CIN5: 'unmet' }; every other criterion of the type is met. */
const KINDS = { p: 'partly', n: 'unmet', na: 'na', '-': 'blank' };
function findings(type, exceptions) {
  const out = Object.fromEntries(type.criteria.map((id) => [id, 'met']));
  for (const item of exceptions.split(' ').filter(Boolean)) {
    const [id, code] = item.split(':');
    if (!(id in out) || !(code in KINDS)) throw new Error(`plan: ${item} is not a finding of ${type.id}`);
    out[id] = KINDS[code];
  }
  return out;
}

const cell = (v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csv = (header, rows) =>
  [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((r) => r.map(cell).join(',')).join('\n') + '\n';

/** The cells of one assessment's findings, each spelt as the programme allows. */
function findingCells(p, type, exceptions) {
  const f = findings(type, exceptions);
  return Object.fromEntries(Object.entries(f).map(([id, kind]) => [id, kind === 'blank' ? '' : spell(p.findings[kind])]));
}

function write(folder, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(OUT, folder, name, '..'), { recursive: true });
    writeFileSync(join(OUT, folder, name), text);
  }
}

// ---- the children's services audit: long form, one file per round ---------------------------
{
  const p = CHILDRENS_SERVICES;
  const types = Object.fromEntries(p.types.map((t) => [t.id, t]));
  const header = ['case_id', 'case_type', 'round', 'assessor', 'auditor', 'grade', 'referred_back', ...p.types.flatMap((t) => t.criteria)];
  const files = { ...p.criteriaFiles };
  for (const { round, file, cases } of p.rounds) {
    const rows = [];
    for (const [id, typeId, auditor, selfGrade, self, independent, moderator] of cases) {
      const type = types[typeId];
      const base = { case_id: id, case_type: typeId, round, referred_back: 'no' };
      rows.push({ ...base, assessor: 'self', auditor, grade: spell(p.gradeSpellings[selfGrade]), ...findingCells(p, type, self) });
      rows.push({ ...base, assessor: 'independent', auditor: 'QA1', ...findingCells(p, type, independent) });
      if (moderator !== undefined) rows.push({ ...base, assessor: 'moderator', auditor: 'M1', ...findingCells(p, type, moderator) });
    }
    files[file] = csv(header, rows);
  }
  write('childrens-services', files);
}

// ---- the 2025 inspection: wide form, one file ------------------------------------------------
{
  const p = INSPECTION_2025;
  const types = Object.fromEntries(p.types.map((t) => [t.id, t]));
  const header = [
    'case_id',
    'case_type',
    'self_grade',
    'independent_grade',
    'override_reason',
    'referred_back',
    ...p.types.flatMap((t) => t.criteria),
  ];
  const rows = p.cases.map(([id, typeId, selfGrade, independent, recorded, referred]) => ({
    case_id: id,
    case_type: typeId,
    self_grade: selfGrade ? spell(p.gradeSpellings[selfGrade]) : '',
    independent_grade: recorded ? recorded.grade : '',
    override_reason: recorded ? recorded.reason : '',
    referred_back: referred ? 'yes' : 'no',
    ...findingCells(p, types[typeId], independent),
  }));
  write('inspection-2025', { ...p.criteriaFiles, 'cases.csv': csv(header, rows) });
}
console.log(`wrote ${OUT}/childrens-services and ${OUT}/inspection-2025`);
