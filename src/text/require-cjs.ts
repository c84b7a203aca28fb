// CommonJS packages (commander, yaml, cli-table3, string-width) are loaded with require(): an ESM
// import of one first runs Node's CommonJS export lexer over it, which cost about 15 ms of every
// start (measured: `import('commander')` 99 ms, `require('commander')` 85 ms, an empty ESM run 75 ms).
import { createRequire } from 'node:module';

export const requireCjs = createRequire(import.meta.url);
