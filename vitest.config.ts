// Three projects (docs/testing.md):
// - unit: everything in-process, the sources as they are now (`npm run test:unit`, watch mode);
// - process: `*.process.test.ts`, the tests where a real process is the point; they spawn bin/,
//   which runs the built dist/, rebuilt first when src/ is newer (test/helpers/fresh-build.ts);
// - stress: `*.stress.test.ts`, scale rather than behaviour (`npm run test:stress`, after `npm test` in CI).
// `npm test` runs unit and process; a bare `vitest` runs all three.
import { configDefaults, defineConfig } from 'vitest/config';

const PROCESS = 'test/**/*.process.test.ts';
const STRESS = 'test/**/*.stress.test.ts';

export default defineConfig({
  test: {
    testTimeout: 20000,
    coverage: { include: ['src/**'] },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, PROCESS, STRESS] } },
      // A spawned run waits for a CPU on a loaded machine: a longer timeout, still far short of a hang's.
      { extends: true, test: { name: 'process', include: [PROCESS], globalSetup: ['test/helpers/fresh-build.ts'], testTimeout: 60000 } },
      { extends: true, test: { name: 'stress', include: [STRESS], testTimeout: 120000 } },
    ],
  },
});
