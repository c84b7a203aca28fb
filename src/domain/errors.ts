// Errors the shell turns into one clean line and an exit code. The core never throws these:
// they are for the process boundary (a missing file, a bad option).

/** Bad arguments or options: exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Input that cannot be opened or read at all (missing, a directory, not text): exit 2. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly file: string,
    message: string,
    readonly line = 0,
  ) {
    super(message);
  }
}

/** A failure already reported on stderr: only the exit code is left to give. */
export class Reported extends Error {
  constructor(readonly exitCode: 1 | 2) {
    // Stryker disable next-line StringLiteral: equivalent, never printed: the shell catches Reported and uses only its exit code
    super(`reported (exit ${exitCode})`);
  }
}
