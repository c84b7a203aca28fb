// Run the CLI in-process with fake streams (fast), or spawn the built binary (for TTY-free, real-process checks).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PassThrough, Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/program.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
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

/** The real binary, as a user runs it (needs `npm run build`, which `npm test` does first). */
export function spawnCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [`${ROOT}/bin/case-audit.js`, ...args], {
    input: options.input,
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
