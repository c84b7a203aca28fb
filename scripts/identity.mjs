// Runs two builds of case-audit side by side over every fixture, command, format and option the
// tests use, and counts the runs whose stdout, stderr, exit code or --output file differ. For
// changes that must not change any output (a redesign, a faster path): 0 differences is the bar.
//
//   node scripts/identity.mjs --old ../old-checkout [--new .] [--only PATTERN] [--show N]
//
// Both checkouts must be built (`npm run build`). Each run happens with the checkout as its working
// folder, on the same relative paths, so messages naming files read the same. Workbooks (xlsx
// outputs) are compared by the XML of their sheets and shared strings (the zip's timestamps and
// document properties differ on every write).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const OLD = opt('--old');
const NEW = resolve(opt('--new', '.'));
const ONLY = opt('--only');
const SHOW = Number(opt('--show', 10));
if (!OLD) {
  console.error('usage: node scripts/identity.mjs --old DIR [--new DIR] [--only PATTERN] [--show N]');
  process.exit(2);
}
for (const dir of [OLD, NEW]) {
  if (!existsSync(join(dir, 'dist/src/main.js')) && !existsSync(join(dir, 'dist/main.js'))) {
    console.error(`${dir}: not built (run npm run build there)`);
    process.exit(2);
  }
}

const OUT = mkdtempSync(join(tmpdir(), 'identity-'));
const out = (name) => join(OUT, name);

// ---- the runs -------------------------------------------------------------------------------
const G17 = 'fixtures/gloucestershire-2017.csv';
const G17Y = 'fixtures/gloucestershire-2017.yaml';
const QA = ['-c', 'fixtures/qa-round/criteria'];
const QAC = 'fixtures/qa-round/cases.csv';
const QAM = 'fixtures/qa-round/moderation.csv';
const ROUNDS = ['fixtures/rounds/2025-q1.yaml', 'fixtures/rounds/2025-q2.yaml', 'fixtures/rounds/2025-q3.yaml'];
const LONG = 'fixtures/rounds/all-rounds-long.csv';
const TEXT = ['table', 'markdown', 'csv', 'json'];
const ALL = [...TEXT, 'html'];
const bad = readdirSync(join(NEW, 'fixtures/bad')).map((f) => `fixtures/bad/${f}`);
const badCriteria = readdirSync(join(NEW, 'fixtures/criteria-bad')).map((d) => `fixtures/criteria-bad/${d}`);
const privacy = readdirSync(join(NEW, 'fixtures/privacy')).map((f) => `fixtures/privacy/${f}`);
const types = readdirSync(join(NEW, 'criteria'))
  .filter((f) => f.endsWith('.yaml') && f !== 'programme.yaml')
  .map((f) => f.replace(/\.yaml$/, ''));

/** A run: its arguments, optional stdin file, and an --output file name to compare. */
const runs = [];
const add = (argv, extra = {}) => runs.push({ argv, ...extra });
const withOut = (argv, name) => add([...argv, '-o', out(name)], { file: name });

for (const cmd of ['score', 'report', 'compare', 'trend', 'validate', 'sample', 'template', 'criteria']) add([cmd, '--help']);
add(['--help']);
add([]);
add(['scor', G17]);
add(['report', '--format', 'nope', G17]);
add(['report']);

