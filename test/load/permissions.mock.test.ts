// Permission errors worded in-process, whoever runs the tests: root reads every file, so the
// errors are made by the file system calls themselves (mocked), not by the checkout's place.
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const denied = (path: unknown) => String(path).includes('denied');
  const eacces = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  return {
    ...fs,
    openSync: (path: string, ...rest: unknown[]) => {
      if (denied(path)) throw eacces();
      return (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
    },
    accessSync: (path: string, mode?: number) => {
      if (denied(path)) throw eacces();
      return fs.accessSync(path, mode);
    },
  };
});

const { openInput } = await import('../../src/load/inputs/input.js');
const { checkOutputPath } = await import('../../src/write/output-path.js');
const { mkdirSync } = await import('node:fs');
const { join } = await import('node:path');
const { tempDir } = await import('../helpers/tmp.js');

describe('permission denied, in words', () => {
  it('an unreadable case file: "cannot open: permission denied"', () => {
    expect(() => openInput('/tmp/denied.csv', process.stdin)).toThrow('cannot open: permission denied');
  });

  it('an --output folder that is not writable: said before any work', () => {
    const dir = join(tempDir(), 'denied');
    mkdirSync(dir);
    expect(() => checkOutputPath(join(dir, 'out.json'))).toThrow(`cannot write: folder ${dir} is not writable (permission denied)`);
  });
});
