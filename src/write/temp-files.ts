// Temporary --output files not yet renamed into place: the shell removes them when a signal ends
// the run (src/main.ts), so Ctrl-C never leaves a half-written `.out.json.<pid>.<ts>.tmp` behind.
import { unlinkSync } from 'node:fs';

const live = new Set<string>();

export function rememberTemp(path: string): void {
  live.add(path);
}

export function forgetTemp(path: string): void {
  live.delete(path);
}

/** Removes every temporary file still open; safe to call from a signal handler. */
export function removeTempFiles(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  live.clear();
}
