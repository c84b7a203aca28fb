// -o decides the format from its extension (issue 23 item 3), for every command that takes --output:
// report.html used to get the terminal table, exit 0.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { OUTPUT_COMMANDS } from '../helpers/outputs.js';
import { quickOr } from '../helpers/quick.js';
import { tempDir } from '../helpers/tmp.js';

/** Written here as the user would type them, not read from the code under test. */
const EXTENSIONS: ReadonlyArray<readonly [string, string]> = [
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.HTML', 'html'],
  ['.csv', 'csv'],
  ['.json', 'json'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.xlsx', 'xlsx'],
  ['.yaml', 'yaml'],
  ['.yml', 'yaml'],
];

const dir = tempDir();
let made = 0;
const fresh = (ext: string) => join(dir, `out-${made++}${ext}`);

/** A workbook's bytes change with its creation time: compare its kind only. */
const content = (path: string) => {
  const bytes = readFileSync(path);
  return bytes.subarray(0, 4).toString('latin1') === 'PK\x03\x04' ? 'a workbook' : bytes.toString('utf8');
};

/** The same run with --format: once per command and format (.htm, .HTML and .html share it). */
const explicitRuns = new Map<string, Promise<{ code: number; content: string }>>();
const explicitly = (argv: string[], format: string) => {
  const key = JSON.stringify([argv, format]);
  let run = explicitRuns.get(key);
  if (!run) {
    const path = fresh('');
    run = runCli([...argv, '--format', format, '--output', path]).then((r) => ({ code: r.code, content: content(path) }));
    explicitRuns.set(key, run);
  }
  return run;
};

// The moderation form is `sample` with --second-marker: the same choice of format, tested as sample.
// Every command shares the one choice (render/formats.ts): the fast loop (test/helpers/quick.ts) tries
// three, of many formats (report), a default that is not a table (sample) and one format (criteria schema).
const QUICK_COMMANDS = ['report', 'sample', 'criteria schema'];
const commands = OUTPUT_COMMANDS.filter((c) => c.label === undefined && quickOr(QUICK_COMMANDS.includes(c.command.join(' ')), true));
const cases = commands.flatMap(({ command, args, formats }) =>
  EXTENSIONS.map(([ext, format]) => ({ name: `${command.join(' ')} -o x${ext}`, command, args, formats, ext, format })),
);

describe('the extension of --output chooses the format', () => {
  it.each(cases)('$name', async ({ command, args, formats, ext, format }) => {
    const out = fresh(ext);
    const r = await runCli([...command, ...args, '--output', out]);
    if (formats.includes(format)) {
      expect(r.code, r.stderr).toBeLessThan(2);
      expect(await explicitly([...command, ...args], format)).toEqual({ code: r.code, content: content(out) });
    } else {
      expect(r.code).toBe(2);
      const name = command.join(' ');
      expect(r.stderr).toBe(
        `case-audit: --output ${out}: ${name} writes no ${format}; ${formats.length === 1 ? 'its only format is' : 'its formats are'} ${formats.join(', ')} (see case-audit --help)\n`,
      );
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('--format and an extension that disagree', () => {
  // criteria schema has one format only: no other to disagree with.
  it.each(cases.filter((c) => c.formats.length > 1))(
    '$name with another --format: exit 2 naming both, nothing written',
    async ({ command, args, formats, ext, format }) => {
      const other = formats.find((f) => f !== format)!;
      const out = fresh(ext);
      const r = await runCli([...command, ...args, '--format', other, '--output', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `case-audit: --format ${other} but --output ${out}: the file name says ${format}; leave out --format to write ${format}, or name the file otherwise (see case-audit --help)\n`,
      );
      expect(existsSync(out)).toBe(false);
    },
  );

  it("sample's --form-format is held to the name too", async () => {
    const { args } = commands.find((c) => c.command[0] === 'sample')!;
    const out = fresh('.xlsx');
    const r = await runCli(['sample', ...args, '--form-format', 'csv', '--output', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--form-format csv but --output ${out}: the file name says xlsx`);
  });
});

describe('a name that names no format keeps the default (or --format)', () => {
  it.each(commands.flatMap((c) => ['.txt', '', '.tsv', '.out.'].map((ext) => ({ ...c, ext, name: `${c.command.join(' ')} -o x${ext}` }))))(
    '$name',
    async ({ command, args, formats, byDefault, ext }) => {
      const written = async (format: string | undefined, name: string) => {
        const r = await runCli([...command, ...args, ...(format ? ['--format', format] : []), '--output', name]);
        expect(r.code, r.stderr).toBeLessThan(2);
        return content(name);
      };
      expect(await written(undefined, fresh(ext))).toBe((await explicitly([...command, ...args], byDefault)).content);
      // --format is free to choose any of the command's formats for such a name.
      const last = formats[formats.length - 1]!;
      expect(await written(last, fresh(ext))).toBe((await explicitly([...command, ...args], last)).content);
    },
  );
});