for (const input of [G17, G17Y, [G17, '--threads', '1'], [G17Y, '--quiet'], [G17, '--strict']]) {
  const files = [input].flat();
  for (const f of ALL) {
    add(['report', '-f', f, ...files]);
    add(['compare', '-f', f, ...files]);
  }
  for (const f of TEXT) add(['score', '-f', f, ...files]);
}
for (const f of ALL) {
  add(['report', '-f', f, '--themes', '1', G17]);
  add(['report', '-f', f, '--force-name', 'Testshire Police', '--inspectorate', 'QA team', G17]);
  add(['compare', '-f', f, '--weights', 'quadratic', G17]);
  add(['report', '-f', f, ...QA, QAC]);
  add(['report', '-f', f, ...QA, '--by', 'auditor', QAC]);
  add(['compare', '-f', f, ...QA, QAC]);
  add(['compare', '-f', f, ...QA, '--between', 'self,independent', '--by', 'auditor', QAC]);
  add(['compare', '-f', f, ...QA, '--between', 'moderator,self', QAC, QAM]);
  add(['compare', '-f', f, ...QA, '--between', 'independent,moderator', '--by', 'auditor', QAC, QAM]);
  add(['trend', '-f', f, ...ROUNDS]);
  add(['trend', '-f', f, '--role', 'self', ...ROUNDS]);
  add(['trend', '-f', f, '--between', 'self,independent', ...ROUNDS]);
  add(['trend', '-f', f, '--order', '2025-Q3 dip sample,2025-Q1 dip sample,2025-Q2 dip sample', ...ROUNDS]);
  add(['trend', '-f', f, LONG]);
  add(['report', '-f', f, LONG]);
  add(['report', '-f', f, ...ROUNDS]);
  add(['compare', '-f', f, LONG]);
}
for (const f of TEXT) {
  add(['score', '-f', f, ...QA, QAC]);
  add(['score', '-f', f, ...QA, QAC, QAM]);
  add(['score', '-f', f, LONG]);
  add(['score', '-f', f, ...ROUNDS]);
  add(['score', '-f', f, '--columns', 'auditor', ...QA, QAC]);
  add(['validate', '-f', f, G17, G17Y]);
  add(['validate', '-f', f, ...bad]);
  add(['criteria', 'list', '-f', f]);
  add(['criteria', 'list', '-f', f, 'fixtures/criteria-foreign']);
  add(['criteria', 'list', '-f', f, 'fixtures/qa-round/criteria']);
}
add(['score', '-f', 'table', '--columns', 'auditor', LONG]);
add(['criteria', 'schema']);
for (const f of ['text', 'json', 'github']) {
  add(['criteria', 'validate', '-f', f]);
  add(['criteria', 'validate', '-f', f, 'fixtures/criteria-foreign']);
  for (const d of badCriteria) add(['criteria', 'validate', '-f', f, d]);
}
add(['criteria', 'validate', '--verbose', 'fixtures/criteria-foreign']);
for (const file of [...bad, ...privacy]) {
  add(['score', '-f', 'csv', file]);
  add(['report', '-f', 'json', file]);
  add(['validate', file]);
}
add(['report', '-f', 'json', ...bad]);
add(['score', '-f', 'json', '--max-errors', '1', ...bad]);
add(['report', '-', '--force-name', 'Stdin Police'], { stdin: G17 });
add(['score', '-f', 'csv', '-'], { stdin: G17 });
add(['compare', '-f', 'json', G17, G17Y]);
for (const t of types) for (const f of ['csv', 'yaml']) add(['template', '-f', f, t]);
add(['template', 'da']);
add(['template', 'nonsense']);
for (const f of ['csv', 'yaml', 'json', 'table', 'markdown']) {
  add(['sample', '-f', f, '--size', '12', '--seed', '42', G17]);
  add(['sample', '-f', f, '--quota', 'domestic-abuse=3', '--quota', 'section-47=2', '--seed', '7', G17]);
}
add(['sample', '--size', '20', '--min-per-type', '2', '--seed', '3', G17]);
add(['sample', '--size', '10', '--seed', '9', '--exclude', G17Y, G17]);
add(['sample', ...QA, '--second-marker', 'moderator', '--rate', '10%', '--seed', '7', QAC]);
add(['sample', ...QA, '--second-marker', 'moderator', '--rate', '20%', '--focus', 'good', '--seed', '7', QAC]);
add(['sample', ...QA, '--second-marker', 'moderator', '--first-marker', 'independent', '--rate', '10%', '--seed', '1', QAC]);

// Files written with --output: every format that can go to a file, xlsx included.
for (const f of [...ALL, 'xlsx']) {
  withOut(['report', '-f', f, G17], `report.${f}`);
  withOut(['compare', '-f', f, ...QA, '--between', 'self,independent', '--by', 'auditor', QAC], `compare.${f}`);
  withOut(['trend', '-f', f, '--between', 'self,independent', ...ROUNDS], `trend.${f}`);
}
for (const f of [...TEXT, 'xlsx']) withOut(['score', '-f', f, G17], `score.${f}`);
withOut(['sample', '--form-format', 'xlsx', '--size', '12', '--seed', '42', G17], 'sample-form.xlsx');
withOut(['template', '-f', 'xlsx', 'domestic-abuse'], 'template.xlsx');

// The constructed programmes of issue 25 (a four-point and a five-point scale), where both
// checkouts hold them: a build from before them cannot read them, so they are left out there.
const PROGRAMMES = ['childrens-services', 'inspection-2025'];
if (PROGRAMMES.every((d) => existsSync(join(OLD, 'fixtures', d)) && existsSync(join(NEW, 'fixtures', d)))) {
  const CS = ['-c', 'fixtures/childrens-services/criteria'];
  const [OCT, NOV] = ['fixtures/childrens-services/2026-10.csv', 'fixtures/childrens-services/2026-11.csv'];
  const IN = ['-c', 'fixtures/inspection-2025/criteria', '--force-name', 'Testshire Constabulary'];
  const INC = 'fixtures/inspection-2025/cases.csv';
  for (const f of ALL) {
    add(['report', '-f', f, ...CS, OCT]);
    add(['report', '-f', f, ...CS, NOV]);
    add(['compare', '-f', f, ...CS, OCT]);
    add(['compare', '-f', f, ...CS, '--between', 'self,moderator', NOV]);
    add(['compare', '-f', f, ...CS, '--between', 'self,independent', '--by', 'auditor', OCT]);
    add(['trend', '-f', f, ...CS, OCT, NOV]);
    add(['trend', '-f', f, ...CS, '--between', 'self,independent', OCT, NOV]);
    add(['report', '-f', f, ...IN, INC]);
    add(['compare', '-f', f, ...IN, INC]);
  }
  for (const f of TEXT) {
    add(['score', '-f', f, ...CS, OCT, NOV]);
    add(['score', '-f', f, ...IN, INC]);
    for (const d of PROGRAMMES) add(['criteria', 'list', '-f', f, `fixtures/${d}/criteria`]);
  }
  for (const f of ['table', 'json']) add(['validate', '-f', f, ...CS, OCT, NOV]);
  for (const f of ['text', 'json', 'github']) for (const d of PROGRAMMES) add(['criteria', 'validate', '-f', f, `fixtures/${d}/criteria`]);
  for (const f of ['csv', 'yaml']) {
    add(['template', '-f', f, ...CS, 'child-protection']);
    add(['template', '-f', f, ...IN, 'missing-children']);
  }
  add(['sample', ...CS, '--second-marker', 'moderator', '--rate', '25%', '--focus', 'requires_improvement', '--seed', '7', OCT]);
  add(['sample', ...IN, '--size', '6', '--seed', '3', INC]);
  for (const f of [...ALL, 'xlsx']) {
    withOut(['report', '-f', f, ...CS, OCT], `cs-report.${f}`);
    withOut(['trend', '-f', f, ...CS, OCT, NOV], `cs-trend.${f}`);
    withOut(['compare', '-f', f, ...IN, INC], `in-compare.${f}`);
  }
  withOut(['template', '-f', 'xlsx', ...CS, 'child-in-care'], 'cs-template.xlsx');
}

