// Whether a YAML case file is long form (a case with an `assessments:` list), found before it is
// read: a small file, or one not in the plain layout, is parsed whole; a large one is cut into its
// cases and only a case that names `assessments` is parsed, so the look costs one pass of cutting.
import { openSync, readFileSync } from 'node:fs';
import type * as Yaml from 'yaml';
import { requireCjs } from '../../text/require-cjs.js';
import { FileChunks } from '../inputs/file-chunks.js';
import { StreamDecoder } from '../inputs/decode.js';
import { parseYaml } from './yaml-doc.js';
import { MAX_YAML_BYTES, WHOLE_BELOW } from './yaml-cases.js';
import { YamlSplitter, type YamlPiece } from './yaml-split.js';

const hasAssessments = (value: unknown): boolean => {
  const cases = (value as { cases?: unknown } | null)?.cases;
  return Array.isArray(cases) && cases.some((c) => typeof c === 'object' && c !== null && Object.hasOwn(c, 'assessments'));
};

export async function yamlIsLong(name: string, size: number): Promise<boolean> {
  if (size <= WHOLE_BELOW) return wholeIsLong(readFileSync(name));
  const splitter = new YamlSplitter();
  const decoder = new StreamDecoder();
  const long = (pieces: YamlPiece[]) =>
    pieces.some(
      (p) => p.kind === 'case' && p.text.includes('assessments') && hasAssessments(parseYaml(name, p.text, { schema: 'failsafe' }).value),
    );
  const chunks = new FileChunks(openSync(name, 'r'));
  try {
    for await (const chunk of chunks) if (long(splitter.push(decoder.write(chunk)))) return true;
    if (long(splitter.push(decoder.end())) || long(splitter.end())) return true;
  } finally {
    chunks.destroy();
  }
  return splitter.unsplittable && size <= MAX_YAML_BYTES ? wholeIsLong(readFileSync(name)) : false;
}

function wholeIsLong(bytes: Buffer): boolean {
  const decoder = new StreamDecoder();
  const text = decoder.write(bytes) + decoder.end();
  const { parse } = requireCjs('yaml') as typeof Yaml;
  return hasAssessments(parse(text, { schema: 'failsafe', maxAliasCount: 100, logLevel: 'silent' }));
}
