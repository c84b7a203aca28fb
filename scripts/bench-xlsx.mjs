// The workbook and large-YAML parts of `npm run bench` (issue 30 item 3 and 4), each against the
// same run's CSV as its baseline:
// - read: the bench's seeded cases as CSV and as an .xlsx (exceljs's streaming writer with shared
//   strings, as Excel stores text), `report --format json` on each, alternately;
// - write: `score -o x.xlsx` and `report -o x.xlsx` of N cases, every one referred back (so report's
//   Referrals sheet is as long as score's Cases sheet), each against the same command's CSV export;
// - YAML: the same cases as a YAML case file, read case by case, against the CSV.
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { writeCases, writeYamlCases } from './bench-data.mjs';
import { median, mb, sec, check } from './bench-units.mjs';

/** The CSV's records as a workbook's one sheet, written row by row. */
async function csvToXlsx(csv, xlsx) {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
  const sheet = book.addWorksheet('Cases');
  for await (const record of createReadStream(csv).pipe(parse())) sheet.addRow(record.map((v) => (v === '' ? null : v))).commit();
  sheet.commit();
  await book.commit();
}

/** One command's runs, checked: exit 0 and (with `read`) the cases read. */
async function runs(measure, args, n, read) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = await measure(args, { discard: read === undefined });
    if (r.code !== 0) throw new Error(`${args.slice(1).join(' ')}: exit ${r.code}: ${r.stderr.slice(-400)}`);
    if (read !== undefined && JSON.parse(r.stdout).totals.read !== read)
      throw new Error(`${args.join(' ')}: read ${JSON.parse(r.stdout).totals.read} of ${read}`);
    out.push(r);
  }
  return out;
}

const row = (label, rs, bytes) =>
  console.log(
    `| ${label} | ${bytes === undefined ? '' : `${mb(bytes)} | `}${sec(median(rs.map((r) => r.ms)))} | ${rs[0].cpu === undefined ? 'n/a' : `${median(rs.map((r) => r.cpu)).toFixed(2)} s`} | ${mb(Math.max(...rs.map((r) => r.rss)))} |`,
  );

/** Reading: report on the CSV (one thread, as the workbook is read) and on the same cases as a workbook. */
export async function xlsxRead({ cli, dir, criteria, rows, runs: n, measure }) {
  const csv = join(dir, `xlsx-read-${rows}.csv`);
  const xlsx = join(dir, `xlsx-read-${rows}.xlsx`);
  writeCases(csv, rows);
  await csvToXlsx(csv, xlsx);
  const base = ['report', '--format', 'json', '--quiet', '--criteria', criteria];
  const c = [];
  const x = [];
  for (let i = 0; i < n; i++) {
    c.push(...(await runs(measure, [cli, ...base, '--threads', '1', csv], 1, rows)));
    x.push(...(await runs(measure, [cli, ...base, xlsx], 1, rows)));
  }
  console.log(
    `case-audit report --format json on ${rows.toLocaleString('en-GB')} cases, CSV and the same cases as a workbook, ${n} alternate runs, medians\n`,
  );
  console.log('| input | file | wall | CPU | peak RSS |\n| --- | ---: | ---: | ---: | ---: |');
  row('csv --threads 1', c, statSync(csv).size);
  row('xlsx', x, statSync(xlsx).size);
  const wall = median(x.map((r) => r.ms));
  const rss = Math.max(...x.map((r) => r.rss));
  console.log(`\nxlsx / csv on one thread: wall ${median(x.map((r, i) => r.ms / c[i].ms)).toFixed(2)}`);
  console.log(
    `xlsx read: ${sec(wall)} (target < 15 s) ${check(wall < 15_000)}, peak RSS ${mb(rss)} (target < 300 MB) ${check(rss < 300 * 2 ** 20)}\n`,
  );
}

/** Writing: score and report to .xlsx, each against its own CSV export, on cases every one referred back. */
export async function xlsxWrite({ cli, dir, criteria, rows, measure }) {
  const cases = join(dir, `xlsx-write-${rows}.csv`);
  writeCases(cases, rows, 2017, false, { referredBack: true });
  console.log(`case-audit score and report -o FILE on ${rows.toLocaleString('en-GB')} cases, every one referred back, one run each\n`);
  console.log('| command | output | wall | CPU | peak RSS | output size |\n| --- | --- | ---: | ---: | ---: | ---: |');
  let worst = 0;
  for (const command of ['score', 'report']) {
    for (const format of ['csv', 'xlsx']) {
      const output = join(dir, `${command}-${rows}.${format}`);
      const [r] = await runs(measure, [cli, command, '--quiet', '--criteria', criteria, cases, '-o', output], 1);
      if (format === 'xlsx') worst = Math.max(worst, r.rss);
      console.log(
        `| ${command} | ${format} | ${sec(r.ms)} | ${r.cpu === undefined ? 'n/a' : `${r.cpu.toFixed(2)} s`} | ${mb(r.rss)} | ${mb(statSync(output).size)} |`,
      );
    }
  }
  console.log(`\nxlsx write peak RSS: ${mb(worst)} (target < 400 MB) ${check(worst < 400 * 2 ** 20)}\n`);
}

/** YAML case files of each size (the cases' ids, types, self grades, findings and notes), read case by case, against the same cases as CSV. */
export async function yamlSizes({ cli, dir, criteria, sizes, measure }) {
  console.log('case-audit report --format json on YAML case files and the same cases as CSV (--threads 1), one run each\n');
  console.log('| cases | input | file | wall | CPU | peak RSS |\n| ---: | --- | ---: | ---: | ---: | ---: |');
  let last;
  for (const rows of sizes) {
    const yaml = join(dir, `cases-${rows}.yaml`);
    const csv = join(dir, `yaml-${rows}.csv`);
    const yamlBytes = writeYamlCases(yaml, rows);
    const csvBytes = writeCases(csv, rows);
    const base = ['report', '--format', 'json', '--quiet', '--criteria', criteria];
    const [c] = await runs(measure, [cli, ...base, '--threads', '1', csv], 1, rows);
    const [y] = await runs(measure, [cli, ...base, yaml], 1, rows);
    console.log(
      `| ${rows.toLocaleString('en-GB')} | csv | ${mb(csvBytes)} | ${sec(c.ms)} | ${c.cpu?.toFixed(2) ?? 'n/a'} s | ${mb(c.rss)} |`,
    );
    console.log(
      `| ${rows.toLocaleString('en-GB')} | yaml | ${mb(yamlBytes)} | ${sec(y.ms)} | ${y.cpu?.toFixed(2) ?? 'n/a'} s | ${mb(y.rss)} |`,
    );
    last = { rows, yamlBytes, y, c };
  }
  if (last) {
    const { yamlBytes, y, c } = last;
    console.log(`\nYAML / CSV at ${last.rows.toLocaleString('en-GB')} cases: wall ${(y.ms / c.ms).toFixed(2)}`);
    console.log(`YAML peak RSS at ${mb(yamlBytes)} of YAML: ${mb(y.rss)} (target < 300 MB at 100 MB) ${check(y.rss < 300 * 2 ** 20)}\n`);
  }
}
