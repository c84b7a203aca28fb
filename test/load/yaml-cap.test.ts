// YAML memory (issue 15, item 19): a YAML document is parsed whole at ~115 bytes of memory per byte,
// so files are capped at 3 MB (about 20,000 cases) and a larger one is refused with "use CSV".
import { expect, it } from 'vitest';
import { MAX_YAML_BYTES } from '../../src/load/yaml/yaml-cases.js';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

const file = tempFiles();
const CASE =
  '  - id: Y-%\n    type: da\n    findings: { DA1: met, DA2: met, DA3: met, DA4: met, DA5: met, DA6: met, DA7: met, DA8: met }\n';

it('refuses a YAML file over 3 MB, saying to use CSV, and reads one just under it', async () => {
  expect(MAX_YAML_BYTES).toBe(3 * 1024 * 1024);
  const cases = (n: number) => `cases:\n${Array.from({ length: n }, (_, i) => CASE.replace('%', String(i))).join('')}`;
  const per = CASE.length + 4;
  const over = file('over.yaml', cases(Math.ceil(MAX_YAML_BYTES / per) + 200));
  const r = await runCli(['report', '--format', 'json', over]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(
    `${over}: YAML case files are read whole and must be under 3 MB (about 20,000 cases); use CSV for files this large`,
  );
  const under = file('under.yaml', cases(1000));
  const ok = await runCli(['report', '--format', 'json', under]);
  expect(ok.code, ok.stderr).toBe(0);
  expect((JSON.parse(ok.stdout) as { totals: { read: number } }).totals.read).toBe(1000);
});
