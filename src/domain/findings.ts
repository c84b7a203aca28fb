// A finding records how a criterion was found for a case; blank means "not yet assessed". The kinds
// are fixed in meaning (met, unmet, not applicable, and a programme's optional "partly met"); a
// programme names only their spellings and labels (programme.yaml `findings:`).
import { spellingKey } from './scale.js';

export type Finding = 'met' | 'partly' | 'unmet' | 'na';

export interface FindingDef {
  kind: Finding;
  /** The words forms and tables use ("Partly met"). */
  label: string;
  /** Spellings a case file may use, compared without case and runs of spaces. */
  accept: readonly string[];
}

export class FindingScheme {
  /** Every accepted spelling, in kind order, for "expected one of ..." messages. */
  readonly spellings: readonly string[];
  readonly kinds: readonly Finding[];
  private readonly bySpelling = new Map<string, Finding>();
  private readonly byKind = new Map<Finding, FindingDef>();

  constructor(readonly defs: readonly FindingDef[]) {
    const spellings: string[] = [];
    for (const d of defs) {
      this.byKind.set(d.kind, d);
      // The label is a spelling too (after the file's own, which messages list first).
      for (const s of [...d.accept, d.label]) {
        const key = spellingKey(s);
        if (this.bySpelling.has(key)) continue;
        this.bySpelling.set(key, d.kind);
        spellings.push(key);
      }
    }
    this.spellings = spellings;
    this.kinds = defs.map((d) => d.kind);
  }

  /** The programme records partly met findings. */
  get partly(): boolean {
    return this.byKind.has('partly');
  }

  label(kind: Finding): string {
    return this.byKind.get(kind)?.label ?? kind;
  }

  /** What a form's drop-down offers for each kind the programme uses: its label, in lower case. */
  choices(): string[] {
    return this.defs.map((d) => d.label.toLowerCase());
  }

  /** A finding from any accepted spelling; `null` for blank (no finding); undefined when invalid. */
  parse(raw: string): Finding | null | undefined {
    // Fast path: most cells are blank or written exactly as spelled (y, n, na).
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a fast path: the lines below read '' as null too
    if (raw === '') return null;
    const exact = this.bySpelling.get(raw);
    // Stryker disable next-line ConditionalExpression: equivalent, a fast path: the lookup below finds an exact spelling too
    if (exact !== undefined) return exact;
    const key = spellingKey(raw);
    if (key === '') return null;
    return this.bySpelling.get(key);
  }
}

/** The 2017 programme's findings: met, unmet and not applicable, spelt as its case files spell them. */
export const DEFAULT_FINDINGS: readonly FindingDef[] = [
  { kind: 'met', label: 'Met', accept: ['y', 'yes', 'met', 'true', '1'] },
  { kind: 'unmet', label: 'Not met', accept: ['n', 'no', 'not met', 'unmet', 'false', '0'] },
  { kind: 'na', label: 'n/a', accept: ['na', 'n/a'] },
];

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
