// Blank forms to fill in and score: a CSV sheet or a YAML case file, for one or more case types.
// `template` writes one type; `sample` writes the drawn cases of several, with a register's columns.
import type { CaseType } from '../domain/types.js';
import { csvDocument } from './csv-cells.js';

export interface FormRow {
  id: string;
  /** The case type's id (or alias) as the case file will say it. */
  type: string;
  /** Values of the form's extra columns, in the same order. */
  extra: readonly string[];
}

export interface Form {
  /** In table order; their criteria become the finding columns. */
  types: readonly CaseType[];
  /** Columns carried from a case register (opened, team...), written after case_type. */
  extraColumns: readonly string[];
  rows: readonly FormRow[];
}

const FIELDS = ['self_grade', 'independent_grade', 'override_reason', 'referred_back', 'notes'] as const;

export function formCsvHeader(form: Pick<Form, 'types' | 'extraColumns'>): string[] {
  return ['case_id', 'case_type', ...form.extraColumns, ...FIELDS, ...form.types.flatMap((t) => t.criteria.map((c) => c.id))];
}

export function formCsv(form: Form): string {
  const criteria = form.types.reduce((n, t) => n + t.criteria.length, 0);
  const blanks = Array<string>(FIELDS.length + criteria).fill('');
  return csvDocument(
    formCsvHeader(form),
    form.rows.map((r) => [r.id, r.type, ...form.extraColumns.map((_, i) => r.extra[i] ?? ''), ...blanks]),
  );
}

// A plain YAML scalar only when it cannot be read as anything else; otherwise JSON quoting,
// which YAML reads as a double-quoted string.
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9_./-]*$/;
const yamlString = (s: string) => (PLAIN.test(s) ? s : JSON.stringify(s));
const comment = (s: string) => s.replace(/\s+/g, ' ').trim();

function yamlCase(row: FormRow, form: Form, types: ReadonlyMap<string, CaseType>): string {
  const type = types.get(row.type.toLowerCase());
  const lines = [`  - id: ${yamlString(row.id)}`, `    type: ${yamlString(row.type)}`];
  form.extraColumns.forEach((name, i) => lines.push(`    ${yamlString(name)}: ${yamlString(row.extra[i] ?? '')}`));
  lines.push(
    '    self_grade:          # the force\'s own grade, if it graded this case',
    '    independent_grade:   # only to override the grade the findings give; then say why below',
    '    override_reason:     # never printed or exported',
    '    referred_back: no',
    '    notes:               # never printed or exported',
    '    findings:            # met, not met or na; leave blank until assessed',
  );
  for (const c of type?.criteria ?? []) {
    const flags = [c.severity, ...(c.refer ? ['refer'] : [])].join(', ');
    lines.push(`      ${c.id}:   # ${comment(c.text)} (${flags})`);
  }
  return lines.join('\n');
}

export function formYaml(form: Form): string {
  const byName = new Map<string, CaseType>();
  for (const t of form.types) for (const name of [t.id, ...t.aliases]) byName.set(name.toLowerCase(), t);
  const names = form.types.map((t) => `${t.id} (${comment(t.title)})`).join(', ');
  const head = [
    `# case-audit form: ${names}`,
    '# Fill in each finding, then run: case-audit score <this file>',
    '# force: the police force audited (optional)',
  ];
  const body = form.rows.length ? `cases:\n${form.rows.map((r) => yamlCase(r, form, byName)).join('\n')}` : 'cases: []';
  return `${head.join('\n')}\n${body}\n`;
}
