// A large YAML case file cut into its cases by their lines, so each is parsed on its own and memory
// stays flat (the parser holds ~115 bytes per byte of a document it parses whole). Only the layout
// every case file we write and document uses is cut: top-level keys at column 0, `cases:` the last of
// them, its block list's items each starting with a dash at one indent. Anything else (flow style,
// document markers, a key after the list, tabs, lone CR line breaks) is `unsplittable` and read whole.
// A cut that is wrong (a quoted value running over an item's start, an alias to another case) makes
// a piece fail to parse, so it is never silently misread.

/** The lines before the list, with the `cases:` line; or one item of the list. `line`: its first line. */
export interface YamlPiece {
  kind: 'head' | 'case';
  /** For a case: "cases:\n" and the item's lines, so it parses in the same context as in the file. */
  text: string;
  /** The file's line that is the piece's first line (a case's "cases:" line is one before its item). */
  line: number;
}

const CASES_LINE = /^cases[ \t]*:[ \t]*(#.*)?$/;
const QUIET_LINE = /^[ \t]*(#.*)?$/;

/** Spaces at the start of a line, and whether a sequence dash follows them. */
function indentOf(line: string): { indent: number; dash: boolean } {
  let indent = 0;
  while (line.charCodeAt(indent) === 32) indent++;
  const next = line.charCodeAt(indent + 1);
  return { indent, dash: line.charCodeAt(indent) === 45 && (Number.isNaN(next) || next === 32 || next === 13) };
}

export class YamlSplitter {
  /** Set once the layout is not one this cuts: the file is then read whole. */
  unsplittable = false;
  private state: 'head' | 'start' | 'item' = 'head';
  private partial = '';
  private lineNo = 0;
  private lines: string[] = [];
  private first = 1;
  private dashIndent = -1;

  /** Text in (any cut), whole pieces out. */
  push(text: string): YamlPiece[] {
    const out: YamlPiece[] = [];
    if (this.unsplittable) return out;
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      this.line(this.partial + text.slice(from, nl), out);
      this.partial = '';
      from = nl + 1;
      if (this.unsplittable) return [];
    }
    this.partial += text.slice(from);
    return out;
  }

  /** The last piece, at the end of the text. */
  end(): YamlPiece[] {
    const out: YamlPiece[] = [];
    if (this.partial !== '') this.line(this.partial, out);
    this.partial = '';
    if (this.state !== 'item') this.unsplittable = true;
    if (this.unsplittable) return [];
    this.flush(out, 'case', this.lineNo + 1);
    return out;
  }

  private line(raw: string, out: YamlPiece[]): void {
    this.lineNo++;
    // A lone CR is a line break to YAML, and would shift every line number here.
    const cr = raw.indexOf('\r');
    if (cr !== -1 && cr !== raw.length - 1) return this.refuse();
    const line = cr === -1 ? raw : raw.slice(0, -1);
    if (this.lineNo === 1 && line.charCodeAt(0) === 0xfeff) return this.refuse();
    if (QUIET_LINE.test(line)) {
      this.lines.push(raw);
      return;
    }
    if (line.startsWith('\t')) return this.refuse();
    const { indent, dash } = indentOf(line);
    if (this.state === 'head') {
      // A document marker, a directive, flow or block syntax at the top: not the plain layout.
      if (indent === 0 && /^(---|\.\.\.|%|[-[{?&!*"'|>@`])/.test(line)) return this.refuse();
      this.lines.push(raw);
      if (indent === 0 && CASES_LINE.test(line)) {
        this.flush(out, 'head', this.lineNo + 1);
        this.state = 'start';
      }
      return;
    }
    if (this.state === 'start') {
      if (!dash) return this.refuse();
      this.dashIndent = indent;
      this.state = 'item';
      this.lines.push(raw);
      return;
    }
    if (indent > this.dashIndent) this.lines.push(raw);
    else if (indent === this.dashIndent && dash) {
      // Comments and blank lines before an item's dash belong to the item before: they are nothing.
      this.flush(out, 'case', this.lineNo);
      this.lines.push(raw);
    } else this.refuse();
  }

  /** The lines gathered as a piece; the next starts at line `next`. */
  private flush(out: YamlPiece[], kind: 'head' | 'case', next: number): void {
    if (kind === 'head') out.push({ kind, text: this.lines.join('\n'), line: 1 });
    else out.push({ kind, text: `cases:\n${this.lines.join('\n')}`, line: this.first - 1 });
    this.first = next;
    this.lines = [];
  }

  private refuse(): void {
    this.unsplittable = true;
    this.lines = [];
  }
}