// ---- running them --------------------------------------------------------------------------
function entrypoint(dir) {
  return join(dir, 'bin/case-audit.js');
}

/** The xml parts of a workbook that hold what a user sees (docProps hold write times). */
function workbookParts(bytes) {
  const parts = [];
  let p = 0;
  while (p + 30 <= bytes.length && bytes.readUInt32LE(p) === 0x04034b50) {
    const method = bytes.readUInt16LE(p + 8);
    let size = bytes.readUInt32LE(p + 18);
    const nameLen = bytes.readUInt16LE(p + 26);
    const extraLen = bytes.readUInt16LE(p + 28);
    const name = bytes.toString('utf8', p + 30, p + 30 + nameLen);
    const start = p + 30 + nameLen + extraLen;
    const flags = bytes.readUInt16LE(p + 6);
    if (flags & 8) {
      // Sizes follow the data (a streamed zip): find the data descriptor by its signature.
      let q = start;
      while (q + 4 <= bytes.length && bytes.readUInt32LE(q) !== 0x08074b50) q++;
      size = q - start;
      const data = bytes.subarray(start, q);
      if (name.startsWith('xl/')) parts.push(`${name}\n${method === 8 ? inflateRawSync(data).toString() : data.toString()}`);
      p = q + 16;
      continue;
    }
    const data = bytes.subarray(start, start + size);
    if (name.startsWith('xl/')) parts.push(`${name}\n${method === 8 ? inflateRawSync(data).toString() : data.toString()}`);
    p = start + size;
  }
  return parts.sort().join('\n');
}

function once(dir, run) {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const r = spawnSync(process.execPath, [entrypoint(dir), ...run.argv], {
    cwd: dir,
    input: run.stdin ? readFileSync(join(dir, run.stdin)) : undefined,
    env: { ...process.env, NO_COLOR: '1', TZ: 'UTC', COLUMNS: '100' },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  let file = '';
  if (run.file) {
    const path = out(run.file);
    if (existsSync(path) && statSync(path).isFile()) {
      const bytes = readFileSync(path);
      file = run.file.endsWith('.xlsx') ? workbookParts(bytes) : bytes.toString('utf8');
    } else file = '(no file)';
  }
  // The temporary folder's name differs between calls: messages naming it are made alike.
  const same = (s) => (s ?? '').split(OUT).join('$OUT');
  return { code: r.status, stdout: same(r.stdout), stderr: same(r.stderr), file: same(file) };
}

const selected = ONLY ? runs.filter((r) => r.argv.join(' ').includes(ONLY)) : runs;
let differ = 0;
const shown = [];
for (const run of selected) {
  const a = once(OLD, run);
  const b = once(NEW, run);
  const parts = ['code', 'stdout', 'stderr', 'file'].filter((k) => a[k] !== b[k]);
  if (parts.length === 0) continue;
  differ++;
  if (shown.length < SHOW) {
    const first = parts[0];
    const la = String(a[first]).split('\n');
    const lb = String(b[first]).split('\n');
    let i = 0;
    while (i < la.length && la[i] === lb[i]) i++;
    shown.push(
      `- case-audit ${run.argv.join(' ')}\n  differs in ${parts.join(', ')}; ${first} line ${i + 1}:\n    old: ${la[i]?.slice(0, 200)}\n    new: ${lb[i]?.slice(0, 200)}`,
    );
  }
}
rmSync(OUT, { recursive: true, force: true });
console.log(`${selected.length} runs, ${differ} differ (stdout, stderr, exit code and --output file compared)`);
if (shown.length) console.log(shown.join('\n'));
process.exit(differ === 0 ? 0 : 1);
