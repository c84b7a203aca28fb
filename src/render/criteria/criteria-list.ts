// `criteria list` in each format: the case types in table order, each with its criteria.
import type { CaseType } from '../../domain/types.js';
import type { RenderOptions } from '../options.js';
import { csvDocument } from '../../text/csv.js';
import { escapeText } from '../../text/escape.js';
import { mdTable, mdText } from '../../text/markdown.js';
import { textTable } from '../terminal/text-table.js';

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

export function listTable(types: readonly CaseType[], { width = 80 }: Partial<RenderOptions> = {}): string {
  return types
    .map((type) => `${heading(type).map(escapeText).join('\n')}\n${textTable({ head: HEAD, rows: escapedRows(type), wrap: [3], width })}\n`)
    .join('\n');
}

export function listMarkdown(types: readonly CaseType[]): string {
  return types
    .map((type) => {
      const [title, table] = heading(type);
      return `## ${mdText(title!)}\n\n${mdText(table!)}\n\n${mdTable(HEAD, criteriaRows(type))}`;
    })
    .join('\n');
}

const LIST_CSV_HEADER = ['table', 'label', 'case_type', 'title', 'aliases', 'widespread', 'criterion_id', 'severity', 'refer', 'text'];

export function listCsv(types: readonly CaseType[]): string {
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

export function listJson(types: readonly CaseType[]): string {
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
