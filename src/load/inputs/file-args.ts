// File arguments as Windows shells pass them: cmd and PowerShell do not expand `cases\*.csv` or
// `forms/**/*.xlsx`, so case-audit does (tinyglobby). A path that exists is always itself, never a
// pattern (a file may be called `[draft].csv`); a pattern that matches nothing is an error naming it.
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { InputError } from '../../domain/errors.js';

/** The file argument that means standard input. */
export const STDIN = '-';

/** Characters a glob pattern needs; an argument with none is a plain path, and tinyglobby (~50 ms to load) is not loaded. */
const GLOB_CHARS = /[*?[\]{}()!+@]/;

export async function expandFileArgs(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (!seen.has(path)) out.push(path);
    seen.add(path);
  };
  for (const arg of args) {
    // Backslashes are Windows separators here: `cases\*.csv` is `cases/*.csv`.
    const pattern = arg.replaceAll('\\', '/');
    if (arg === STDIN || !GLOB_CHARS.test(pattern) || existsSync(arg)) {
      out.push(arg);
      continue;
    }
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(pattern)) {
      out.push(arg);
      continue;
    }
    // As given: an absolute pattern gives absolute paths, a relative one paths from here.
    const matches = await glob(pattern, {
      onlyFiles: true,
      expandDirectories: false,
      absolute: isAbsolute(pattern) || /^[A-Za-z]:\//.test(pattern),
    });
    if (matches.length === 0)
      throw new InputError(arg, 'no files match this pattern; expected case files (check the folder and the extension)');
    // Sorted, so a run reads the files in the same order on every system.
    for (const match of matches.sort()) add(match);
  }
  return out;
}
