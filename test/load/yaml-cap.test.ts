// YAML memory (issue 30 item 4): a YAML file that cannot be cut into cases (flow style) is still
// parsed whole and must be under 3 MB, and the refusal says how to lay it out. A file over 3 MB in
// the plain layout is read case by case: test/load/yaml-large.stress.test.ts.
import { expect, it } from 'vitest';
import { MAX_YAML_BYTES } from '../../src/load/yaml/yaml-cases.js';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

const file = tempFiles();
const CASE =
  '  - id: Y-%\n    type: da\n    findings: { DA1: met, DA2: met, DA3: met, DA4: met, DA5: met, DA6: met, DA7: met, DA8: met }\n';
const count = Math.ceil(MAX_YAML_BYTES / CASE.length) + 200;

it('refuses a YAML file over 3 MB in flow style, saying to write the cases one under another', async () => {
  const flow = `cases: [\n${Array.from({ length: count }, (_, i) => `  { id: Y-${i}, type: da, findings: { DA1: met, DA2: met, DA3: met, DA4: met, DA5: met, DA6: met, DA7: met, DA8: met } },\n`).join('')}]\n`;
  expect(flow.length).toBeGreaterThan(MAX_YAML_BYTES);
  const over = file('flow.yaml', flow);
  const r = await runCli(['report', '--format', 'json', over]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(
    `${over}: this YAML case file is not a plain block list of cases under a last top-level "cases:" key, so it is read whole, and such files must be under 3 MB`,
  );
});
