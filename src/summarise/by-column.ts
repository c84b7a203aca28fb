// Breakdowns by a carried column (team, officer, district...): where practice differs. The value
// is looked up case-insensitively by column name; a case without one counts under "(blank)".

const BLANK_VALUE = '(blank)';

/** `--by auditor` is not a carried column: it is the auditor code of an assessment, in every command. */
export const AUDITOR = 'auditor';
/** An assessment with no auditor code, under `--by auditor`. */
export const NO_AUDITOR_CODE = '(no code)';

/** Columns carried along from a register, in file order. */
export type Carried = { extra?: ReadonlyArray<readonly [string, string]> };

export function carriedValue(record: Carried, column: string): string {
  const key = column.toLowerCase();
  for (const [name, value] of record.extra ?? []) if (name.toLowerCase() === key) return value.trim() || BLANK_VALUE;
  return BLANK_VALUE;
}

/** A tally per value, made on first use; `entries` in value order (blank last), so output is stable. */
export class ByValue<T> {
  private readonly tallies = new Map<string, T>();

  constructor(private readonly make: () => T) {}

  get(value: string): T {
    let t = this.tallies.get(value);
    if (!t) this.tallies.set(value, (t = this.make()));
    return t;
  }

  /** Every tally as made, for a part's state; `absorb` adds another part's into these. */
  raw(): Array<[string, T]> {
    return [...this.tallies];
  }

  absorb(other: ReadonlyArray<readonly [string, T]>, add: (into: T, from: T) => void): void {
    for (const [value, t] of other) add(this.get(value), t);
  }

  entries(): Array<[string, T]> {
    const rank = (v: string) => (v === BLANK_VALUE ? 1 : 0);
    return [...this.tallies].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  }
}
