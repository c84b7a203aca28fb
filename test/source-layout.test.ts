// A file's name says what it holds, once (issue 24 item 5): no two source files share a name, so a
// name in a stack trace, an import or a review comment points at one file. Three `columns.ts` and
// a `report.ts` per room were what a newcomer tripped over.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('source file names', () => {
  it('finds the source files', () => {
    expect(sources.length).toBeGreaterThan(200);
  });

  it('no two files in src/ share a name', () => {
    const byName = new Map<string, string[]>();
    for (const f of sources) byName.set(basename(f), [...(byName.get(basename(f)) ?? []), f]);
    expect([...byName.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });
});
