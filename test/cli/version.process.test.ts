// `case-audit --version` answers before the command tree loads (issue 30 item 5): the built program
// prints package.json's version as commander does (commands still load it: every other process test).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROOT, spawnCli } from '../helpers/cli.js';
import { join } from 'node:path';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

it.each([['--version'], ['-V']])('%s alone prints the version, exit 0', (flag) => {
  const r = spawnCli([flag]);
  expect(r).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
});
