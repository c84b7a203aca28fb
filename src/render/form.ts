// A blank audit form over a list of cases, as CSV or YAML, that reads straight back into
// score/report: every grade, flag and finding left blank for the auditor to fill in.
import { stringify } from 'yaml';
import type { CaseType } from '../domain/types.js';
import { RESERVED_COLUMNS } from '../load/criteria-rules.js';
import { YAML_CASE_KEYS } from '../schema/cases.js';
import { csvDocument, type Cell } from './csv-cells.js';

export interface FormCase {
  caseId: string;
  /** Canonical type id; must be one of the model's types. */
  caseType: string;
  /** Other columns carried along (a register's opened, team...), by name. */
  extra?: ReadonlyArray<readonly [string, string]>;
}

export interface FormModel {
  /** The types whose criteria get a column (CSV), in table order. */
  types: readonly CaseType[];
  /** Carried-along column names, in order; a case without one gets a blank. */
  extraColumns: readonly string[];
  /** The rows, in the order to write them. */
  cases: readonly FormCase[];
  /** YAML only: written as the file's `force:`. */
  force?: string;
}

/** The blank fields after case_id and case_type, in the case file contract's order. */
export const FORM_FIELDS = RESERVED_COLUMNS.slice(2);

const extraValue = (c: FormCase, name: string) => c.extra?.find(([key]) => key === name)?.[1] ?? '';

/**
 * `case_id,case_type,<extra columns>,self_grade,independent_grade,override_reason,referred_back,notes,
 * <criterion ids of the model's types>`, with a UTF-8 BOM and CRLF for Excel (csvDocument).
 */
export function formCsv(model: FormModel): string {
  const criteria = model.types.flatMap((t) => t.criteria.map((c) => c.id));
  const header = ['case_id', 'case_type', ...model.extraColumns, ...FORM_FIELDS, ...criteria];
  const blanks = new Array<Cell>(FORM_FIELDS.length + criteria.length).fill('');
  const rows = model.cases.map((c): Cell[] => [c.caseId, c.caseType, ...model.extraColumns.map((name) => extraValue(c, name)), ...blanks]);
  return csvDocument(header, rows);
}

/**
 * Extra columns a YAML case can carry: a name that is a case key (a register column called `type`
 * or `notes`) would be read as that key, and `<<` as a merge key, so those are left out.
 */
export function yamlExtraColumns(names: readonly string[]): { kept: string[]; dropped: string[] } {
  const clash = (name: string) => name === '<<' || YAML_CASE_KEYS.includes(name);
  return { kept: names.filter((n) => !clash(n)), dropped: names.filter(clash) };
}

/**
 * `cases:` with, per case, id, type, the extra columns that can be carried (see yamlExtraColumns),
 * blank fields, and `findings:` with the case's own criteria blank. Written with `yaml` so ids and
 * values are quoted where a YAML reader would otherwise change them (007, yes, a: b).
 */
export function formYaml(model: FormModel): string {
  const byId = new Map(model.types.map((t) => [t.id, t]));
  const { kept } = yamlExtraColumns(model.extraColumns);
  // Maps, not objects: a column called __proto__ stays an ordinary key.
  const cases = model.cases.map((c) => {
    const entry = new Map<string, unknown>([
      ['id', c.caseId],
      ['type', c.caseType],
    ]);
    for (const name of kept) entry.set(name, extraValue(c, name));
    for (const field of FORM_FIELDS) entry.set(field, null);
    entry.set('findings', new Map((byId.get(c.caseType)?.criteria ?? []).map((cr) => [cr.id, null])));
    return entry;
  });
  const doc = new Map<string, unknown>();
  if (model.force !== undefined) doc.set('force', model.force);
  doc.set('cases', cases);
  return stringify(doc, { nullStr: '', lineWidth: 0 });
}
