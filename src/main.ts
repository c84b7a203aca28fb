// The process boundary: real streams in, exit code out. Only here is the process touched.
import { asksVersion, VERSION } from './cli/version.js';
import { processIo } from './domain/io.js';
import { internalErrorText } from './cli/internal-error.js';
import { writeReason } from './write/output-path.js';
import { removeTempFiles } from './write/temp-files.js';

const debug = process.argv.includes('--debug');

/** The last resort: one line and exit 2, the stack only with --debug. */
function fatal(e: unknown): void {
  try {
    process.stderr.write(internalErrorText(e, debug));
  } catch {
    // stderr is gone too: the exit code is all that is left.
  }
  removeTempFiles();
  process.exit(2);
}

/** Exit status 128 + the signal's number, as a shell reports a process the signal killed. */
const SIGNALS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

export function main(): void {
  // `case-audit report ... | head -1`: a closed pipe ends the run quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (stream === process.stdout) {
        // `> /dev/full`: a write error in words, exit 2, never "internal error: ENOSPC".
        removeTempFiles();
        try {
          process.stderr.write(`case-audit: cannot write to stdout: ${writeReason(e)}\n`);
        } catch {
          // stderr is gone too
        }
        process.exit(2);
      }
      fatal(e);
    });
  }
  // Ctrl-C, kill or a closed terminal during a long --output: no temporary file is left behind.
  for (const [signal, code] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      removeTempFiles();
      process.exit(code);
    });
  }
  process.on('exit', removeTempFiles);
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  const argv = process.argv.slice(2);
  if (asksVersion(argv)) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  // A worker thread to boot beside the command's loading, for a large CSV file read in parts.
  import('./cli/early-parts.js').then(({ partsEarly }) => partsEarly(argv), fatal);
  // The command tree (commander and every command's options) loads only when a command runs.
  import('./cli/program.js')
    .then(({ run }) => run(argv, { ...processIo(), today: new Date().toISOString().slice(0, 10) }))
    .then((code) => {
      process.exitCode = code;
    }, fatal);
}
