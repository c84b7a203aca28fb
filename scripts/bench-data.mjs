// Seeded benchmark data: a criteria directory with 3 case types of 5 criteria each (15 criterion
// columns) and a register-sized CSV of cases for them. Same seed, same bytes.
import { mkdirSync, openSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

export const TYPES = [
  { id: 'section-47', alias: 's47', prefix: 'CPE', table: 3 },
  { id: 'domestic-abuse', alias: 'DA', prefix: 'DA', table: 4 },
  { id: 'missing-children', alias: 'mc', prefix: 'MC', table: 5 },
];
const CRITERIA_PER_TYPE = 5;
const WIDESPREAD = 3;

/** mulberry32: small, fast and good enough to make data; not for anything secret. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes the YAML criteria folder, and the same criteria as `<dir>.json` for the Python script; returns that path. */
export function writeCriteria(dir) {
  mkdirSync(dir, { recursive: true });
  const spec = { types: {} };
  writeFileSync(join(dir, 'programme.yaml'), 'name: Benchmark programme\ninspectorate: HMIC\n');
  for (const t of TYPES) {
    // The second criterion of each type is serious (and refers the case back when unmet).
    const severities = Array.from({ length: CRITERIA_PER_TYPE }, (_, k) => [`${t.prefix}${k + 1}`, k === 1 ? 'serious' : 'expected']);
    const criteria = severities
      .map(
        ([id, severity], k) =>
          `  - id: ${id}\n    text: Criterion ${k + 1} of ${t.id}\n    severity: ${severity}\n${severity === 'serious' ? '    refer: true\n' : ''}`,
      )
      .join('');
    writeFileSync(
      join(dir, `${t.id}.yaml`),
      `id: ${t.id}\ntitle: ${t.id}\naliases: [${t.alias}]\nreport:\n  table: ${t.table}\n  label: ${t.id}\n  caption: Cases of ${t.id}\ncriteria:\n${criteria}grading:\n  widespread: ${WIDESPREAD}\n`,
    );
    spec.types[t.id] = { aliases: [t.alias], widespread: WIDESPREAD, criteria: severities };
  }
  const json = `${dir}.json`;
  writeFileSync(json, `${JSON.stringify(spec, null, 2)}\n`);
  return json;
}

const NOTES = [
  'Strategy discussion held the same day',
  '"Joint visit" with social care, child seen alone',
  'Risk assessment, DASH, completed; MARAC referral made',
  'Return interview\nnot recorded on the system',
];
const SELF = ['good', 'Requires improvement', 'inadequate', 'good', 'good'];

function cell(text) {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The seeded cases, one at a time; `selfAlways`: every case has a self grade (the long-form comparison). */
function* caseRows(rows, seed, selfAlways = false) {
  const rand = random(seed);
  const width = TYPES.length * CRITERIA_PER_TYPE;
  for (let i = 1; i <= rows; i++) {
    const typeIndex = Math.floor(rand() * TYPES.length);
    const type = TYPES[typeIndex];
    const findings = new Array(width).fill('');
    for (let k = 0; k < CRITERIA_PER_TYPE; k++) {
      const r = rand();
      // About 1% of cases have a criterion left blank: they are ungraded.
      findings[typeIndex * CRITERIA_PER_TYPE + k] = r < 0.002 ? '' : r < 0.8 ? 'y' : r < 0.95 ? 'n' : 'na';
    }
    // The same draws as ever for the wide data: a self grade's pick is drawn only when there is one.
    const hasSelf = rand() < 0.4;
    const self = hasSelf || selfAlways ? SELF[Math.floor(rand() * SELF.length)] : '';
    // An independent grade given by hand is rare and always comes with a reason.
    const independent = rand() < 0.01 ? 'inadequate' : '';
    const reason = independent ? 'Agreed at moderation, see file' : '';
    const referred = rand() < 0.05 ? 'yes' : rand() < 0.5 ? 'no' : '';
    const notes = rand() < 0.2 ? NOTES[Math.floor(rand() * NOTES.length)] : '';
    const id = `GL${String(17 + (i % 5))}-${String(i).padStart(7, '0')}`;
    const typeName = rand() < 0.1 ? type.alias : type.id;
    yield { id, typeName, self, independent, reason, referred, notes, findings };
  }
}

const CRITERION_COLUMNS = TYPES.flatMap((t) => Array.from({ length: CRITERIA_PER_TYPE }, (_, k) => `${t.prefix}${k + 1}`));

/** Writes lines in 1 MB pieces; returns the file's size in bytes. */
function writeLines(file, header, lines) {
  const fd = openSync(file, 'w');
  let bytes = 0;
  let out = `${header.join(',')}\n`;
  for (const line of lines) {
    out += line;
    if (out.length > 1 << 20) {
      bytes += writeSync(fd, out);
      out = '';
    }
  }
  bytes += writeSync(fd, out);
  closeSync(fd);
  return bytes;
}

/**
 * Writes `rows` cases in the wide form (`referredBack`: every one referred back; `round`: a last
 * column naming the audit round); returns the file's size in bytes.
 */
export function writeCases(file, rows, seed = 2017, selfAlways = false, { referredBack = false, round } = {}) {
  const header = [
    'case_id',
    'case_type',
    'self_grade',
    'independent_grade',
    'override_reason',
    'referred_back',
    'notes',
    ...CRITERION_COLUMNS,
    ...(round === undefined ? [] : ['round']),
  ];
  const last = round === undefined ? '' : `,${round}`;
  function* lines() {
    for (const c of caseRows(rows, seed, selfAlways)) {
      yield `${c.id},${c.typeName},${c.self},${c.independent},${cell(c.reason)},${referredBack ? 'yes' : c.referred},${cell(c.notes)},${c.findings.join(',')}${last}\n`;
    }
  }
  return writeLines(file, header, lines());
}

/**
 * The same cases in the long form (an assessor column): per case a `self` row with the self grade
 * only and an `independent` row with the grade and findings, so 2 assessment rows a case.
 */
export function writeLongCases(file, rows, seed = 2017) {
  const header = [
    'case_id',
    'case_type',
    'assessor',
    'auditor',
    'grade',
    'override_reason',
    'referred_back',
    'notes',
    ...CRITERION_COLUMNS,
  ];
  const blank = ','.repeat(CRITERION_COLUMNS.length - 1);
  let i = 0;
  function* lines() {
    for (const c of caseRows(rows, seed, true)) {
      yield `${c.id},${c.typeName},self,A${(i++ % 7) + 1},${c.self},,,,${blank}\n`;
      yield `${c.id},${c.typeName},independent,,${c.independent},${cell(c.reason)},${c.referred},${cell(c.notes)},${c.findings.join(',')}\n`;
    }
  }
  return writeLines(file, header, lines());
}

/** The same cases as a YAML case file (`cases:` items with findings mappings); returns the file's size in bytes. */
export function writeYamlCases(file, rows, seed = 2017) {
  const spelling = { y: 'met', n: 'not met', na: 'na' };
  function* lines() {
    for (const c of caseRows(rows, seed)) {
      const findings = c.findings.flatMap((f, k) => (f ? [`${CRITERION_COLUMNS[k]}: ${spelling[f]}`] : []));
      const self = c.self ? `    self_grade: ${c.self}\n` : '';
      const notes = c.notes ? `    notes: ${JSON.stringify(c.notes)}\n` : '';
      yield `  - id: ${c.id}\n    type: ${c.typeName}\n${self}    findings: { ${findings.join(', ')} }\n${notes}`;
    }
  }
  return writeLines(file, ['force: Benchmark Constabulary\ncases:'], lines());
}
