// The cost of issue 26's figures in `compare` (at most 5% at 1M rows): this build against a build of
// the commit before them, on the same 1M-row file (self grade on every row), alternately, --threads 1
// so the two machines' spare cores do not blur it. Prints the median times and the median of the
// paired ratios. The figures come from the k x k tallies at the end, never per case.
//   node scripts/bench-compare-figures.mjs --base /path/to/old/bin/case-audit.js [--rows 1000000] [--runs 5]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCases, writeCriteria } from './bench-data.mjs';

const { values } = parseArgs({
  options: { base: { type: 'string' }, rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' } },
});
if (!values.base) throw new Error('--base: the bin/case-audit.js of the build to compare against');
const NEW = fileURLToPath(new URL('../bin/case-audit.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'case-audit-bench-figures-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const criteria = join(dir, 'criteria');
  writeCriteria(criteria);
  const file = join(dir, 'cases.csv');
  writeCases(file, Number(values.rows), 2017, true);
  // CPU time (user + system, from /usr/bin/time) as well as wall time: on a shared machine the
  // wall time carries the other processes' load, the CPU time much less.
  const cpu = [[], []];
  const time = (cli, which) => {
    const start = process.hrtime.bigint();
    const args = [cli, 'compare', '--format', 'json', '--criteria', criteria, '--quiet', '--threads', '1', file];
    const r = spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', process.execPath, ...args], { maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${cli}: exit ${r.status}: ${String(r.stderr).slice(-300)}`);
    const [, user, sys] = /CPU ([\d.]+) ([\d.]+)/.exec(String(r.stderr));
    cpu[which].push((Number(user) + Number(sys)) * 1000);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const base = [];
  const now = [];
  for (let i = 0; i < Number(values.runs); i++) {
    base.push(time(values.base, 0));
    now.push(time(NEW, 1));
  }
  const ratios = now.map((t, i) => t / base[i]);
  console.log(`compare, ${values.rows} rows, --threads 1, ${values.runs} runs alternately`);
  console.log(`before the figures: median ${median(base).toFixed(0)} ms  (${base.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`with the figures:   median ${median(now).toFixed(0)} ms  (${now.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`median paired ratio (wall): ${median(ratios).toFixed(3)}`);
  const cpuRatios = cpu[1].map((t, i) => t / cpu[0][i]);
  console.log(`CPU before: median ${median(cpu[0]).toFixed(0)} ms; with: median ${median(cpu[1]).toFixed(0)} ms`);
  console.log(`median paired ratio (CPU): ${median(cpuRatios).toFixed(3)}  (${cpuRatios.map((r) => r.toFixed(3)).join(', ')})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
