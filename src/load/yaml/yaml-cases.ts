// YAML case files, checked case by case so one bad case rejects only itself. A small file is parsed
// whole; a larger one in the plain layout is cut into its cases (./yaml-split.ts) and read twice,
// one case at a time: first to find any problem that rejects the whole file (as parsing it whole
// would, before a case is counted), then to hand each case on. Memory stays flat in the file's size.
import type { ByteSource } from '../inputs/input.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import { yamlCaseFileSchema } from '../../schema/cases.js';
import { DecodeError, StreamDecoder } from '../inputs/decode.js';
import { quote } from '../../text/escape.js';
import { RecordChecks } from '../rows/record-checks.js';
import type { CaseSink, LoadOptions } from '../inputs/sink.js';
import { parseYaml, positionAt, type ParsedYaml } from './yaml-doc.js';
import { readCase } from './yaml-case.js';
import { rowId } from '../rows/case-id.js';
import { YamlSplitter, type YamlPiece } from './yaml-split.js';

/**
 * The parser holds ~115 bytes of memory per byte of a document it parses whole (6 MB took 770 MB),
 * so a file not in the plain layout (flow style, say), which cannot be cut into cases, must be under
 * 3 MB. Checked as the bytes arrive, so a large file costs nothing.
 */
export const MAX_YAML_BYTES = 3 * 1024 * 1024;
/** Under this a file is parsed whole (~60 MB at most); above, cut into cases when its layout allows. */
export const WHOLE_BELOW = 512 * 1024;

/** Reads the input again from its start (a file); absent for stdin, whose text is then held. */
export type Reopen = () => ByteSource;

export async function loadYaml(
  file: string,
  stream: ByteSource,
  criteria: CriteriaSet,
  sink: CaseSink,
  options: LoadOptions = {},
  reopen?: Reopen,
  /** @internal Tests cut small files into cases (wholeBelow 0), and see a piece's own errors (maxWhole 0). */
  { wholeBelow, maxWhole } = { wholeBelow: WHOLE_BELOW, maxWhole: MAX_YAML_BYTES },
): Promise<void> {
  const decoder = new StreamDecoder(options.encoding);
  const splitter = new YamlSplitter();
  const check = new PieceCheck(file);
  // The text is kept while it may yet be parsed whole, and all of it for stdin (read once only).
  let parts: string[] | undefined = [];
  let bytes = 0;
  const take = (text: string) => {
    parts?.push(text);
    if (bytes > wholeBelow) for (const piece of splitter.push(text)) check.piece(piece);
  };
  try {
    for await (const chunk of stream) {
      const before = bytes;
      bytes += chunk.length;
      if (before <= wholeBelow && bytes > wholeBelow && parts) {
        // Large: from now on the text is cut into cases and each is checked as it comes.
        for (const piece of splitter.push(parts.join(''))) check.piece(piece);
      }
      take(decoder.write(chunk));
      if (bytes > maxWhole && reopen) parts = undefined;
      if (bytes > maxWhole && (splitter.unsplittable || check.failed)) {
        stream.destroy();
        if (check.failed) for (const d of check.failed) sink.onDiagnostic(d);
        else sink.onDiagnostic(tooLarge(file));
        return;
      }
    }
    take(decoder.end());
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    stream.destroy();
    sink.onDiagnostic(error(file, e.line, 'encoding', e.message, e.col));
    return;
  }
  if (bytes > wholeBelow) for (const piece of splitter.end()) check.piece(piece);
  if (bytes <= wholeBelow || ((splitter.unsplittable || check.failed) && bytes <= maxWhole)) {
    loadWhole(file, parts!.join(''), criteria, sink, options);
    return;
  }
  if (splitter.unsplittable || check.failed) {
    for (const d of check.failed ?? [tooLarge(file)]) sink.onDiagnostic(d);
    return;
  }
  const again = reopen ? reopen() : heldText(parts!);
  parts = undefined;
  await loadPieces(file, again, criteria, sink, options);
}

