// External programs some tests need (mkfifo, bash, head, cat): checked for, so a machine without
// one skips that test with its name in the title instead of failing obscurely.
import { spawnSync } from 'node:child_process';

const found = new Map<string, boolean>();

/** Whether `name` is on PATH (run through `command -v` in sh, which every POSIX system has). */
export function hasTool(name: string): boolean {
  if (!found.has(name)) found.set(name, spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { stdio: 'ignore' }).status === 0);
  return found.get(name)!;
}
