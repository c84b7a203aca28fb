// `criteria list` on the foreign fixture directory: types in table order (then id), with their criteria.
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const foreign = fixture('criteria-foreign');

describe('criteria list', () => {
  it('JSON: every type with aliases, report table and criteria, in table order', async () => {
    const { code, stdout } = await runCli(['criteria', 'list', foreign, '--format', 'json']);
    expect(code).toBe(0);
    const types = JSON.parse(stdout) as Array<{
      id: string;
      aliases: string[];
      report: { table: number };
      widespread: number;
      criteria: Array<{ id: string }>;
    }>;
    expect(types.map((t) => [t.id, t.aliases, t.report.table, t.widespread, t.criteria.map((c) => c.id)])).toEqual([
      ['neglect', ['NEG'], 3, 2, ['NEG-1', 'NEG-2']],
      ['county-lines', ['cl'], 4, 3, ['CL1', 'CL2', 'CL3']],
      ['criminal-exploitation', [], 4, 3, ['CCE.1', 'CCE.2', 'CCE.3']],
    ]);
    expect(JSON.parse(stdout)[0].criteria[0]).toEqual({
      id: 'NEG-1',
      text: "The child's lived experience was recorded: what they saw, heard and said",
      severity: 'serious',
      refer: true,
    });
  });

  it('Markdown: a heading per type and a criteria table', async () => {
    const { stdout } = await runCli(['criteria', 'list', foreign, '--format', 'markdown']);
    expect(stdout.split('\n\n## ')[0]).toBe(
      [
        '## neglect: Neglect (aliases: NEG)',
        '',
        'Table 3: Children living with neglect; widespread at 2 unmet',
        '',
        '| Criterion | Severity | Refer | Text |',
        '| --- | --- | --- | --- |',
        "| NEG-1 | serious | yes | The child's lived experience was recorded: what they saw, heard and said |",
        '| NEG-2 | expected |  | The home conditions were photographed or described |',
      ].join('\n'),
    );
  });

  it('CSV: one row per criterion', async () => {
    const { stdout } = await runCli(['criteria', 'list', foreign, '--format', 'csv']);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('\ufefftable,label,case_type,title,aliases,widespread,criterion_id,severity,refer,text');
    expect(lines[1]).toBe(
      '3,Children living with neglect,neglect,Neglect,NEG,2,NEG-1,serious,yes,"The child\'s lived experience was recorded: what they saw, heard and said"',
    );
    expect(lines).toHaveLength(2 + 8);
  });

  it('table: the bundled directory, Table 3 first', async () => {
    const { code, stdout } = await runCli(['criteria', 'list']);
    expect(code).toBe(0);
    expect(
      stdout.startsWith('section-47: Child protection enquiry (s. 47) (aliases: s47, section47, child-protection-enquiry)\nTable 3: '),
    ).toBe(true);
  });

  it('an invalid directory stops with exit 1', async () => {
    expect((await runCli(['criteria', 'list', fixture('criteria-bad/duplicate-key')])).code).toBe(1);
  });
});
