// When a command writes a workbook: --format xlsx, sample's --form-format xlsx, or an --output
// named .xlsx with no --format given. A workbook goes to a file or a pipe, never to a terminal.
import type { Command } from 'commander';
import { UsageError } from '../domain/errors.js';

export function xlsxFormat(cmd: Command, options: { format?: string; output?: string; formFormat?: string }, stdoutIsTTY: boolean): void {
  if (options.formFormat) options.format = options.formFormat;
  const formats = cmd.options.find((o) => o.long === '--format')?.argChoices ?? [];
  const named = cmd.getOptionValueSource('format') === 'default' && !options.formFormat;
  if (named && formats.includes('xlsx') && /\.xlsx$/i.test(options.output ?? '')) options.format = 'xlsx';
  if (options.format === 'xlsx' && (!options.output || (options.output === '-' && stdoutIsTTY))) {
    throw new UsageError('--format xlsx writes a workbook, not text for a terminal: give --output FILE.xlsx');
  }
}