function tooLarge(file: string): Diagnostic {
  return error(
    file,
    0,
    'file-too-large',
    `this YAML case file is not a plain block list of cases under a last top-level "cases:" key, so it is read whole, and such files must be under ${MAX_YAML_BYTES / 1024 / 1024} MB; write the cases one under another ("- id: ..."), or use CSV for files this large`,
  );
}

/** The held text of stdin, read as a second time. */
function heldText(parts: string[]): AsyncIterable<string> {
  return (async function* () {
    yield* parts;
  })();
}

/** The first pass over a large file: the problems that reject the whole file, as parsing it whole finds them. */
class PieceCheck {
  failed: Diagnostic[] | undefined;
  constructor(private readonly file: string) {}

  piece(piece: YamlPiece): void {
    if (this.failed) return;
    const parsed = parseYaml(this.file, piece.text, { schema: 'failsafe', firstLine: piece.line });
    if (piece.kind === 'head') {
      const problems = headProblems(this.file, parsed);
      if (problems.length > 0) this.failed = problems;
    } else if (parsed.value === undefined) this.failed = parsed.diagnostics;
  }
}

/** The head's problems: any message (it holds no case), or its keys against the file's schema. */
function headProblems(file: string, parsed: ParsedYaml): Diagnostic[] {
  if (parsed.diagnostics.length > 0) return parsed.diagnostics;
  const value = parsed.value;
  const top = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, cases: [] } : value;
  return topProblems(file, parsed, top).problems;
}

