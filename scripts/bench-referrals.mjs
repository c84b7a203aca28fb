// `node scripts/bench-referrals.mjs`: `referrals` against `report` on the same cases, run
// alternately in the same session (a ratio, not a time: the machine's load cancels out), with a
// referrals log of one row per ten cases (100,000 rows at 1M cases). Prints per size the median
// times, the median of the paired ratios and the peak RSS of each, so memory can be compared
// across sizes. Options: --runs N (default 3), --rows 100000,1000000, --keep.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCases, writeCriteria } from './bench-data.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/case-audit.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, rows: { type: 'string', default: '100000,1000000' }, keep: { type: 'boolean' } },
});
const STATUSES = ['referred', 'acknowledged', 'actioned', 'dismissed'];

/** One log row per ten cases, ids as bench-data.mjs makes them; one in a hundred names no case. */
function writeLog(file, cases) {
  const fd = openSync(file, 'w');
  let out = 'case_id,round,status,date,by,reason,note\n';
  for (let i = 10; i <= cases; i += 10) {
    const n = i % 1000 === 0 ? cases + i : i;
    const id = `GL${String(17 + (n % 5))}-${String(n).padStart(7, '0')}`;
    const status = STATUSES[(i / 10) % 4];
    const day = String(1 + ((i / 10) % 28)).padStart(2, '0');
    out += `${id},,${status},2025-05-${day},QA1,${status === 'dismissed' && i % 20 === 0 ? 'risk-addressed' : ''},a note never read\n`;
    if (out.length > 1 << 20) {
      writeSync(fd, out);
      out = '';
    }
  }
  writeSync(fd, out);
  closeSync(fd);
}

function measure(args) {
  return new Promise((resolve, reject) => {
    const argv = TIME ? [TIME, '-f', 'maxrss_kb=%M', process.execPath, CLI, ...args] : [process.execPath, CLI, ...args];
    const started = performance.now();
    const child = spawn(argv[0], argv.slice(1), { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = Number(/maxrss_kb=(\d+)/.exec(stderr)?.[1] ?? NaN) * 1024;
      resolve({ ms: performance.now() - started, rss, code });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;

const dir = mkdtempSync(join(tmpdir(), 'case-audit-bench-referrals-'));
try {
  const criteria = join(dir, 'criteria');
  writeCriteria(criteria);
  // The log's reason codes: the benchmark programme declares the one the log uses.
  writeSync(openSync(join(criteria, 'programme.yaml'), 'a'), 'referral_reasons:\n  - id: risk-addressed\n    label: Risk addressed\n');
  for (const rows of values.rows.split(',').map(Number)) {
    const cases = join(dir, `cases-${rows}.csv`);
    const log = join(dir, `log-${rows}.csv`);
    writeCases(cases, rows);
    writeLog(log, rows);
    const report = ['report', '-f', 'json', '-c', criteria, cases];
    const referrals = ['referrals', '-f', 'json', '-c', criteria, '--as-of', '2025-06-30', '--log', log, cases];
    const times = { report: [], referrals: [], ratio: [], rss: { report: 0, referrals: 0 } };
    for (let run = 0; run < Number(values.runs); run++) {
      const a = await measure(report);
      const b = await measure(referrals);
      if (a.code !== 0 || b.code > 1) throw new Error(`a run failed: report ${a.code}, referrals ${b.code}`);
      times.report.push(a.ms);
      times.referrals.push(b.ms);
      times.ratio.push(b.ms / a.ms);
      times.rss.report = Math.max(times.rss.report, a.rss);
      times.rss.referrals = Math.max(times.rss.referrals, b.rss);
    }
    console.log(
      `${rows.toLocaleString('en-GB')} cases, ${(rows / 10).toLocaleString('en-GB')} log rows: report ${(median(times.report) / 1000).toFixed(2)} s, referrals ${(median(times.referrals) / 1000).toFixed(2)} s, ratio ${median(times.ratio).toFixed(2)} (median of ${values.runs} paired runs); peak RSS report ${mb(times.rss.report)}, referrals ${mb(times.rss.referrals)}`,
    );
  }
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`data kept in ${dir}`);
}
