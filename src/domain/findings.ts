// A finding records whether a criterion was met for a case; blank means "not yet assessed".

export type Finding = 'met' | 'unmet' | 'na';

const SPELLINGS: ReadonlyArray<readonly [string, Finding]> = [
  ['y', 'met'],
  ['yes', 'met'],
  ['met', 'met'],
  ['true', 'met'],
  ['1', 'met'],
  ['n', 'unmet'],
  ['no', 'unmet'],
  ['not met', 'unmet'],
  ['unmet', 'unmet'],
  ['false', 'unmet'],
  ['0', 'unmet'],
  ['na', 'na'],
  ['n/a', 'na'],
];

const BY_SPELLING = new Map<string, Finding>(SPELLINGS);

export const FINDING_SPELLINGS = SPELLINGS.map(([s]) => s);

/** A finding from any accepted spelling; `null` for blank (no finding); undefined when invalid. */
export function parseFinding(raw: string): Finding | null | undefined {
  // Fast path: most cells are blank or written exactly as spelled (y, n, na).
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a fast path: the lines below read '' as null too
  if (raw === '') return null;
  const exact = BY_SPELLING.get(raw);
  // Stryker disable next-line ConditionalExpression: equivalent, a fast path: the lookup below finds an exact spelling too
  if (exact !== undefined) return exact;
  const key = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === '') return null;
  return BY_SPELLING.get(key);
}

const YES = new Set(['y', 'yes', 'true', '1']);
const NO = new Set(['n', 'no', 'false', '0', '']);

/** A yes/no flag (referred_back); blank is no; undefined when invalid. */
export function parseYesNo(raw: string): boolean | undefined {
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a fast path: '' is in NO
  if (raw === '') return false;
  const key = raw.trim().toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}
