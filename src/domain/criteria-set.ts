// The loaded criteria directory, with the lookups every loader and command needs.
import { criteriaIdentity, type CriteriaIdentity } from './criteria-identity.js';
import type { CaseType, Criterion, Programme } from './types.js';

export interface CriteriaSet {
  dir: string;
  /** In table order, then by id. */
  types: CaseType[];
  programme: Programme;
  /** Lowercase id or alias to its type. */
  typeByName: ReadonlyMap<string, CaseType>;
  /** Lowercase criterion id to the criterion and its type. */
  criterionById: ReadonlyMap<string, { criterion: Criterion; type: CaseType }>;
  /** Programme, version and fingerprint: which criteria the results were scored against. */
  identity: CriteriaIdentity;
}

export function buildCriteriaSet(dir: string, types: CaseType[], programme: Programme): CriteriaSet {
  const sorted = [...types].sort((a, b) => a.report.table - b.report.table || a.id.localeCompare(b.id));
  const typeByName = new Map<string, CaseType>();
  const criterionById = new Map<string, { criterion: Criterion; type: CaseType }>();
  // Names and criterion ids are unique, case-insensitively: a directory with a clash has errors
  // (load/criteria-rules.ts) and no set is built from it.
  for (const type of sorted) {
    for (const name of [type.id, ...type.aliases]) typeByName.set(name.toLowerCase(), type);
    for (const criterion of type.criteria) criterionById.set(criterion.id.toLowerCase(), { criterion, type });
  }
  return { dir, types: sorted, programme, typeByName, criterionById, identity: criteriaIdentity(sorted, programme) };
}

/** The report tables in order, each with the types counted in it. */
export function reportTables(set: CriteriaSet): Array<{ table: number; label: string; caption: string; types: CaseType[] }> {
  const tables = new Map<number, { table: number; label: string; caption: string; types: CaseType[] }>();
  for (const type of set.types) {
    const entry = tables.get(type.report.table);
    if (entry) entry.types.push(type);
    else tables.set(type.report.table, { ...type.report, types: [type] });
  }
  return [...tables.values()].sort((a, b) => a.table - b.table);
}

/** Words that name a force by its kind, the report's short form: "the constabulary", "Constabulary assessment". */
const FORCE_KINDS = ['Constabulary', 'Police'];

/** "Gloucestershire Constabulary" -> "Constabulary"; "Police Scotland" -> "Police"; otherwise "Force". */
function forceShort(force: string): string {
  // Stryker disable next-line Regex: equivalent, splitting on each space only adds empty words, which name no kind
  const words = force.split(/\s+/).map((w) => w.toLowerCase());
  return FORCE_KINDS.find((kind) => words.includes(kind.toLowerCase())) ?? 'Force';
}

/** A caption or row label with {force}, {force_short} and {inspectorate} filled in, names exactly as written. */
export function fillCaption(template: string, force: string, inspectorate: string): string {
  return template.replaceAll('{force_short}', forceShort(force)).replaceAll('{force}', force).replaceAll('{inspectorate}', inspectorate);
}
