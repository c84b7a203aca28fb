// A YAML case file over the old 3 MB cap, in the plain layout, read case by case (issue 30 item 4):
// every case read, none rejected. A stress test: ~25,000 cases through the CLI take 10-60 s.
import { expect, it } from 'vitest';
import { MAX_YAML_BYTES } from '../../src/load/yaml/yaml-cases.js';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

const file = tempFiles();
const CASE =
  '  - id: Y-%\n    type: da\n    findings: { DA1: met, DA2: met, DA3: met, DA4: met, DA5: met, DA6: met, DA7: met, DA8: met }\n';
const count = Math.ceil(MAX_YAML_BYTES / (CASE.length + 4)) + 2000;

it('reads every case of a YAML file over 3 MB in the plain layout', { timeout: 300_000 }, async () => {
  expect(MAX_YAML_BYTES).toBe(3 * 1024 * 1024);
  const text = `force: Testshire\ncases:\n${Array.from({ length: count }, (_, i) => CASE.replace('%', String(i))).join('')}`;
  expect(text.length).toBeGreaterThan(MAX_YAML_BYTES);
  const r = await runCli(['report', '--format', 'json', file('over.yaml', text)]);
  expect(r.code, r.stderr).toBe(0);
  const report = JSON.parse(r.stdout) as { totals: { read: number; rejected: number } };
  expect(report.totals.read).toBe(count);
  expect(report.totals.rejected).toBe(0);
});
