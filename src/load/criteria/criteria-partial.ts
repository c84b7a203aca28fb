// What can still be read from a criteria file that parses but fails its schema: its id, aliases,
// criterion ids and table. Cross-file checks (a clash of ids) then cover every file that parses, so
// fixing one file's schema error never uncovers a second, hidden problem.
import type { CaseType, Criterion } from '../../domain/types.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export function partialType(value: unknown, file: string): CaseType | undefined {
  if (!isRecord(value) || typeof value.id !== 'string') return undefined;
  const report = isRecord(value.report) ? value.report : {};
  const criteria: Criterion[] = (Array.isArray(value.criteria) ? value.criteria : [])
    .filter((c): c is Record<string, unknown> => isRecord(c) && typeof c.id === 'string')
    .map((c) => ({ id: c.id as string, text: text(c.text), severity: 'expected', refer: false }));
  return {
    id: value.id,
    title: text(value.title),
    aliases: Array.isArray(value.aliases) ? value.aliases.filter((a): a is string => typeof a === 'string') : [],
    report: {
      table: typeof report.table === 'number' ? report.table : Number.NaN,
      label: text(report.label),
      caption: text(report.caption),
    },
    criteria,
    widespread: 0,
    file,
  };
}
