// A case of the bad-input corpus and its check, shared by the cases run in-process
// (test/bad-input.test.ts) and those where a real process is the point (bad-input.process.test.ts).
import { expect } from 'vitest';
import type { CliResult } from './cli.js';
import { STACK } from './tmp.js';

export interface BadCase {
  name: string;
  args: () => string[];
  code: number;
  /** Lines that must appear on stderr: [place, fragment of the message]. */
  lines: Array<[string, string]>;
  /** What else to check: stdout, timing. */
  check?: (r: CliResult) => void;
  /** Programs the case runs (checked for on PATH; the case is skipped, naming them, without). */
  needs?: string[];
}

export const bad = (name: string) => `fixtures/bad/${name}`;
export const score = (...files: string[]) => ['score', '--format', 'json', ...files];
export const ids = (stdout: string) => (JSON.parse(stdout) as Array<{ caseId: string }>).map((c) => c.caseId);

/** Each expected `place: message` line, no stack trace, no internal error, the exit code, then the case's own checks. */
export function expectBadInput(c: BadCase, r: CliResult): void {
  const lines = r.stderr.split('\n');
  for (const [place, fragment] of c.lines) {
    const found = lines.some((l) => l.startsWith(`${place}: `) && l.includes(fragment));
    expect(found, `stderr has "${place}: ...${fragment}..."\n${r.stderr}`).toBe(true);
  }
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toContain('internal error');
  expect(r.code, r.stderr).toBe(c.code);
  c.check?.(r);
}
