// Four projects (docs/testing.md):
// - unit: everything in-process on the sources as they are now, the files sharing one module graph
//   (about a third of the CPU time of a fresh graph per file: the code is loaded and compiled once);
// - mocks: `*.mock.test.ts`, in-process files that replace a module (vi.mock), each in a fresh graph;
// - process: `*.process.test.ts`, the tests where another process is the point: most spawn bin/,
//   which runs the built dist/, rebuilt first when src/ is newer (test/helpers/fresh-build.ts); the
//   others start Chromium, python3 or `mount`;
// - stress: `*.stress.test.ts`, scale rather than behaviour (`npm run test:stress`, after `npm test` in CI).
// `npm test` runs all but stress; `npm run test:unit` runs unit and mocks; a bare `vitest` runs all four.
// test:unit sets CASE_AUDIT_QUICK=1 (test/helpers/quick.ts): the few big matrices run one case of each
// kind and the property tests fewer runs; without it they run whole.
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

const MOCKS = 'test/**/*.mock.test.ts';
const PROCESS = 'test/**/*.process.test.ts';
const STRESS = 'test/**/*.stress.test.ts';

export default defineConfig({
  test: {
    testTimeout: 20000,
    // One folder for the run's temporary files, removed at its end (test/helpers/temp-root.ts).
    globalSetup: ['test/helpers/temp-root.ts'],
    // vitest's default keeps a core for itself: one worker on a two-core machine. Its own share is
    // the transforms, done early, so on two cores both run test files.
    maxWorkers: Math.max(availableParallelism() - 1, 2),
    coverage: { include: ['src/**'] },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, MOCKS, PROCESS, STRESS],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'mocks', include: [MOCKS] } },
      // A spawned run waits for a CPU on a loaded machine: a longer timeout, still far short of a hang's.
      {
        extends: true,
        test: {
          name: 'process',
          include: [PROCESS],
          globalSetup: ['test/helpers/fresh-build.ts'],
          testTimeout: 60000,
        },
      },
      { extends: true, test: { name: 'stress', include: [STRESS], testTimeout: 120000 } },
    ],
  },
});
