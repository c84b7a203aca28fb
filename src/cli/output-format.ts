// Which format a command writes: --format (or sample's --form-format) when given, else the
// extension of --output, else the command's default. A file named report.html must never get the
// terminal table: a name and a --format that disagree, or a name the command has no format for,
// is a usage error before any work. A workbook goes to a file or a pipe, never to a terminal.
import type { Command } from 'commander';
import { extname } from 'node:path';
import { UsageError } from '../domain/errors.js';

/** File extensions that name a format; any other (.txt, none) leaves the format to --format or the default. */
const EXTENSION_FORMATS: Readonly<Record<string, string>> = {
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.xlsx': 'xlsx',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

interface FormatOptions {
  format?: string;
  output?: string;
  formFormat?: string;
}

export function outputFormat(cmd: Command, options: FormatOptions, stdoutIsTTY: boolean): void {
  const flag =
    options.formFormat !== undefined ? '--form-format' : cmd.getOptionValueSource('format') === 'default' ? undefined : '--format';
  if (options.formFormat !== undefined) options.format = options.formFormat;
  const output = options.output ?? '';
  const ext = extname(output).toLowerCase();
  const named = EXTENSION_FORMATS[ext];
  if (named !== undefined && output !== '-') {
    if (flag && options.format !== named) {
      throw new UsageError(
        `${flag} ${options.format} but --output ${output}: the file name says ${named}; leave out ${flag} to write ${named}, or name the file otherwise`,
      );
    }
    const formats = cmd.options.find((o) => o.long === '--format')?.argChoices ?? [];
    if (!formats.includes(named)) {
      const name = cmd.parent?.parent ? `${cmd.parent.name()} ${cmd.name()}` : cmd.name();
      throw new UsageError(
        `--output ${output}: ${name} writes no ${named}; ${formats.length === 1 ? 'its only format is' : 'its formats are'} ${formats.join(', ')}`,
      );
    }
    options.format = named;
  }
  if (options.format === 'xlsx' && (!options.output || (options.output === '-' && stdoutIsTTY))) {
    throw new UsageError('--format xlsx writes a workbook, not text for a terminal: give --output FILE.xlsx');
  }
}
