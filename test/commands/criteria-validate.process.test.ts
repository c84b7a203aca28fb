// `criteria validate --format github` as a CI job runs it: the real binary, its exit code and its
// two streams (the rest of criteria validate runs in-process, criteria-validate.test.ts).
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

describe('the real binary', () => {
  it('prints annotations on stdout and exits 1 for a CI job', () => {
    const { code, stdout, stderr } = spawnCli([
      'criteria',
      'validate',
      'fixtures/criteria-bad/duplicate-criterion-id',
      '--format',
      'github',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      '::error file=fixtures/criteria-bad/duplicate-criterion-id/beta.yaml,line=14,col=9,title=case-audit duplicate-criterion-id::criterion id "A3" is already defined at fixtures/criteria-bad/duplicate-criterion-id/alpha.yaml:14\n',
    );
    expect(stderr).toBe('1 problem in 2 files (1 error, 0 warnings)\n');
  });
});
