// Which criteria a result was scored against: results from different rounds or forces are only
// comparable on the same criteria. The fingerprint is a short hash of the criteria's parsed
// content, so line endings, comments, key order and file names never change it; any change to
// what a criterion says, how it grades or where it is counted does.
import { createHash } from 'node:crypto';
import { DEFAULT_FINDINGS } from './findings.js';
import { DEFAULT_GRADING } from './grading.js';
import { DEFAULT_GRADES } from './scale.js';
import type { CaseType, Programme } from './types.js';

export interface CriteriaIdentity {
  /** The programme's name (programme.yaml `name`). */
  programme: string;
  /** programme.yaml `version`, or null when it names none. */
  version: string | null;
  /** 12 hex digits of the SHA-256 of the canonical parsed content. */
  fingerprint: string;
}

/**
 * JSON with object keys sorted at every depth; arrays keep their order (criteria order is meaningful).
 * @internal exported for its own tests
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    // sort() without a comparator orders by UTF-16 code units: the same on every machine and locale.
    const keys = Object.keys(object)
      .filter((k) => object[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(object[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const spelling = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** What a programme's language means, whatever way it is written (a spelling given twice, as a label or in accept, is one). */
function language(p: Pick<Programme, 'scale' | 'findings' | 'grading' | 'areas'>) {
  return {
    scale: p.scale.map((g) => ({
      id: g.id,
      label: g.label,
      tableLabel: g.tableLabel,
      meaning: g.meaning,
      accept: [...new Set([g.label, g.tableLabel, g.id, ...g.accept].map(spelling))],
    })),
    findings: p.findings.map((f) => ({ kind: f.kind, label: f.label, accept: [...new Set([...f.accept, f.label].map(spelling))] })),
    grading: p.grading,
    areas: p.areas,
  };
}

/** The 2017 programme's scale, findings and rule, as any programme that leaves them out (or states them) has. */
const DEFAULT_LANGUAGE = canonicalJson(
  language({ scale: DEFAULT_GRADES, findings: DEFAULT_FINDINGS, grading: DEFAULT_GRADING, areas: [] }),
);

/**
 * The programme as it is fingerprinted: its scale, findings, rule and areas count only where they
 * are not the 2017 ones, so criteria written before programmes had them keep their fingerprint; the
 * roles and the sentences never count.
 */
function fingerprinted(programme: Programme): Record<string, unknown> {
  // Who may assess, the words of the report's sentences and the referral reason codes are not what
  // is assessed: declaring a role (a moderator), choosing the internal audit's sentences or naming
  // referral reasons leaves results comparable.
  const { scale, findings, grading, areas, ...kept } = programme;
  const rest = Object.fromEntries(
    Object.entries(kept).filter(([key]) => key !== 'roles' && key !== 'sentences' && key !== 'referralReasons'),
  );
  const own = language({ scale, findings, grading, areas });
  return canonicalJson(own) === DEFAULT_LANGUAGE ? rest : { ...rest, language: own };
}

export function criteriaIdentity(types: readonly CaseType[], programme: Programme): CriteriaIdentity {
  // Where a file sits is not what it says: leave the path out.
  // Type ids are unique, so no two compare equal (a `<=` here is an equivalent mutant, docs/mutation.md).
  const content = [...types]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((t) => Object.fromEntries(Object.entries(t).filter(([key]) => key !== 'file')));
  const fingerprint = createHash('sha256')
    .update(canonicalJson({ programme: fingerprinted(programme), types: content }))
    .digest('hex')
    .slice(0, 12);
  return { programme: programme.name, version: programme.version ?? null, fingerprint };
}
