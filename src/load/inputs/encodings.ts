// The encodings a case file may be read in (--encoding). Without the option a file is UTF-8, or
// UTF-16 when it starts with a byte order mark; a BOM always wins, since it says what the bytes are.

export const INPUT_ENCODINGS = ['utf-8', 'utf-16', 'windows-1252', 'latin1'] as const;
export type InputEncoding = (typeof INPUT_ENCODINGS)[number];

/** What TextDecoder is asked for. */
export type DecoderEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The decoder for a file starting with `head`. `latin1` is read as windows-1252, as the WHATWG
 * Encoding standard (and so TextDecoder and every browser) does: the same letters, and Excel's
 * curly quotes and dashes in 0x80-0x9F instead of invisible control codes.
 */
export function decoderEncoding(head: Uint8Array, chosen?: InputEncoding): DecoderEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (chosen === 'utf-16') return 'utf-16le';
  if (chosen === 'windows-1252' || chosen === 'latin1') return 'windows-1252';
  return 'utf-8';
}
