// A closed pipe ends quietly: `case-audit ... | head -1` exits 0 with nothing on stderr. Only a real
// process has a stdout a reader can close (the in-process tests write into memory).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './helpers/cli.js';
import { DA_HEADER, daRow, STACK, tempDir } from './helpers/tmp.js';
import { hasTool } from './helpers/tools.js';

describe('a closed pipe ends quietly', () => {
  const big = join(tempDir(), 'many.csv');
  writeFileSync(big, [DA_HEADER, ...Array.from({ length: 3000 }, (_, i) => daRow(`R-${i}`))].join('\n'));

  it.skipIf(!hasTool('bash') || !hasTool('head')).each(['table', 'markdown', 'csv', 'json'])(
    'score --format %s | head -1: exit 0, no EPIPE (needs bash and head)',
    (format) => {
      const r = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" "$1" score --format ${format} "$2" | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`,
          'sh',
          BIN,
          big,
        ],
        { env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 30_000 },
      );
      expect(r.stderr).toContain('exit=0');
      expect(r.stderr).not.toMatch(/EPIPE|internal error/);
      expect(r.stderr).not.toMatch(STACK);
    },
  );
});
