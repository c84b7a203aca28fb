// `npm run build && node scripts/bench-alpha.mjs`: the cost of the Krippendorff's alpha bootstrap
// (issue 26 asks for 1,000 resamples of 10,000 cases in under 5 s). Seeded data: 10,000 cases,
// three assessors, three grades, a fifth of one assessor's grades missing. Prints, per metric, the
// median of 3 runs of the bootstrap and, as the baseline measured in the same run, the time of one
// plain alpha over the same data, with their ratio (the bootstrap does ~1,000 alphas' work).
// Then the same data through the command path: written as a long-form case file (three roles of
// fixtures/qa-round/criteria: self, independent, moderator), `compare --all-roles --format json`
// (read, assemble, score, both alphas with their bootstraps, the pairs, render) against plain
// `compare --format json` on the same file as the baseline in the same run, median of 3 each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { bootstrapAlpha } from '../dist/statistics/krippendorff-bootstrap.js';
import { krippendorffAlpha } from '../dist/statistics/krippendorff.js';
import { seededRandom } from '../dist/statistics/seeded-random.js';

const CASES = 10_000;
const RESAMPLES = 1_000;
const random = seededRandom(26);
const clamp = (g) => Math.max(0, Math.min(2, g));
const data = Array.from({ length: CASES }, () => {
  const g = random.int(3);
  return [
    g,
    clamp(g + (random.unit() < 0.3 ? random.int(3) - 1 : 0)),
    random.unit() < 0.2 ? null : clamp(g + (random.unit() < 0.2 ? 1 : 0)),
  ];
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(run, times) {
  const ms = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  return median(ms);
}

for (const metric of ['ordinal', 'interval']) {
  const single = time(() => krippendorffAlpha(data, metric), 9);
  const boot = time(() => bootstrapAlpha(data, metric, { seed: 1, resamples: RESAMPLES }), 3);
  const result = bootstrapAlpha(data, metric, { seed: 1, resamples: RESAMPLES });
  const [lo, hi] = result.value.interval;
  console.log(
    `${metric}: alpha ${result.value.value.toFixed(4)} (${lo.toFixed(4)} to ${hi.toFixed(4)}); ` +
      `${RESAMPLES} resamples of ${CASES} cases ${(boot / 1000).toFixed(2)} s (median of 3); one alpha ${single.toFixed(1)} ms; ratio ${(boot / single).toFixed(0)}`,
  );
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GRADES = ['inadequate', 'requires_improvement', 'good']; // step 0 worst .. 2 best
const ROLES = ['self', 'independent', 'moderator'];
const dir = mkdtempSync(join(tmpdir(), 'bench-alpha-'));
try {
  const file = join(dir, 'three-roles.csv');
  const rows = ['case_id,case_type,assessor,grade'];
  data.forEach((values, u) =>
    values.forEach((v, r) => {
      if (v !== null) rows.push(`C${u + 1},domestic-abuse,${ROLES[r]},${GRADES[v]}`);
    }),
  );
  writeFileSync(file, `${rows.join('\n')}\n`);
  // Wall time, and the child's CPU time (user + system, from /usr/bin/time where there is one): on a
  // machine shared with other work the CPU time is the steadier figure.
  const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const command = (extra) => {
    const args = [
      join(ROOT, 'bin/case-audit.js'),
      'compare',
      '-c',
      join(ROOT, 'fixtures/qa-round/criteria'),
      '-f',
      'json',
      '-q',
      file,
      ...extra,
    ];
    const [exe, argv] = TIME ? [TIME, ['-f', 'cpu %U %S', process.execPath, ...args]] : [process.execPath, args];
    const start = performance.now();
    const r = spawnSync(exe, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
    const ms = performance.now() - start;
    if (r.status !== 0) throw new Error(`case-audit ${args.slice(1).join(' ')} exited ${r.status}: ${r.stderr}`);
    const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
    return { ms, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, json: JSON.parse(r.stdout) };
  };
  const allRoles = [];
  const plain = [];
  let out;
  for (let i = 0; i < 3; i++) {
    plain.push(command([]));
    const run = command(['--all-roles']);
    allRoles.push(run);
    out = run.json;
  }
  const wall = (runs) => median(runs.map((r) => r.ms));
  const cpu = (runs) => median(runs.map((r) => r.cpu));
  const [lo, hi] = out.alpha.ordinal.interval;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `command path: compare --all-roles on ${CASES} cases (${rows.length - 1} assessment rows), both metrics' bootstraps: ` +
      `${s(wall(allRoles))} wall, ${s(cpu(allRoles))} CPU (median of 3; ordinal alpha ${out.alpha.ordinal.value.toFixed(4)}, ${lo.toFixed(4)} to ${hi.toFixed(4)}); ` +
      `plain compare on the same file ${s(wall(plain))} wall, ${s(cpu(plain))} CPU; ratio ${(wall(allRoles) / wall(plain)).toFixed(1)} wall, ${(cpu(allRoles) / cpu(plain)).toFixed(1)} CPU`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
