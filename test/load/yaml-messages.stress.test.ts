// YAML messages at scale (yaml-messages.test.ts has one !!binary value and the nesting limits).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

describe('YAML messages', () => {
  it('150,000 !!binary values: each counted, none lost to a stack overflow', async () => {
    const path = tempFiles()('many-tags.yaml', `cases:\n${'  - !!binary a\n'.repeat(150_000)}`);
    const r = await runCli(['score', '--format', 'json', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(':2:14: !!binary values are not supported');
    expect(r.stderr).toContain('149950 more problems not shown (--max-errors 50)');
    expect(r.stderr).not.toMatch(/call stack|internal error/);
  });
});
