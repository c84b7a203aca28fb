// Run the CLI in-process with fake streams (fast, and always the current sources), or spawn the built
// binary where a real process is the point: exit codes of bin/, signals, a closed or full stdout,
// resource limits, another user, worker threads. Only `*.process.test.ts` files spawn; their vitest
// project rebuilds dist/ first when src/ is newer (test/helpers/fresh-build.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough, Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/program.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/case-audit.js');
export const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  isTTY = false;
  columns = 80;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export async function runCli(
  args: string[],
  options: { stdin?: string | Buffer; env?: Record<string, string>; tty?: { columns: number } } = {},
): Promise<CliResult> {
  const stdout = new Capture();
  if (options.tty) Object.assign(stdout, { isTTY: true, columns: options.tty.columns });
  const stderr = new Capture();
  const stdin = options.stdin === undefined ? new PassThrough() : Readable.from([Buffer.from(options.stdin)]);
  if (options.stdin === undefined) (stdin as PassThrough).end();
  const code = await run(args, { stdout, stderr, stdin, env: { NO_COLOR: '1', ...options.env }, cwd: process.cwd() });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export interface SpawnOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  cwd?: string;
  /** Options for node itself, before the script (a heap limit). */
  nodeArgs?: string[];
  /** Run as this user (only root may). */
  user?: { uid: number; gid: number };
}

/** The real binary, as a user runs it. A hang ends at the timeout with no status: code -1 fails the test. */
export function spawnCli(args: string[], options: SpawnOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    input: options.input,
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
    ...options.user,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
