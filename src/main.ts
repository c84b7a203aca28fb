// The process boundary: real streams in, exit code out. Only here is the process touched.
import { run } from './cli.js';
import { processIo } from './io.js';
import { escapeText } from './text/escape.js';

const debug = process.argv.includes('--debug');

/** The last resort: one line and exit 2, the stack only with --debug. */
function fatal(e: unknown): void {
  const err = e as Error | undefined;
  const line = escapeText(String(err?.message ?? e).split('\n')[0] ?? '');
  try {
    process.stderr.write(`case-audit: internal error: ${line}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && err?.stack) process.stderr.write(`${err.stack}\n`);
  } catch {
    // stderr is gone too: the exit code is all that is left.
  }
  process.exit(2);
}

export function main(): void {
  // `case-audit report ... | head -1`: a closed pipe ends the run quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      fatal(e);
    });
  }
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  run(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  }, fatal);
}
