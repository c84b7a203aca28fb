// The top-level handler: an unexpected error is one line, exit 2, and a stack only with --debug.
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './helpers/cli.js';
import { STACK } from './helpers/tmp.js';

vi.mock('../src/commands/score.js', () => ({
  scoreCommand: async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')\n    second line of a message \x1b[31m");
  },
}));

describe('an unexpected error', () => {
  it('is one line "internal error", exit 2, no stack', async () => {
    const r = await runCli(['score', 'fixtures/gloucestershire-2017.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("case-audit: internal error: Cannot read properties of undefined (reading 'x') (run with --debug for details)\n");
    expect(r.stderr).not.toMatch(STACK);
  });

  it('shows its stack with --debug', async () => {
    const r = await runCli(['score', '--debug', 'fixtures/gloucestershire-2017.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("case-audit: internal error: Cannot read properties of undefined (reading 'x')");
    expect(r.stderr).toMatch(STACK);
  });
});
