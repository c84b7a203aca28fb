// Values that reach a terminal are escaped: no control characters, escape sequences or bidi marks.

// C0/C1 controls (\p{Cc}), bidi embeddings and isolates, zero-width and BOM characters.
const UNSAFE = /[\p{Cc}\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

export function escapeText(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

const MAX_QUOTED = 60;

/** An identifier-like value (a case id, a type, a column name) in quotes, escaped and shortened. */
export function quote(value: string): string {
  const short = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}...` : value;
  return `"${escapeText(short)}"`;
}

const NAME_LIKE = /^[\p{L}\p{N}_./-]{1,40}$/u;

/**
 * A value that should be a name (a case type) quoted only when it looks like one: a cell shifted
 * out of place may hold a note about a child, and notes are never printed.
 */
export function quoteName(value: string): string {
  return NAME_LIKE.test(value) ? quote(value) : '(not shown: it does not look like a name)';
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A value for an HTML page, as text or inside a quoted attribute: first made visible as for the
 * terminal (no invisible, control or bidi characters can reorder or hide what a reader sees), then
 * the five characters that HTML gives a meaning turned into entities, so an id `<script>` is text.
 */
export function escapeHtml(text: string): string {
  return escapeText(text).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]!);
}
