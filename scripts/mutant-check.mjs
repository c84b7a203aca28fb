// Re-checks Stryker's survivors one by one: each surviving mutant of a file is written into the
// source exactly as Stryker made it, the named test files are run, and the file is put back.
// For "hybrid static" mutants (code run at import, such as a module-level table, and also reached
// by some test): Stryker's vitest runner tries them only against the tests it saw reach them, not
// against a test file that imported the module before its first test (docs/mutation.md).
// Run it on the source the report was made from (a clean checkout of that commit).
//
//   node scripts/mutant-check.mjs --file src/domain/findings.ts --test test/domain/spellings.test.ts [--lines 5-19]
//     [--report reports/mutation/mutation.json]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    report: { type: 'string', default: 'reports/mutation/mutation.json' },
    file: { type: 'string' },
    test: { type: 'string', multiple: true },
    lines: { type: 'string' },
  },
});
if (!values.file || !values.test) {
  console.error('usage: node scripts/mutant-check.mjs --file src/x.ts --test test/x.test.ts [--lines FROM-TO] [--report PATH]');
  process.exit(2);
}
const [from, to] = values.lines ? values.lines.split('-').map(Number) : [1, Infinity];
const report = JSON.parse(readFileSync(values.report, 'utf8'));
const path = resolve(values.file);
const entry = Object.entries(report.files).find(([name]) => resolve(name) === path);
if (!entry) {
  console.error(`${values.file} is not in ${values.report}`);
  process.exit(2);
}
const original = readFileSync(path, 'utf8');
const rows = original.split('\n');
/** Stryker's positions: 1-based lines, 1-based columns. */
const offset = (p) => rows.slice(0, p.line - 1).reduce((n, row) => n + row.length + 1, 0) + p.column - 1;
let survived = 0;
try {
  for (const m of entry[1].mutants) {
    const { start, end } = m.location;
    if (m.status !== 'Survived' || start.line < from || start.line > to) continue;
    writeFileSync(path, original.slice(0, offset(start)) + m.replacement + original.slice(offset(end)));
    const run = spawnSync('npx', ['vitest', 'run', ...values.test], { encoding: 'utf8' });
    const verdict = run.status === 0 ? 'SURVIVES' : 'killed';
    if (run.status === 0) survived++;
    console.log(
      `${values.file}:${start.line}:${start.column} ${m.mutatorName} ${JSON.stringify(m.replacement).slice(0, 60)} -> ${verdict}`,
    );
  }
} finally {
  writeFileSync(path, original);
}
process.exitCode = survived === 0 ? 0 : 1;
