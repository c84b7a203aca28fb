// `case-audit template <case-type>`: a blank form for one case type, CSV (default), YAML or XLSX;
// with --pseudonymise, the YAML and the workbook name the key's fingerprint (the form has no ids).
import { didYouMean } from '../text/did-you-mean.js';
import { Reported } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import { quote } from '../text/escape.js';
import type { FormModel } from '../render/sample/form-text.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import { emit } from '../write/emit.js';
import { loadCriteria, makeContext, sharingOption, type CommonOptions } from './context.js';

export async function templateCommand(args: unknown[], options: CommonOptions, io: Io): Promise<number> {
  const ctx = makeContext(io, options);
  const name = String(args[0]);
  const set = loadCriteria(ctx);
  const type = set.typeByName.get(name.toLowerCase());
  if (!type) {
    const known = set.types.map((t) => (t.aliases.length ? `${t.id} (${t.aliases.join(', ')})` : t.id)).join(', ');
    io.stderr.write(`case-audit: unknown case type ${quote(name)}${didYouMean(name, set.typeByName.keys())}; known types: ${known}\n`);
    throw new Reported(2);
  }
  const form: FormModel = { programme: set.programme, types: [type], extraColumns: [], cases: [] };
  const render = await rendererFor(FORMATS.template, options.format);
  await emit(await render(form, { paint: ctx.paint, cwd: io.cwd, ...sharingOption(ctx) }), options.output, io.stdout);
  return 0;
}