/** The top-level keys checked against the case file's schema (force, inspection, round, cases). */
function topProblems(file: string, parsed: ParsedYaml, value: unknown) {
  const top = yamlCaseFileSchema.safeParse(value);
  if (top.success) return { data: top.data, problems: [] };
  const problems = top.error.issues.map((issue) => {
    const { line, col } = positionAt(parsed, issue.path);
    const where = issue.path.length ? issue.path.join('.') : 'the document';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown top-level key(s) ${issue.keys.map((k) => quote(k)).join(', ')}; expected force, inspection, round and cases`
        : issue.path[0] === 'cases' || issue.path.length === 0
          ? `${where}: expected a mapping with a "cases:" list of cases (${issue.message})`
          : `${where}: ${issue.message}`;
    return error(file, line, 'invalid-case-file', message, col);
  });
  return { data: undefined, problems };
}

/** The second pass over a large file that passed the first: each case parsed and handed on. */
async function loadPieces(
  file: string,
  source: AsyncIterable<Buffer | string>,
  criteria: CriteriaSet,
  sink: CaseSink,
  options: LoadOptions,
): Promise<void> {
  const decoder = new StreamDecoder(options.encoding);
  const splitter = new YamlSplitter();
  let cases: CaseRun | undefined;
  const each = (piece: YamlPiece) => {
    const parsed = parseYaml(file, piece.text, { schema: 'failsafe', firstLine: piece.line });
    if (piece.kind === 'head') {
      const value = parsed.value as Record<string, unknown>;
      const top = topProblems(file, parsed, { ...value, cases: [] }).data!;
      cases = new CaseRun(file, criteria, sink, options, top);
    } else cases!.add(parsed, (path, key) => positionAt(parsed, ['cases', 0, ...path], key));
  };
  for await (const chunk of source) {
    for (const piece of splitter.push(typeof chunk === 'string' ? chunk : decoder.write(chunk))) each(piece);
    await sink.ready?.();
  }
  for (const piece of splitter.push(decoder.end())) each(piece);
  for (const piece of splitter.end()) each(piece);
  cases?.finish();
}

type Top = NonNullable<ReturnType<typeof topProblems>['data']>;

/** The cases of one file handed on in order, with the file's round and the checks across cases. */
class CaseRun {
  private readonly round: string | null;
  private readonly warned = new Set<string>();
  private readonly checks: RecordChecks;
  private i = 0;

  constructor(
    private readonly file: string,
    private readonly criteria: CriteriaSet,
    private readonly sink: CaseSink,
    private readonly options: LoadOptions,
    top: Top,
  ) {
    if (top.force) sink.onForce?.(top.force);
    // The file's own round wins over --round.
    this.round = top.round?.trim() || options.round || null;
    this.checks = new RecordChecks(file);
  }

  /** The next case: its parsed piece (its value's first case), or its own problems. */
  add(parsed: Pick<ParsedYaml, 'value'> & { diagnostics?: Diagnostic[] }, locate: Parameters<typeof readCase>[1], raw?: unknown): void {
    const i = this.i++;
    const value = raw !== undefined || parsed.value === undefined ? raw : (parsed.value as { cases: unknown[] }).cases[0];
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id.trim()) this.options.onRowId?.(rowId(id.trim(), this.options));
    const own = parsed.diagnostics;
    if (own && own.length > 0) {
      this.sink.onReject({ ...own[0]!, message: `case ${i + 1}: ${own[0]!.message}` });
      return;
    }
    const { sink } = this;
    const result = readCase(this.file, locate, i, value, this.criteria, this.warned, sink, this.options, this.round);
    if ('long' in result) {
      for (const r of result.long) {
        if ('caseId' in r) sink.onLongRow([r]);
        else sink.onReject(r);
      }
    } else if ('wide' in result) {
      // A case that leaves self_grade out was not graded by the force; only `self_grade:` left blank is a slip.
      const note = this.checks.check(result.wide, typeof value === 'object' && value !== null && Object.hasOwn(value, 'self_grade'));
      if (note) sink.onDiagnostic(note);
      sink.onWideRow(result.wide);
    } else sink.onReject(result);
  }

  finish(): void {
    const blankSelf = this.checks.finish();
    if (blankSelf) this.sink.onDiagnostic(blankSelf);
  }
}

/** A file parsed whole: problems inside a case (an unknown tag, say) reject that case; others the file. */
function loadWhole(file: string, text: string, criteria: CriteriaSet, sink: CaseSink, options: LoadOptions): void {
  if (text.trim() === '') {
    sink.onDiagnostic(error(file, 1, 'empty-file', 'the file is empty; expected a mapping with a "cases:" list'));
    return;
  }
  const parsed = parseYaml(file, text, { schema: 'failsafe' });
  if (parsed.diagnostics.length > 0 && parsed.value === undefined) {
    for (const d of parsed.diagnostics) sink.onDiagnostic(d);
    return;
  }
  const caseProblems = new Map<number, Diagnostic[]>();
  const fileProblems: Diagnostic[] = [];
  const caseRanges = caseLines(parsed);
  for (const d of parsed.diagnostics) {
    const index = caseRanges.findIndex(([from, to]) => d.line >= from && d.line <= to);
    if (index === -1) fileProblems.push(d);
    else caseProblems.set(index, [...(caseProblems.get(index) ?? []), d]);
  }
  for (const d of fileProblems) sink.onDiagnostic(d);
  if (fileProblems.length > 0) return;
  const top = topProblems(file, parsed, parsed.value);
  for (const d of top.problems) sink.onDiagnostic(d);
  if (!top.data) return;
  const run = new CaseRun(file, criteria, sink, options, top.data);
  top.data.cases.forEach((raw, i) => {
    const own = caseProblems.get(i);
    run.add({ value: undefined, ...(own && { diagnostics: own }) }, (path, key) => positionAt(parsed, ['cases', i, ...path], key), raw);
  });
  run.finish();
}

function caseLines(parsed: ParsedYaml): Array<[number, number]> {
  const cases = parsed.doc.get('cases', true) as { items?: Array<{ range?: [number, number, number] }> } | undefined;
  return (cases?.items ?? []).map((item) =>
    item.range ? [parsed.lineCounter.linePos(item.range[0]).line, parsed.lineCounter.linePos(item.range[1]).line] : [0, -1],
  );
}
