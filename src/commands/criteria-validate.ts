// `case-audit criteria validate [dir]`: the CI check of a criteria directory. Every problem is
// reported, not just the first; exit 0 clean, 1 problems (warnings only with --strict), 2 unreadable.
import type { Io } from '../domain/io.js';
import { loadCriteriaDir } from '../load/criteria/criteria-dir.js';
import { escapeText } from '../text/escape.js';
import { problemsSummary } from '../render/criteria/criteria-problems.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { paint } from '../render/terminal/paint.js';
import { displayPath } from '../render/diagnostics.js';
import { emit } from '../write/emit.js';
import { BUNDLED_CRITERIA, missingHint, type CommonOptions } from './context.js';

export async function criteriaValidateCommand(args: unknown[], options: CommonOptions & { verbose?: boolean }, io: Io): Promise<number> {
  const dir = (args[0] as string | undefined) ?? options.criteria ?? BUNDLED_CRITERIA;
  const loaded = loadCriteriaDir(dir, missingHint(options, dir));
  if (options.verbose) {
    for (const file of loaded.skipped)
      io.stderr.write(`${escapeText(displayPath(file, io.cwd))}: skipped (a name starting with "_" is not a criteria file)\n`);
  }
  const render = await rendererFor(FORMATS['criteria validate'], options.format);
  const text = (await render(loaded.diagnostics, { paint: paint(false), cwd: io.cwd })) as string;
  // Linter lines belong on stderr; annotations and JSON are the output, for stdout or --output.
  if (options.format === 'text' && !options.output) io.stderr.write(text);
  else await emit(text, options.output, io.stdout);
  io.stderr.write(`${problemsSummary(loaded.diagnostics, loaded.files.length)}\n`);
  const errors = loaded.diagnostics.some((d) => d.severity === 'error');
  return errors || (options.strict && loaded.diagnostics.length > 0) ? 1 : 0;
}
