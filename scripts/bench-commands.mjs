// The commands part of `npm run bench` (issue 30 item 2): every command against `report --format json`
// on the wide register of the same size, in the same run, paired and alternating, at two sizes (the
// second over the first shows whether the command is linear). The inputs at N rows:
// - the wide register: N cases (score, compare, sample, validate, and report, the reference);
// - long form: N/2 cases as N assessment rows, a self and an independent row each (compare --between);
// - three audit rounds of N/3 cases each, each file naming its round in a column (trend).
// Outputs go to /dev/null: a listing of 1M cases is the command's work, not the bench's to keep.
// CPU time (user + system) is the main figure: on a shared machine others' work stretches wall time.
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { writeCases, writeLongCases } from './bench-data.mjs';
import { median, mb, sec, rowsLabel } from './bench-units.mjs';

const REFERENCE = ['report', '--format', 'json'];

/** label, arguments, which input. */
const COMMANDS = [
  ['score --format csv', ['score', '--format', 'csv'], 'wide'],
  ['score --format json', ['score', '--format', 'json'], 'wide'],
  ['score --format table', ['score', '--format', 'table'], 'wide'],
  ['compare', ['compare', '--format', 'json'], 'wide'],
  ['compare --between self,independent', ['compare', '--between', 'self,independent', '--format', 'json'], 'long'],
  ['trend', ['trend', '--format', 'json'], 'rounds'],
  ['sample --size 100', ['sample', '--size', '100', '--seed', '1'], 'wide'],
  ['validate', ['validate', '--format', 'json'], 'wide'],
];

/** The command's target: at most this many times report's CPU time; linear: growth at most 1.2x the rows' (12x for 10x). */
const MAX_RATIO = 2;
const GROWTH_SLACK = 1.2;

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** The three inputs at `rows` rows. */
function writeInputs(dir, rows) {
  const wide = join(dir, `commands-wide-${rows}.csv`);
  writeCases(wide, rows);
  const long = join(dir, `commands-long-${rows}.csv`);
  writeLongCases(long, Math.floor(rows / 2));
  const rounds = [1, 2, 3].map((k) => {
    const file = join(dir, `commands-round${k}-${rows}.csv`);
    writeCases(file, Math.floor(rows / 3), 2017 + k, false, { round: `2025-Q${k}` });
    return file;
  });
  return { wide: [wide], long: [long], rounds };
}

async function checked(measure, args) {
  const r = await measure(args, { discard: true });
  if (r.code !== 0) throw new Error(`${args.slice(1).join(' ')}: exit ${r.code}: ${r.stderr.slice(-500)}`);
  return r;
}

/** Each command and the reference, alternately, `runs` times: the paired medians. */
async function sizeRuns({ cli, criteria, runs, measure }, inputs, wanted) {
  const figures = new Map();
  const refs = [];
  for (const [label, args, input] of wanted) {
    const ref = [];
    const own = [];
    for (let i = 0; i < runs; i++) {
      ref.push(await checked(measure, [cli, ...REFERENCE, '--criteria', criteria, '--quiet', ...inputs.wide]));
      own.push(await checked(measure, [cli, ...args, '--criteria', criteria, '--quiet', ...inputs[input]]));
    }
    refs.push(...ref);
    const cpu = own[0].cpu !== undefined;
    figures.set(label, {
      ms: median(own.map((r) => r.ms)),
      cpu: cpu ? median(own.map((r) => r.cpu)) : undefined,
      wallRatio: median(own.map((r, k) => r.ms / ref[k].ms)),
      cpuRatio: cpu ? median(own.map((r, k) => r.cpu / ref[k].cpu)) : undefined,
      rss: Math.max(...own.map((r) => r.rss)),
    });
  }
  const cpu = refs[0].cpu !== undefined;
  // The reference over every pair of this size.
  const reference = {
    ms: median(refs.map((r) => r.ms)),
    cpu: cpu ? median(refs.map((r) => r.cpu)) : undefined,
    rss: Math.max(...refs.map((r) => r.rss)),
  };
  return { figures, reference };
}

/**
 * `sizes`: the smaller and the larger size (rows); `only`: labels (or their first words) to run, all by default.
 */
export async function commandsPart({ cli, dir, criteria, runs, measure, sizes, only }) {
  const wanted = COMMANDS.filter(([label]) => only === undefined || only.some((o) => label === o || label.startsWith(`${o} `)));
  if (wanted.length === 0) throw new Error(`--commands: none of ${COMMANDS.map(([l]) => l).join('; ')}`);
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  const startLoad = load();
  const bySize = [];
  for (const rows of small === large ? [large] : [small, large]) {
    const inputs = writeInputs(dir, rows);
    bySize.push(await sizeRuns({ cli, criteria, runs, measure }, inputs, wanted));
  }
  const [first, last] = [bySize[0], bySize.at(-1)];
  const maxGrowth = (GROWTH_SLACK * large) / small;
  const cpu = cpus();
  console.log(
    `every command against ${REFERENCE.join(' ')} on the ${rowsLabel(large)}-row wide register, ${runs} paired alternate runs each, medians; outputs to /dev/null`,
  );
  console.log(`machine: ${cpu[0]?.model.trim()} x ${cpu.length}, Node ${process.version}; load average at the start ${startLoad}\n`);
  console.log(
    `| command | input (${rowsLabel(large)} rows) | time | CPU | CPU ratio to report | wall ratio to report | CPU ${rowsLabel(large)} / ${rowsLabel(small)} | peak RSS | target |`,
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const inputLabel = { wide: 'wide register', long: 'long form, 2 roles', rounds: '3 rounds, a third each' };
  const na = (x, f) => (x === undefined ? 'n/a' : f(x));
  const [ref, refSmall] = [last.reference, first.reference];
  const refGrowth = ref.cpu === undefined ? ref.ms / refSmall.ms : ref.cpu / refSmall.cpu;
  console.log(
    `| ${REFERENCE.join(' ')} (reference) | wide register | ${sec(ref.ms)} | ${na(ref.cpu, (x) => `${x.toFixed(2)} s`)} | 1.00 | 1.00 | ${bySize.length > 1 ? `${refGrowth.toFixed(1)}x` : 'n/a'} | ${mb(ref.rss)} | |`,
  );
  for (const [label, , input] of wanted) {
    const f = last.figures.get(label);
    const s = first.figures.get(label);
    const ratio = f.cpuRatio ?? f.wallRatio;
    const growth = bySize.length > 1 ? (f.cpu !== undefined ? f.cpu / s.cpu : f.ms / s.ms) : undefined;
    const met = ratio <= MAX_RATIO && (growth === undefined || growth <= maxGrowth);
    console.log(
      `| ${label} | ${inputLabel[input]} | ${sec(f.ms)} | ${na(f.cpu, (x) => `${x.toFixed(2)} s`)} | ${na(f.cpuRatio, (x) => x.toFixed(2))} | ${f.wallRatio.toFixed(2)} | ${na(growth, (x) => `${x.toFixed(1)}x`)} | ${mb(f.rss)} | ${met ? 'met' : 'MISSED'} |`,
    );
  }
  console.log(
    `\ntarget: CPU time at most ${MAX_RATIO}x report's (paired runs) and at most ${maxGrowth.toFixed(0)}x from ${rowsLabel(small)} to ${rowsLabel(large)} rows (linear); load average at the end ${load()} (${cpu.length} cores)\n`,
  );
}
