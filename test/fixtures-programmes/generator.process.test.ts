// The constructed programmes are made by scripts/make-programme-fixtures.mjs, the dashboard's
// example by scripts/make-dashboard-fixture.mjs: rerunning them must give the committed files byte
// for byte (so an edit to the plan is an edit to the script, never to a fixture by hand), and each
// folder says it is constructed.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fixture } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const FOLDERS = ['childrens-services', 'inspection-2025'];

/** Every file under a folder, as paths relative to it, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('the constructed programmes’ generator', () => {
  it('reproduces every committed file byte for byte, and the folders hold nothing else but their README', () => {
    const out = tempDir();
    const r = spawnSync(process.execPath, ['scripts/make-programme-fixtures.mjs', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const folder of FOLDERS) {
      const made = files(join(out, folder));
      expect(made.length).toBeGreaterThan(4);
      expect(files(fixture(folder))).toEqual([...made, 'README.md'].sort());
      for (const name of made)
        expect(readFileSync(join(out, folder, name)), `${folder}/${name}`).toEqual(readFileSync(fixture(`${folder}/${name}`)));
    }
  });

  it('labels its criteria files and each README as constructed (a CSV cannot carry a comment)', () => {
    for (const folder of FOLDERS) {
      expect(readFileSync(fixture(`${folder}/README.md`), 'utf8')).toMatch(/^# .*\(constructed\)\n\n\*\*Constructed example\*\*/);
      for (const name of files(fixture(`${folder}/criteria`))) {
        expect(readFileSync(fixture(`${folder}/criteria/${name}`), 'utf8')).toMatch(/^# CONSTRUCTED example/);
      }
    }
  });
});

describe('the dashboard example’s generator (scripts/make-dashboard-fixture.mjs)', () => {
  it('reproduces every committed file of fixtures/dashboard byte for byte; the folder holds nothing else but its README', () => {
    const out = tempDir();
    const r = spawnSync(process.execPath, ['scripts/make-dashboard-fixture.mjs', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const made = files(out);
    expect(made).toHaveLength(5);
    expect(files(fixture('dashboard'))).toEqual([...made, 'README.md'].sort());
    for (const name of made) expect(readFileSync(join(out, name)), name).toEqual(readFileSync(fixture(`dashboard/${name}`)));
    expect(readFileSync(fixture('dashboard/README.md'), 'utf8')).toMatch(/^# .*\(constructed\)\n\n\*\*Constructed example\*\*/);
  });
});
