// The CSV loader fed in chunks of a given size, for tests that positions hold whatever the chunking.
import { Readable } from 'node:stream';
import { BUNDLED_CRITERIA } from '../../src/commands/context.js';
import { loadCriteriaDir } from '../../src/load/criteria/criteria-dir.js';
import { loadCsv } from '../../src/load/csv/csv-cases.js';

/** The bytes as a stream of `size`-byte chunks (0: one chunk). */
export function chunked(bytes: Buffer, size: number): Readable {
  if (size === 0) return Readable.from([bytes]);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

/** What the loader reports, in order: `id@line` per case, `rule@line` per problem. */
export async function positions(text: string | Buffer, size: number): Promise<string[]> {
  const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;
  const out: string[] = [];
  await loadCsv('t.csv', chunked(Buffer.from(text), size), criteria, {
    onWideRow: (r) => out.push(`${r[0]!.caseId}@${r[0]!.source.line}`),
    onLongRow: (r) => out.push(`${r[0]!.caseId}@${r[0]!.source.line}`),
    onReject: (d) => out.push(`${d.rule}@${d.line}`),
    onDiagnostic: (d) => out.push(`${d.rule}@${d.line}`),
  });
  return out;
}
