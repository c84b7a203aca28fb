// A text made once per key and kept, for the cells of a million-row listing that repeat: a case
// type, a grade, the shared list of unmet criteria of one set of findings. Keys past `max` are made
// each time, so a column that does not repeat costs no memory.

/** Keys kept at most. */
const MAX_KEYS = 4096;

export function memoText<K>(make: (key: K) => string, max = MAX_KEYS): (key: K) => string {
  const kept = new Map<K, string>();
  return (key) => {
    let text = kept.get(key);
    if (text === undefined) {
      text = make(key);
      if (kept.size < max) kept.set(key, text);
    }
    return text;
  };
}
