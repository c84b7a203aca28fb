// Text from files never reaches a terminal raw, and never becomes Markdown markup (issue 15 items
// 20 and 24): criteria titles, labels, captions and criterion texts with escape sequences, the
// title-setting OSC sequence, <script>, ** and _ and formula-like ids.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdTable, mdText } from '../../src/text/markdown.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const ESC = '\x1b[31m';
const OSC = '\x1b]0;pwned\x07';
/** Whether text holds a raw ESC or BEL (a regex literal would trip no-control-regex). */
const raw = (s: string) => s.includes('\x1b') || s.includes('\x07');

const tmp = tempDir();
const dir = join(tmp, 'criteria');
mkdirSync(dir);
writeFileSync(
  join(dir, 'evil.yaml'),
  [
    'id: evil',
    `title: "Evil ${ESC}title"`,
    'report:',
    '  table: 3',
    `  label: "Label ${OSC}<script>alert(1)</script>"`,
    `  caption: "Caption **bold** _em_ ${ESC}"`,
    'criteria:',
    '  - id: EV1',
    `    text: "Text ${OSC} **x**"`,
    '    severity: expected',
  ].join('\n'),
);
const cases = join(tmp, 'cases.csv');
writeFileSync(cases, 'case_id,case_type,self_grade,EV1\n"=1+1",evil,good,n\nok_id,evil,,y\n');

describe('terminal escape injection: every text output escapes what files say', () => {
  it.each([
    ['criteria list (table)', ['criteria', 'list', dir]],
    ['criteria list (markdown)', ['criteria', 'list', dir, '-f', 'markdown']],
    ['template --format yaml', ['template', 'evil', '-c', dir, '-f', 'yaml']],
    ['report (table)', ['report', '-c', dir, cases]],
    ['report (markdown)', ['report', '-c', dir, '-f', 'markdown', cases]],
  ])('%s', async (_name, args) => {
    const r = await runCli(args);
    expect(raw(r.stdout), r.stdout).toBe(false);
    expect(raw(r.stderr), r.stderr).toBe(false);
    // The text is shown, escaped, not dropped.
    expect(`${r.stdout}${r.stderr}`).toMatch(/\\x1b/);
  });
});

describe('Markdown output: nothing from a file becomes markup', () => {
  it('mdText escapes HTML, emphasis, code and a leading formula character', () => {
    expect(mdText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(mdText('**bold** _em_ `code`')).toBe('\\*\\*bold\\*\\* \\_em\\_ \\`code\\`');
    expect(mdText('=HYPERLINK("x")')).toBe('\\=HYPERLINK("x")');
    expect(mdText('-1')).toBe('\\-1');
    expect(mdText('G17-001')).toBe('G17-001');
  });

  it('mdTable escapes every cell, heads too; a pipe never splits a cell', () => {
    expect(mdTable(['A|B', 'n'], [['<b>x</b>', 3]])).toBe('| A\\|B | n |\n| --- | --- |\n| \\<b\\>x\\</b\\> | 3 |\n');
  });

  it('report --format markdown: captions, labels and ids escaped', async () => {
    const r = await runCli(['report', '-c', dir, '-f', 'markdown', cases]);
    expect(r.stdout).not.toContain('<script>');
    expect(r.stdout).toContain('\\<script\\>');
    expect(r.stdout).toContain('Caption \\*\\*bold\\*\\* \\_em\\_');
    expect(r.stdout).not.toMatch(/[^\\]\*\*bold/);
  });

  it('score --format markdown: a formula-like id is escaped, other ids as written', async () => {
    const r = await runCli(['score', '-c', dir, '-f', 'markdown', cases]);
    expect(r.stdout).toContain('| \\=1+1 | evil |');
    expect(r.stdout).toContain('| ok\\_id | evil |');
  });
});
