// Blank forms to fill in and score, as CSV or YAML, for one or more case types: `template` writes
// one type, `sample` the drawn cases of several with a register's columns. Both read straight back.
import type { Programme } from '../../domain/types.js';
import { escapeText } from '../../text/escape.js';
import type * as Yaml from 'yaml';
import { requireCjs } from '../../text/require-cjs.js';
import type { CaseType } from '../../domain/types.js';
import { RESERVED_COLUMNS } from '../../domain/case-columns.js';
import { YAML_CASE_KEYS } from '../../domain/case-columns.js';
import { csvDocument, type Cell } from '../../text/csv.js';
import { findingsOf } from '../../domain/programme.js';

const { stringify } = requireCjs('yaml') as typeof Yaml;

export interface FormCase {
  caseId: string;
  /** Canonical type id; must be one of the model's types. */
  caseType: string;
  /** Other columns carried along (a register's opened, team...), by name. */
  extra?: ReadonlyArray<readonly [string, string]>;
  /** The auditor code the register gives the case, written in the form's `auditor` column. */
  auditor?: string;
}

export interface FormModel {
  /** The programme: its grades and finding spellings are the form's choices. */
  programme: Programme;
  /** The types whose criteria get a column (CSV), in table order. */
  types: readonly CaseType[];
  /** Carried-along column names, in order; a case without one gets a blank. */
  extraColumns: readonly string[];
  /** The rows, in the order to write them. */
  cases: readonly FormCase[];
  /** YAML only: written as the file's `force:`. */
  force?: string;
  /** A sample form: an `auditor` column for who audits each case (a template has none). */
  auditorColumn?: boolean;
  /** `sample --round`: every row's round (a `round` column; YAML's `round:`), so rounds stay apart when read back. */
  round?: string;
}

/** The blank fields after case_id and case_type, in the case file contract's order. */
const FORM_FIELDS = RESERVED_COLUMNS.slice(2);

const extraValue = (c: FormCase, name: string) => c.extra?.find(([key]) => key === name)?.[1] ?? '';

type FieldsOf = Pick<FormModel, 'auditorColumn' | 'round'>;

/** The fields after the carried columns: the round and auditor a sample form names, then FORM_FIELDS. */
export function formFields(model: FieldsOf): string[] {
  return [...(model.round !== undefined ? ['round'] : []), ...(model.auditorColumn ? ['auditor'] : []), ...FORM_FIELDS];
}

/** A field's cell in a case's row: the round and auditor filled in, the rest blank to fill. */
export function fieldValue(model: FieldsOf, c: FormCase, field: string): string {
  if (field === 'round') return model.round ?? '';
  return field === 'auditor' ? (c.auditor ?? '') : '';
}

export function formCsvHeader(model: Pick<FormModel, 'types' | 'extraColumns'> & FieldsOf): string[] {
  return ['case_id', 'case_type', ...model.extraColumns, ...formFields(model), ...model.types.flatMap((t) => t.criteria.map((c) => c.id))];
}

/** With a UTF-8 BOM and CRLF for Excel (csvDocument); formula-like values neutralised. */
export function formCsv(model: FormModel): string {
  const header = formCsvHeader(model);
  const fields = formFields(model);
  const blanks = new Array<Cell>(header.length - 2 - model.extraColumns.length - fields.length).fill('');
  const rows = model.cases.map((c): Cell[] => [
    c.caseId,
    c.caseType,
    ...model.extraColumns.map((name) => extraValue(c, name)),
    ...fields.map((field) => fieldValue(model, c, field)),
    ...blanks,
  ]);
  return csvDocument(header, rows);
}

/**
 * Extra columns a YAML case can carry: a name that is a case key (a register column called `type`
 * or `notes`) would be read as that key, and `<<` as a merge key, so those are left out.
 */
export function yamlExtraColumns(names: readonly string[]): { kept: string[]; dropped: string[] } {
  const clash = (name: string) => name === '<<' || (YAML_CASE_KEYS as readonly string[]).includes(name);
  return { kept: names.filter((n) => !clash(n)), dropped: names.filter(clash) };
}

// The yaml library quotes whatever a YAML reader would otherwise change (007, yes, "a: b").
export const scalar = (s: string) => stringify(s, { lineWidth: 0 }).trimEnd();
// Criteria titles and texts reach a terminal when the form is printed: control characters shown, never run.
export const comment = (s: string) => escapeText(s.replace(/\s+/g, ' ').trim());

const AUDITOR_LINE = '    auditor:             # your staff code (e.g. A12)';

const FIELD_LINES = [
  "    self_grade:          # the force's own grade, if it graded this case",
  '    independent_grade:   # only to override the grade the findings give; then say why below',
  '    override_reason:     # never printed or exported',
  '    referred_back:       # yes once referred back to the force',
  '    notes:               # never printed or exported',
];

/** What a YAML form's findings comment offers: "met, partly met, not met or na" (labels; na as typed). */
export function findingWords(programme: Programme): string {
  const words = findingsOf(programme).defs.map((d) => (d.kind === 'na' ? (d.accept[0] ?? d.label) : d.label).toLowerCase());
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words.at(-1)!}`;
}

function yamlCase(model: FormModel, c: FormCase, type: CaseType | undefined, extraColumns: readonly string[], findings: string): string[] {
  const lines = [`  - id: ${scalar(c.caseId)}`, `    type: ${scalar(c.caseType)}`];
  for (const name of extraColumns) lines.push(`    ${scalar(name)}: ${scalar(extraValue(c, name))}`);
  if (model.auditorColumn) lines.push(c.auditor === undefined ? AUDITOR_LINE : `    auditor: ${scalar(c.auditor)}`);
  lines.push(...FIELD_LINES);
  const criteria = type?.criteria ?? [];
  if (criteria.length === 0) return [...lines, '    findings: {}'];
  lines.push(`    findings:            # ${findings}; leave blank until assessed`);
  for (const cr of criteria) {
    const flags = [cr.severity, ...(cr.refer ? ['refer'] : [])].join(', ');
    lines.push(`      ${scalar(cr.id)}:   # ${comment(cr.text)} (${flags})`);
  }
  return lines;
}

/** `cases:` with, per case, id, type, the carried columns, blank fields and its own criteria blank. */
export function formYaml(model: FormModel): string {
  const byId = new Map(model.types.map((t) => [t.id, t]));
  const { kept } = yamlExtraColumns(model.extraColumns);
  const names = model.types.map((t) => `${t.id} (${comment(t.title)})`).join(', ');
  const lines = [`# case-audit form: ${names}`, '# Fill in each finding, then run: case-audit score <this file>'];
  lines.push(model.force === undefined ? '# force: the police force audited (optional)' : `force: ${scalar(model.force)}`);
  if (model.round !== undefined) lines.push(`round: ${scalar(model.round)}`);
  if (model.cases.length === 0) lines.push('cases: []');
  else {
    lines.push('cases:');
    // Case by case: one push of every case's lines overflows the stack past a few thousand cases.
    const findings = findingWords(model.programme);
    for (const c of model.cases) lines.push(...yamlCase(model, c, byId.get(c.caseType), kept, findings));
  }
  return `${lines.join('\n')}\n`;
}
