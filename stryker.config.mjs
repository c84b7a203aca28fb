// Mutation testing of the core (`npm run mutate`; not part of `npm test`): docs/mutation.md has the scores.
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // No checker: the TypeScript checker needs TypeScript 5's compiler API, and the compiler here is TypeScript 7.
  // For the same reason Stryker must not rewrite our tsconfig (its rewriter loads the TS 5 API): no such file.
  tsconfigFile: 'no-tsconfig-for-stryker.json',
  concurrency: 2,
  coverageAnalysis: 'perTest',
  // The first, unmutated run of every in-process test outlasts the default 5 minutes on a loaded machine.
  dryRunTimeoutMinutes: 30,
  // A static mutant (a module-level table: spellings, labels) runs the whole suite (~50 s) instead of
  // the few tests that cover a line: ~170 of them would take an hour. Those tables are pinned by
  // test/domain/spellings.test.ts and the row tests instead; docs/mutation.md says so.
  ignoreStatic: true,
  mutate: [
    'src/score/**/*.ts',
    'src/summarise/**/*.ts',
    'src/domain/**/*.ts',
    'src/assemble/**/*.ts',
    'src/statistics/**/*.ts',
    'src/read/reading.ts',
    'src/read/read-tally.ts',
    // The row rules: the header plan, the cells of a row, the wide form's meaning in the assessment model.
    'src/load/rows/header-plan.ts',
    'src/load/rows/row-readers.ts',
    'src/load/rows/wide.ts',
  ],
  // In-process tests only (vitest.mutation.config.ts says why).
  vitest: { configFile: 'vitest.mutation.config.ts' },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: null },
};
