// `criteria list` with a programme of its own language: the scale with its recodings, the finding
// spellings, the rule in words and the areas, written out by hand from the programme below. The
// bundled (2017) programme's list has none of this, as before.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const dir = join(tempDir('case-audit-list-'), 'criteria');
mkdirSync(dir);
writeFileSync(
  join(dir, 'alpha.yaml'),
  `id: alpha
title: Alpha
report: { table: 3, label: Alpha cases, caption: Alpha caption }
criteria:
  - { id: A1, text: First, severity: serious, area: responding }
  - { id: A2, text: Second, severity: expected }
`,
);
writeFileSync(
  join(dir, 'programme.yaml'),
  `name: Four point
scale:
  - { id: outstanding, label: Outstanding, meaning: Exceptional practice }
  - { id: good, label: Good, accept: [g] }
  - { id: requires_improvement, label: Requires improvement, table_label: Requiring improvement, accept: [ri, adequate] }
  - { id: inadequate, label: Inadequate }
findings:
  met: { accept: [y, met] }
  partly: { accept: [p, partly] }
  unmet: { label: Not met, accept: [n, not met] }
grading:
  - grade: inadequate
    if: { serious_unmet: 1 }
  - grade: inadequate
    if: { unmet: widespread, serious_partly: 2 }
  - grade: requires_improvement
    if: { not_met: 3 }
  - grade: requires_improvement
    if: { unmet: 1, partly: 1 }
  - grade: good
    if: { met_share_below: 1 }
  - grade: outstanding
areas:
  - { id: responding, title: Responding to children at risk }
`,
);

const LANGUAGE = `## Scale, best first

| Grade | Label | Table label | Also accepted |
| --- | --- | --- | --- |
| outstanding | Outstanding | Outstanding |  |
| good | Good | Good | g |
| requires\\_improvement | Requires improvement | Requiring improvement | ri, adequate |
| inadequate | Inadequate | Inadequate |  |

## Findings

| Finding | Label | Case files may write |
| --- | --- | --- |
| met | Met | y, met |
| partly | Partly met | p, partly, Partly met |
| unmet | Not met | n, not met |
| na | n/a | na, n/a |

## Grading rule: the first rule that holds gives the derived grade

| Rule | Grade | When |
| --- | --- | --- |
| 1 | Inadequate | any serious criterion is not met |
| 2 | Inadequate | grading.widespread or more criteria are not met and 2 or more serious criteria are partly met |
| 3 | Requires improvement | 3 or more criteria are not met or partly met |
| 4 | Requires improvement | any criterion is not met and any criterion is partly met |
| 5 | Good | fewer than 100% of the criteria that apply are met |
| 6 | Outstanding | every other case |

## Areas

| Area | Title |
| --- | --- |
| responding | Responding to children at risk |
`;

describe('criteria list: a programme of its own language', () => {
  it('Markdown: after the types, the scale, findings, rule in words and areas', async () => {
    const { code, stdout } = await runCli(['criteria', 'list', dir, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout.slice(stdout.indexOf('## Scale'))).toBe(LANGUAGE);
    expect(stdout.startsWith('## alpha: Alpha\n')).toBe(true);
  });

  it('table: the same sections, titled', async () => {
    const { stdout } = await runCli(['criteria', 'list', dir], { tty: { columns: 160 } });
    for (const title of ['Scale, best first', 'Findings', 'Grading rule: the first rule that holds gives the derived grade', 'Areas'])
      expect(stdout).toContain(`\n${title}\n`);
    expect(stdout).toMatch(/│ requires_improvement │ Requires improvement │ Requiring improvement │ ri, adequate +│/);
    expect(stdout).toMatch(/│ 5 +│ Good +│ fewer than 100% of the criteria that apply are met +│/);
  });

  it('the bundled programme lists only its types, as before', async () => {
    for (const format of ['table', 'markdown']) {
      const { stdout } = await runCli(['criteria', 'list', '--format', format]);
      expect(stdout).not.toContain('Scale, best first');
      expect(stdout).not.toContain('Grading rule');
    }
  });
});
