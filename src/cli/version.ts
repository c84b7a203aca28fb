// The version, read once from package.json: printed by `--version` before the command tree (and
// commander) is loaded at all, so a script asking for it pays only for Node's own start-up.
import { readFileSync } from 'node:fs';

export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** True for the arguments `--version` or `-V` alone, which commander would answer the same way. */
export const asksVersion = (argv: readonly string[]): boolean => argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
