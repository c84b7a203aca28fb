// The process boundary: real streams in, exit code out. Only here is the process touched.
import { run } from './cli.js';
import { processIo } from './io.js';

export function main(): void {
  // `case-audit report ... | head -1`: a closed pipe ends the run quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  run(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`case-audit: internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
      process.exitCode = 2;
    },
  );
}
