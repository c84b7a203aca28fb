// The workbook reader against the CSV reader on the same cases: the bench's seeded cases written
// as CSV and as an .xlsx (exceljs's streaming writer with shared strings, as Excel stores text),
// then `report --format json` on each, alternately, with wall time, CPU time and peak RSS.
//   npm run build && node scripts/bench-xlsx-read.mjs [--rows 1000000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { writeCases, writeCriteria } from './bench-data.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const ROWS = arg('--rows', 1_000_000);
const RUNS = arg('--runs', 3);
const CLI = fileURLToPath(new URL('../bin/case-audit.js', import.meta.url));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
if (!TIME) throw new Error('this bench reads peak RSS and CPU time from /usr/bin/time');

const dir = mkdtempSync(join(tmpdir(), 'bench-xlsx-'));
try {
  const criteria = join(dir, 'criteria');
  writeCriteria(criteria);
  const csv = join(dir, 'cases.csv');
  writeCases(csv, ROWS);
  const xlsx = join(dir, 'cases.xlsx');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
  const sheet = book.addWorksheet('Cases');
  for await (const record of createReadStream(csv).pipe(parse())) sheet.addRow(record.map((v) => (v === '' ? null : v))).commit();
  sheet.commit();
  await book.commit();

  const runs = { csv: [], 'csv --threads 1': [], xlsx: [] };
  const command = { csv: [csv], 'csv --threads 1': ['--threads', '1', csv], xlsx: [xlsx] };
  for (let i = 0; i < RUNS; i++) {
    for (const [name, args] of Object.entries(command)) {
      const started = performance.now();
      const r = spawnSync(
        TIME,
        ['-f', 'rss=%M cpu=%U+%S', process.execPath, CLI, 'report', '--format', 'json', '--quiet', '--criteria', criteria, ...args],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      const ms = performance.now() - started;
      const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(r.stderr);
      const rss = /rss=(\d+)/.exec(r.stderr);
      if (r.status !== 0 || !cpu || !rss) throw new Error(`${name}: exit ${r.status}: ${r.stderr.slice(-400)}`);
      runs[name].push({ s: ms / 1000, cpu: Number(cpu[1]) + Number(cpu[2]), mb: Number(rss[1]) / 1024 });
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const mb = (f) => `${Math.round(statSync(f).size / 1e6)} MB`;
  console.log(
    `report --format json, ${ROWS.toLocaleString('en-GB')} cases, ${RUNS} alternate runs each, medians; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`files: CSV ${mb(csv)}, XLSX ${mb(xlsx)}\n`);
  console.log('| input | wall | CPU (user + system) | peak RSS |\n| --- | ---: | ---: | ---: |');
  const m = {};
  for (const [name, list] of Object.entries(runs)) {
    m[name] = { s: median(list.map((r) => r.s)), cpu: median(list.map((r) => r.cpu)), mb: median(list.map((r) => r.mb)) };
    console.log(`| ${name} | ${m[name].s.toFixed(2)} s | ${m[name].cpu.toFixed(2)} s | ${Math.round(m[name].mb)} MB |`);
  }
  const one = m['csv --threads 1'];
  console.log(`\nXLSX / CSV on one thread: wall ${(m.xlsx.s / one.s).toFixed(2)}, CPU ${(m.xlsx.cpu / one.cpu).toFixed(2)}`);
  console.log(`XLSX / CSV (default threads): wall ${(m.xlsx.s / m.csv.s).toFixed(2)}`);
  console.log(`XLSX wall ${m.xlsx.s.toFixed(1)} s (target < 15 s), peak RSS ${Math.round(m.xlsx.mb)} MB (target < 300 MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
