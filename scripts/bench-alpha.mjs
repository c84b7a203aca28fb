// `npm run build && node scripts/bench-alpha.mjs`: the cost of the Krippendorff's alpha bootstrap
// (issue 26 asks for 1,000 resamples of 10,000 cases in under 5 s). Seeded data: 10,000 cases,
// three assessors, three grades, a fifth of one assessor's grades missing. Prints, per metric, the
// median of 3 runs of the bootstrap and, as the baseline measured in the same run, the time of one
// plain alpha over the same data, with their ratio (the bootstrap does ~1,000 alphas' work).
import { performance } from 'node:perf_hooks';
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
