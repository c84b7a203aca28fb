// `criteria list` in each format: the case types in table order, each with its criteria.
import type { CaseType, Programme } from '../../domain/types.js';
import { languageTables } from './language-tables.js';
import type { RenderOptions } from '../options.js';
import { csvDocument } from '../../text/csv.js';
import { escapeText } from '../../text/escape.js';
import { mdTable, mdText } from '../../text/markdown.js';
import { textTable } from '../terminal/text-table.js';

/** The types in table order, and the programme whose language (scale, findings, rule) they are graded in. */
export interface CriteriaList {
  types: readonly CaseType[];
  programme: Programme;
}

const yesNo = (b: boolean) => (b ? 'yes' : '');
const criteriaRows = (type: CaseType) => type.criteria.map((c) => [c.id, c.severity, yesNo(c.refer), c.text]);
/** For a terminal: every text from a criteria file escaped (ids are safe by their schema). */
const escapedRows = (type: CaseType) => criteriaRows(type).map((row) => row.map(escapeText));
const HEAD = ['Criterion', 'Severity', 'Refer', 'Text'];

function heading(type: CaseType): string[] {
  const aliases = type.aliases.length ? ` (aliases: ${type.aliases.join(', ')})` : '';
  return [
    `${type.id}: ${type.title}${aliases}`,
    `Table ${type.report.table}: ${type.report.label}; widespread at ${type.widespread} unmet`,
  ];
}

export function listTable({ types, programme }: CriteriaList, { width = 80 }: Partial<RenderOptions> = {}): string {
  const sections = types.map(
    (type) => `${heading(type).map(escapeText).join('\n')}\n${textTable({ head: HEAD, rows: escapedRows(type), wrap: [3], width })}\n`,
  );
  const language = languageTables(programme).map(
    (t) =>
      `${escapeText(t.title)}\n${textTable({ head: t.head, rows: t.rows.map((r) => r.map(escapeText)), wrap: [t.head.length - 1], width })}\n`,
  );
  return [...sections, ...language].join('\n');
}

export function listMarkdown({ types, programme }: CriteriaList): string {
  const sections = types.map((type) => {
    const [title, table] = heading(type);
    return `## ${mdText(title!)}\n\n${mdText(table!)}\n\n${mdTable(HEAD, criteriaRows(type))}`;
  });
  const language = languageTables(programme).map((t) => `## ${mdText(t.title)}\n\n${mdTable(t.head, t.rows)}`);
  return [...sections, ...language].join('\n');
}

const LIST_CSV_HEADER = ['table', 'label', 'case_type', 'title', 'aliases', 'widespread', 'criterion_id', 'severity', 'refer', 'text'];

export function listCsv({ types }: CriteriaList): string {
  const rows = types.flatMap((t) =>
    t.criteria.map((c) => [
      t.report.table,
      t.report.label,
      t.id,
      t.title,
      t.aliases.join(' '),
      t.widespread,
      c.id,
      c.severity,
      c.refer ? 'yes' : 'no',
      c.text,
    ]),
  );
  return csvDocument(LIST_CSV_HEADER, rows);
}

export function listJson({ types }: CriteriaList): string {
  const rows = types.map((t) => ({
    id: t.id,
    title: t.title,
    aliases: t.aliases,
    report: { table: t.report.table, label: t.report.label, caption: t.report.caption },
    widespread: t.widespread,
    criteria: t.criteria.map((c) => ({ id: c.id, text: c.text, severity: c.severity, refer: c.refer })),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
