// The tests Stryker runs a mutant against (`npm run mutate`): the in-process files only. A file that
// spawns bin/ runs dist/, which Stryker does not rebuild, so it cannot see a mutant and only costs
// time; the mocks files replace modules, which Stryker's per-test coverage cannot follow.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A loaded machine slows the first (unmutated) run; a mutant that hangs is caught by Stryker's own timeout.
    testTimeout: 120000,
    globalSetup: ['test/helpers/temp-root.ts'],
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/**/*.mock.test.ts', 'test/**/*.process.test.ts', 'test/**/*.stress.test.ts'],
  },
});
