// YAML problems in our words (issue 15, item 24): several documents in one file, nesting thousands of
// levels deep, and !!binary values; never the parser's API names or a JavaScript engine message.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

const file = tempFiles();
const deep = (n: number) => `cases:\n  - id: A\n    type: da\n    findings: ${'['.repeat(n)}${']'.repeat(n)}\n`;

describe('YAML messages', () => {
  it.each([
    ['two documents', 'multi.yaml', 'cases:\n  - id: A\n    type: da\n---\ncases: []\n', ':4:1: a second YAML document starts here'],
    ['10,000 levels of brackets', 'deep.yaml', deep(10_000), 'values nested too deeply to read'],
    ['3,000 levels of brackets', 'deep3k.yaml', deep(3_000), 'values nested too deeply to read'],
    ['10,000 levels of block sequences', 'compact.yaml', `cases:\n  - ${'- '.repeat(10_000)}x\n`, 'values nested too deeply to read'],
    [
      'a !!binary value',
      'binary.yaml',
      'cases:\n  - id: A\n    type: da\n    notes: !!binary aGVsbG8=\n',
      ':4:21: !!binary values are not supported: write plain text',
    ],
  ])('%s', async (_name, name, text, words) => {
    const path = file(name, text);
    const r = await runCli(['score', '--format', 'json', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/parseAllDocuments|call stack|Buffer|internal error/);
  });

  it('a !!binary value in a criteria file too', async () => {
    const dir = tempFiles()('programme.yaml', 'name: x\ninspectorate: !!binary aGVsbG8=\n').replace(/programme\.yaml$/, '');
    const r = await runCli(['criteria', 'validate', dir]);
    expect(r.stderr).toContain('programme.yaml:2:24: !!binary values are not supported');
    expect(r.stderr).not.toContain('Buffer');
  });
});
