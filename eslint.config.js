// `npm run lint`: ESLint's and typescript-eslint's recommended rules, without type information,
// and the house rule that imports go one way between the rooms of src/ (eslint/import-rooms.js).
// Type-aware rules would need a TypeScript program; the compiler here is TypeScript 7 (`tsc`), and
// typescript-eslint reads the TypeScript 6 API (the `typescript` package; see README, "Checks in `npm test`").
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
    files: ['src/**/*.ts'],
    plugins: { house: { rules: { 'import-rooms': importRooms } } },
    rules: { 'house/import-rooms': 'error' },
  },
);
