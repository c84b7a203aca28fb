// A nesting limit checked before the YAML parser runs: case and criteria files nest a few levels,
// and the parser (recursive) would otherwise fail only where the JavaScript stack runs out, a depth
// that changes with the engine, the build and instrumentation (a mutation-testing run saw 3,000
// levels parse). One linear scan of the text, so the limit is the same everywhere.

/** Deeper than this is refused; a case file needs five or six levels. */
export const MAX_YAML_DEPTH = 100;
/** Block nesting by indentation: more leading spaces than this on one line is refused. */
const MAX_INDENT = 1000;

/** Where the text first nests deeper than MAX_YAML_DEPTH, if it does (1-based line and column). */
export function tooDeep(text: string): { line: number; col: number } | undefined {
  let line = 1;
  let lineStart = 0;
  let flow = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      let indent = 0;
      while (text[lineStart + indent] === ' ') indent++;
      if (indent > MAX_INDENT) return { line, col: 1 };
      // Compact block sequences ("- - - x") nest one level per dash on a line.
      let dashes = 0;
      for (let j = lineStart + indent; text[j] === '-' && (text[j + 1] === ' ' || text[j + 1] === '\t'); j += 2) dashes++;
      if (dashes > MAX_YAML_DEPTH) return { line, col: indent + 1 };
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++flow > MAX_YAML_DEPTH) return { line, col: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return undefined;
}
