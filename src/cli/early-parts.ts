// Before the command tree loads: a run of a command that reads large CSV files in parts starts its
// first worker thread now (src/commands/parts-early.ts), from the words of the command line alone.
import { startPartsEarly } from '../commands/parts-early.js';

/** The commands that read a large CSV file in parts (src/commands/context.ts's readIntoFold with a recipe). */
const IN_PARTS = new Set(['report', 'compare', 'trend', 'referrals']);

export function partsEarly(argv: readonly string[]): void {
  const words = argv.filter((a) => !a.startsWith('-'));
  if (!IN_PARTS.has(words[0] ?? '')) return;
  const at = argv.findIndex((a) => a === '--threads' || a.startsWith('--threads='));
  const value = at === -1 ? undefined : argv[at]!.includes('=') ? argv[at]!.slice('--threads='.length) : argv[at + 1];
  // A value commander refuses is its to report: then nothing is read and the worker is stopped unused.
  const threads = value === undefined ? undefined : Number(value);
  startPartsEarly(words.slice(1), threads);
}
