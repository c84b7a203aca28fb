// `case-audit reveal --pseudonymise KEY <register...>`: each case id (and auditor code) of the
// register beside its pseudonym under the key, for the key holder to trace a shared figure back to
// a case. The register is read as written (nothing is pseudonymised on the way in); nothing else
// reverses a pseudonym.
import { UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import { pseudonymsFrom } from '../load/key-file.js';
import { FORMATS, rendererFor } from '../render/formats.js';
import type { RevealModel } from '../render/reveal/reveal-formats.js';
import { emit } from '../write/emit.js';
import { accountingToStderr, exitCodeFor, loadCriteria, makeContext, preflight, readFiles, type CommonOptions } from './context.js';

export async function revealCommand(args: unknown[], options: CommonOptions, io: Io): Promise<number> {
  const { pseudonymise, ...plain } = options;
  if (pseudonymise === undefined) throw new UsageError('reveal needs --pseudonymise KEYFILE: the key the pseudonyms were made with');
  const ids = pseudonymsFrom(pseudonymise);
  const ctx = makeContext(io, plain);
  const files = args[0] as string[];
  const criteria = loadCriteria(ctx);
  preflight(ctx, files);
  const rows: Array<RevealModel['rows'][number]> = [];
  const seen = new Set<string>();
  const add = (kind: 'case' | 'auditor', id: string) => {
    if (seen.has(`${kind}:${id}`)) return;
    seen.add(`${kind}:${id}`);
    rows.push({ kind, id, pseudonym: kind === 'case' ? ids.caseId(id) : ids.auditor(id) });
  };
  // Every row's id, a rejected row's too: its pseudonym is in the messages of a pseudonymised run.
  const result = await readFiles(
    ctx,
    files,
    criteria,
    {
      case(c) {
        for (const a of c.assessments.values()) if (a.auditor !== null) add('auditor', a.auditor);
      },
    },
    { onRowId: (id) => add('case', id) },
  );
  const render = await rendererFor(FORMATS.reveal, options.format);
  await emit(await render({ pseudonymKey: ids.fingerprint, rows }, { paint: ctx.paint, cwd: io.cwd }), options.output, io.stdout);
  accountingToStderr(ctx, result);
  return exitCodeFor(ctx, result);
}
