// The bench's DuckDB part: the grading rule as one SQL query over the same CSV file, through
// @duckdb/node-api, the tool an analyst with a big file reaches for next. DuckDB is not a
// dependency of case-audit: it is installed on demand into a cache folder outside the package
// (npm install --no-save --prefix ...), so neither users nor CI's `npm ci` get it. Run as a script
// (`node scripts/bench-duckdb.mjs criteria.json cases.csv MODULE_DIR`), it prints the Python
// script's JSON: {"read", "ungraded", "counts": {grade: n}}.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Named once, and never in an import: it is not a dependency of the package (knip, `npm ci`). */
const PACKAGE = '@duckdb/node-api';
const VERSION = '1.5.6-r.1';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = process.env.XDG_CACHE_HOME
  ? join(process.env.XDG_CACHE_HOME, 'case-audit-bench-duckdb')
  : join(ROOT, 'node_modules/.cache/bench-duckdb');

/** The folder DuckDB is installed in (installed now if need be), or why it cannot be. */
export function duckdbInstall() {
  const installed = join(CACHE, 'node_modules', PACKAGE, 'package.json');
  if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === VERSION) return { dir: CACHE };
  const npm = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CACHE, `${PACKAGE}@${VERSION}`], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (npm.status === 0 && existsSync(installed)) return { dir: CACHE };
  const why = (npm.stderr || npm.error?.message || '').split('\n').find((l) => /ERR|error/i.test(l)) ?? `exit ${npm.status}`;
  return { why: `${PACKAGE}@${VERSION} could not be installed into ${CACHE} (${why.trim()}); is the npm registry reachable?` };
}

const GRADES = ['good', 'requires_improvement', 'inadequate'];
const MET = ['y', 'yes', 'met', 'true', '1'];
const UNMET = ['n', 'no', 'not met', 'unmet', 'false', '0'];
const NA = ['na', 'n/a'];
const RECORDED = {
  good: 'good',
  g: 'good',
  'requires improvement': 'requires_improvement',
  ri: 'requires_improvement',
  'requiring improvement': 'requires_improvement',
  requires_improvement: 'requires_improvement',
  inadequate: 'inadequate',
  i: 'inadequate',
};

const lit = (s) => `'${s.replaceAll("'", "''")}'`;
const list = (xs) => `(${xs.map(lit).join(', ')})`;
const ident = (s) => `"${s.replaceAll('"', '""')}"`;
/** As case-audit reads a cell: trimmed, lower case, inner runs of spaces as one (blank for a missing cell). */
const key = (column) => `lower(regexp_replace(trim(coalesce(${ident(column)}, '')), '\\s+', ' ', 'g'))`;

/** The grading rule of scripts/bench-python.py, as SQL. */
export function gradingSql(spec, file) {
  const perType = [];
  const columns = new Set();
  for (const [id, t] of Object.entries(spec.types)) {
    const names = [id, ...t.aliases].map((n) => n.toLowerCase());
    const cells = t.criteria.map(([c, severity]) => {
      columns.add(c);
      return { c: `k_${c}`, serious: severity === 'serious' };
    });
    const applicable = cells.map(({ c }) => `(${c} NOT IN ${list(NA)})::INT`).join(' + ');
    const unmet = cells.map(({ c }) => `(${c} IN ${list(UNMET)})::INT`).join(' + ');
    const missing = cells.map(({ c }) => `(${c} NOT IN ${list([...NA, ...UNMET, ...MET])})::INT`).join(' + ');
    const serious =
      cells
        .filter((x) => x.serious)
        .map(({ c }) => `${c} IN ${list(UNMET)}`)
        .join(' OR ') || 'false';
    perType.push(
      `WHEN ty IN ${list(names)} THEN CASE WHEN (${missing}) = 0 AND (${applicable}) > 0 THEN CASE WHEN (${serious}) OR (${unmet}) >= ${t.widespread} THEN 'inadequate' WHEN (${unmet}) > 0 THEN 'requires_improvement' ELSE 'good' END END`,
    );
  }
  const recorded = `CASE ind ${Object.entries(RECORDED)
    .map(([k, g]) => `WHEN ${lit(k)} THEN ${lit(g)}`)
    .join(' ')} END`;
  const keys = [...columns].map((c) => `${key(c)} AS k_${c}`).join(', ');
  return `WITH cells AS (
  SELECT lower(trim(case_type)) AS ty, ${key('independent_grade')} AS ind, ${keys}
  FROM read_csv(${lit(file)}, header = true, all_varchar = true, quote = '"', escape = '"')
), graded AS (
  SELECT coalesce(${recorded}, CASE ${perType.join(' ')} END) AS grade FROM cells
)
SELECT count(*)::BIGINT AS read, count(*) FILTER (WHERE grade IS NULL)::BIGINT AS ungraded,
  ${GRADES.map((g) => `count(*) FILTER (WHERE grade = ${lit(g)})::BIGINT AS ${g}`).join(', ')}
FROM graded`;
}

async function main([criteriaFile, casesFile, dir]) {
  const require = createRequire(join(dir, 'package.json'));
  const { DuckDBInstance } = await import(pathToFileURL(require.resolve(PACKAGE)).href);
  const spec = JSON.parse(readFileSync(criteriaFile, 'utf8'));
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const reader = await connection.runAndReadAll(gradingSql(spec, casesFile));
  const [row] = reader.getRowObjects();
  const counts = Object.fromEntries(GRADES.map((g) => [g, Number(row[g])]));
  console.log(JSON.stringify({ read: Number(row.read), ungraded: Number(row.ungraded), counts }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
