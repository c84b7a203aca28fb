// A stored cell value as the text a case file holds. Values are read as stored: a formula gives
// its cached result and is never evaluated; a formula with no cached result, or an error value
// (#N/A, #REF!...), is a problem with that cell, not a blank.

export type CellText = { text: string } | { problem: string };

const BLANK: CellText = { text: '' };

export function cellText(value: unknown): CellText {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false' };
  if (value instanceof Date) return { text: dateText(value) };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) {
      if (!('result' in v) || v.result === undefined) {
        return {
          problem:
            'holds a formula with no saved result (case-audit never calculates formulas): open and save the workbook in Excel, or type the value',
        };
      }
      return cellText(v.result);
    }
    if ('error' in v) {
      // Only a real error code is named: a crafted file could put any text there.
      const code = /^#[A-Z0-9/!?]{1,8}$/.test(String(v.error)) ? ` ${String(v.error)}` : '';
      return { problem: `holds an error value${code}; expected a value` };
    }
    if (Array.isArray(v.richText)) return { text: v.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('') };
    if ('sharedString' in v) return { problem: 'refers to a shared string the workbook does not hold (the workbook is damaged)' };
    if ('text' in v && typeof v.text === 'string') return { text: v.text };
  }
  return { problem: 'holds a value case-audit cannot read as text' };
}

function numberText(n: number): CellText {
  // A cached error result reaches us as NaN (exceljs parses "#DIV/0!" as a number).
  if (!Number.isFinite(n)) return { problem: 'holds a formula whose saved result is an error value; expected a value' };
  return { text: String(n) };
}

/** ISO 8601: 2017-02-03, or 2017-02-03T14:30:00 when the cell holds a time of day. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
