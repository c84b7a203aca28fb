// `npm run lint`: ESLint's and typescript-eslint's recommended rules, the type-aware rules that
// catch a promise nobody waits for (on the TypeScript sources and tests), and the house rule that
// imports go one way between the rooms of src/ (eslint/import-rooms.js).
// The type-aware rules read a TypeScript program through typescript-eslint's project service, which
// loads the TypeScript 6 API (the `typescript` package, an alias of @typescript/typescript6); `tsc`
// itself is TypeScript 7 (@typescript/native). docs/testing.md says why package.json has both.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importRooms } from './eslint/import-rooms.js';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'reports/', '.stryker-tmp/'] },
  {
    files: ['**/*.{ts,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    // The files tsconfig.json holds: a streaming, async code base, where a promise left unawaited
    // loses an error or a write.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { house: { rules: { 'import-rooms': importRooms } } },
    rules: { 'house/import-rooms': 'error' },
  },
);
