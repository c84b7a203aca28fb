// The workbook bench (issue 23 item 2): 1,048,600 cases, every one referred back, so that score's
// Cases sheet and report's Referrals sheet both pass Excel's 1,048,576 rows. Each command writes
// xlsx, then csv as the same run's baseline; wall time and peak RSS come from GNU time.
// Usage: npm run build && node scripts/bench-xlsx-write.mjs [cases] [folder]
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TYPES, writeCriteria } from './bench-data.mjs';

const rows = Number(process.argv[2] ?? 1_048_600);
const dir = process.argv[3] ?? '/tmp/case-audit-bench-xlsx';
const bin = fileURLToPath(new URL('../bin/case-audit.js', import.meta.url));
mkdirSync(dir, { recursive: true });
writeCriteria(join(dir, 'criteria'));

/** Writes every byte: writeSync may write fewer than it is given. */
function writeAll(fd, text) {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}

const cases = join(dir, 'cases.csv');
const columns = TYPES.flatMap((t) => [1, 2, 3, 4, 5].map((k) => `${t.prefix}${k}`));
const fd = openSync(cases, 'w');
let out = `case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,${columns.join(',')}\n`;
for (let i = 1; i <= rows; i++) {
  const t = i % TYPES.length;
  const findings = columns.map((_, c) => (Math.floor(c / 5) !== t ? '' : (i * 7 + c) % 11 === 0 ? 'n' : 'y'));
  out += `C-${String(i).padStart(7, '0')},${TYPES[t].id},${i % 4 === 0 ? 'good' : ''},,,yes,,${findings.join(',')}\n`;
  if (out.length > 1 << 20) {
    writeAll(fd, out);
    out = '';
  }
}
writeAll(fd, out);
closeSync(fd);

console.log(`${rows.toLocaleString('en-GB')} cases (${(statSync(cases).size / 1e6).toFixed(0)} MB CSV)\n`);
console.log('| command | format | time | peak RSS | output | time / csv |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const command of ['score', 'report']) {
  const runs = {};
  for (const format of ['xlsx', 'csv']) {
    const output = join(dir, `${command}.${format}`);
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, command, '-c', join(dir, 'criteria'), cases, '-o', output, '-q'], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`${command} ${format}: exit ${r.status}\n${r.stderr}`);
    const [m, s] = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:\d+:)?(\d+):([\d.]+)/.exec(r.stderr).slice(1).map(Number);
    const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)[1]);
    runs[format] = { seconds: m * 60 + s, rss, bytes: statSync(output).size };
  }
  for (const [format, { seconds, rss, bytes }] of Object.entries(runs)) {
    const ratio = format === 'csv' ? '1.00' : (seconds / runs.csv.seconds).toFixed(2);
    console.log(
      `| ${command} | ${format} | ${seconds.toFixed(1)} s | ${Math.round(rss / 1024)} MB | ${(bytes / 1e6).toFixed(0)} MB | ${ratio}x |`,
    );
  }
}
