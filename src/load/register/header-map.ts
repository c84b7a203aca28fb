// A register's own header names read as case file columns (--map, --map-file's columns:). Kept
// apart from the option parsing (load/mapping.ts, which needs zod and yaml) so the row loaders,
// and the worker threads that run them, load neither.
import { nameKey } from '../rows/header-names.js';

/**
 * Header names (by `nameKey`) to the column they stand for, with the header as the user wrote it.
 * `carry`: --map carry=NAME, a column the user asks to carry along under its own name, even one
 * whose name says free text (load/free-text.ts).
 */
export type HeaderMap = ReadonlyMap<string, { target: string; source: string; carry?: boolean }>;

/** The header with mapped names replaced, and the mapped names the header does not have. */
export function applyHeaderMap(header: readonly string[], headerMap: HeaderMap): { header: string[]; unused: string[] } {
  const used = new Set<string>();
  const out = header.map((cell) => {
    const key = nameKey(cell);
    const hit = headerMap.get(key);
    if (!hit) return cell;
    used.add(key);
    return hit.carry ? cell : hit.target;
  });
  const unused = [...headerMap].filter(([key]) => !used.has(key)).map(([, m]) => `${m.target}=${m.source}`);
  return { header: out, unused };
}

/** Whether --map carry= names this column (or YAML key). */
export function carriedByRequest(headerMap: HeaderMap | undefined, name: string): boolean {
  return headerMap?.get(nameKey(name))?.carry === true;
}
