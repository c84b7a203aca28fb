// Whether text fits one byte a character (Latin-1): the id tables and lists that keep ids as bytes
// (load/seen-ids.ts, summarise/packed-ids.ts) keep any other id as a string.

export function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}
