// `reveal`'s formats: each id of a register beside its pseudonym, for the key holder alone.
import { csvLine } from '../../text/csv.js';

export interface RevealModel {
  pseudonymKey: string;
  rows: ReadonlyArray<{ kind: 'case' | 'auditor'; id: string; pseudonym: string }>;
}

const HEAD = ['kind', 'id', 'pseudonym'];

export function revealCsv(m: RevealModel): string {
  return [HEAD, ...m.rows.map((r) => [r.kind, r.id, r.pseudonym])].map(csvLine).join('');
}

export function revealJson(m: RevealModel): string {
  return `${JSON.stringify({ pseudonymKey: m.pseudonymKey, ids: m.rows }, null, 2)}\n`;
}
