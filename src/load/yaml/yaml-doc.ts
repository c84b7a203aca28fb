// Parse YAML into plain data with positions, keeping the parser's own excerpts out of messages
// (they may quote a note about a child).
import type * as Yaml from 'yaml';
import { requireCjs } from '../../text/require-cjs.js';
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import { MAX_YAML_DEPTH, tooDeep } from './yaml-depth.js';

const { isMap, isPair, isScalar, LineCounter, parseDocument, visit } = requireCjs('yaml') as typeof Yaml;
type Document = Yaml.Document;
type LineCounter = Yaml.LineCounter;

export interface ParsedYaml {
  doc: Document;
  /** Positions in the file (a piece of a file is placed at its own first line). */
  lineCounter: Pick<LineCounter, 'linePos'>;
  value: unknown;
  diagnostics: Diagnostic[];
}

export interface YamlOptions {
  /** failsafe: every scalar is a string, so ids stay exactly as written (007 is not 7). */
  schema: 'core' | 'failsafe';
  /** The file's line that is the text's first line (a piece of a large case file): 1 by default. */
  firstLine?: number;
}

const MAX_ALIASES = 100;

export function parseYaml(file: string, text: string, options: YamlOptions): ParsedYaml {
  const counter = new LineCounter();
  const shift = (options.firstLine ?? 1) - 1;
  const lineCounter =
    shift === 0
      ? counter
      : {
          linePos(offset: number) {
            const { line, col } = counter.linePos(offset);
            return { line: line + shift, col };
          },
        };
  const deep = tooDeep(text);
  if (deep) {
    const diagnostics = [error(file, deep.line + shift, 'yaml-nesting', yamlMessage('RESOURCE_EXHAUSTION', ''), deep.col)];
    return { doc: parseDocument(''), lineCounter, value: undefined, diagnostics };
  }
  const doc = parseDocument(text, {
    lineCounter: counter,
    schema: options.schema,
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'error',
  });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => lineCounter.linePos(offset);
  let syntax = false;
  for (const problem of [...doc.errors, ...doc.warnings]) {
    // The stack overflow can surface under several codes (a tag that could not resolve, say).
    const code = /Maximum call stack/.test(problem.message) ? 'RESOURCE_EXHAUSTION' : problem.code;
    // After the first syntax error the parser has lost its place: what follows is its echo, not news.
    if (ruleFor(code) === 'yaml-syntax' || ruleFor(code) === 'yaml-nesting') {
      if (syntax) continue;
      syntax = true;
    }
    const { line, col } = at(problem.pos[0]);
    const opened = problem.code === 'MISSING_CHAR' ? openingQuote(doc, problem.pos[0]) : undefined;
    if (opened === undefined) diagnostics.push(error(file, line, ruleFor(code), yamlMessage(code, problem.message), col));
    else {
      // The parser places an unclosed quote where the file ends; the useful place is where it opens.
      const start = at(opened);
      diagnostics.push(
        error(
          file,
          start.line,
          'yaml-syntax',
          `YAML: this quoted value is never closed (it runs to line ${line}); add the closing quote`,
          start.col,
        ),
      );
    }
  }
  const tags = doc.errors.length === 0 ? unsupportedTags(doc, file, at, shift) : [];
  // One by one: a file can hold more tags than a call can take arguments.
  for (const tag of tags) diagnostics.push(tag);
  let value: unknown = undefined;
  if (doc.errors.length === 0 && tags.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (e) {
      if (e instanceof RangeError) diagnostics.push(error(file, 1 + shift, 'yaml-nesting', yamlMessage('RESOURCE_EXHAUSTION', '')));
      // The alias limit (a "billion laughs" document) surfaces as a thrown ReferenceError.
      else
        diagnostics.push(
          error(file, 1 + shift, 'yaml-aliases', `too many aliases (more than ${MAX_ALIASES}): ${(e as Error).message.split('\n')[0]}`),
        );
    }
  }
  return { doc, lineCounter, value, diagnostics };
}

/** The start of the quoted scalar that runs to `end` (where the parser reports a missing quote). */
function openingQuote(doc: Document, end: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] >= end - 1) found = node.range[0];
    },
  });
  return found;
}

function ruleFor(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate-key';
  if (code === 'TAG_RESOLVE_FAILED') return 'yaml-tag';
  if (code === 'MULTIPLE_DOCS') return 'yaml-documents';
  if (code === 'RESOURCE_EXHAUSTION') return 'yaml-nesting';
  return 'yaml-syntax';
}

/** The parser's message in our words where its own names its API or the JavaScript engine. */
function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'TAG_RESOLVE_FAILED') return `${first}: tags are not supported, write plain values`;
  if (code === 'MULTIPLE_DOCS')
    return 'a second YAML document starts here (a "---" line after the first): expected one document per file; put the rest in a file of its own';
  if (code === 'RESOURCE_EXHAUSTION')
    return `values nested too deeply to read (more than ${MAX_YAML_DEPTH} levels of brackets or dashes, or an indent of over 1,000 spaces); expected a plain mapping`;
  return `YAML: ${first}`;
}

/** Tags whose values are not text, numbers or lists: a Buffer or a Set would reach the schema. */
const UNSUPPORTED_TAGS = new Set(['binary', 'omap', 'pairs', 'set', 'timestamp'].map((t) => `tag:yaml.org,2002:${t}`));

function unsupportedTags(doc: Document, file: string, at: (offset: number) => Position, shift: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (node: { tag?: string | undefined; range?: [number, number, number] | null | undefined }) => {
    if (!node.tag || !UNSUPPORTED_TAGS.has(node.tag) || !node.range) return;
    const { line, col } = at(node.range[0]);
    out.push(
      error(file, line, 'yaml-tag', `${node.tag.replace('tag:yaml.org,2002:', '!!')} values are not supported: write plain text`, col),
    );
  };
  try {
    visit(doc, { Scalar: (_key, node) => check(node), Map: (_key, node) => check(node), Seq: (_key, node) => check(node) });
  } catch (e) {
    // Nesting deep enough to exhaust the stack here fails the read in words, not as a crash.
    if (!(e instanceof RangeError)) throw e;
    return [error(file, 1 + shift, 'yaml-nesting', yamlMessage('RESOURCE_EXHAUSTION', ''))];
  }
  return out;
}

export interface Position {
  line: number;
  col: number;
}

/**
 * The position of the node at `path`, or of the nearest ancestor that exists. With `key`, the
 * position of that key inside the mapping at `path` (for unknown-key messages).
 */
export function positionAt(parsed: Pick<ParsedYaml, 'doc' | 'lineCounter'>, path: readonly PropertyKey[], key?: string): Position {
  const { doc, lineCounter } = parsed;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (!node || typeof node !== 'object') continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lineCounter.linePos(range[0]);
    }
    const range = (node as { range?: [number, number, number] }).range;
    if (range) return lineCounter.linePos(range[0]);
  }
  return { line: 1, col: 1 };
}
