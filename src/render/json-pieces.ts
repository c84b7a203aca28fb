// JSON text in pieces, exactly `JSON.stringify(value, null, 2)`: a report of a million cases lists
// hundreds of thousands of ids, and one string of it (plus its bytes for writing) was the run's
// peak memory. Pieces are about PIECE characters; the writer sends each on as it comes.
const PIECE = 16 * 1024;
const STEP = '  ';

/** The pieces of `JSON.stringify(value, null, 2)` and a line feed, for values JSON can hold (a top-level `undefined` is not one). */
export function* jsonPieces(value: unknown): Generator<string, void, undefined> {
  const top = prepared(value, '');
  if (!walked(top)) {
    yield `${JSON.stringify(top, null, 2) ?? 'null'}\n`;
    return;
  }
  const sink = { text: '' };
  yield* walk(top, '', sink);
  yield `${sink.text}\n`;
}

/** `value` after its `toJSON`, as JSON.stringify calls it (with the key it sits under). */
function prepared(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as (k: string) => unknown).call(value, key) : value;
}

/** Arrays and plain objects are walked; everything else is JSON.stringify's own (leaves, Dates, Maps, boxed values). */
function walked(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Text gathered into `sink`; a piece is yielded when it holds PIECE characters. */
function* walk(value: object, indent: string, sink: { text: string }): Generator<string, void, undefined> {
  const inner = indent + STEP;
  const isArray = Array.isArray(value);
  const keys = isArray ? undefined : Object.keys(value);
  const count = isArray ? value.length : keys!.length;
  let written = 0;
  for (let i = 0; i < count; i++) {
    const key = isArray ? String(i) : keys![i]!;
    const item = prepared((value as Record<string, unknown>)[key], key);
    // Leaves (and values JSON.stringify lays out itself) are its own text, re-indented: JSON escapes
    // line breaks inside strings, so every "\n" in it is layout.
    const nested = walked(item);
    const leaf = nested ? undefined : leafText(item);
    // No text (undefined, a function, a symbol): left out of an object, null in an array.
    if (!nested && leaf === undefined && !isArray) continue;
    sink.text += `${written++ === 0 ? (isArray ? '[' : '{') : ','}\n${inner}${isArray ? '' : `${JSON.stringify(key)}: `}`;
    if (nested) yield* walk(item as object, inner, sink);
    else sink.text += leaf === undefined ? 'null' : leaf.includes('\n') ? leaf.replaceAll('\n', `\n${inner}`) : leaf;
    if (sink.text.length >= PIECE) {
      yield sink.text;
      sink.text = '';
    }
  }
  sink.text += written === 0 ? (isArray ? '[]' : '{}') : `\n${indent}${isArray ? ']' : '}'}`;
}

/** Characters JSON.stringify escapes in a string (quote, backslash, controls, and any surrogate: a lone one is escaped). */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * A leaf's JSON text: a string with nothing to escape is itself in quotes (the report lists
 * hundreds of thousands of case ids, and JSON.stringify per id was a tenth of a second).
 */
function leafText(item: unknown): string | undefined {
  if (typeof item === 'string' && !ESCAPED.test(item)) return `"${item}"`;
  return JSON.stringify(item, null, 2);
}
