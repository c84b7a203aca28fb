// A stored cell value as the text a case file holds. Values are read as stored: a formula gives
// its saved result and is never evaluated (a saved 0, "" or FALSE is a value like any other); a
// formula with no saved result, or an error value (#N/A, #DIV/0!...), is a problem with that
// cell, not a blank.
import type { SharedStrings } from './shared-strings.js';

/** Why a cell has no value to read; a class, so a read value can stay a bare string (16 million cells, no object each). */
class CellProblem {
  constructor(readonly message: string) {}
}

export type CellText = string | CellProblem;

/** A `<c>` element as the sheet holds it. */
export interface StoredCell {
  /** Its `t`: n (or none), s, inlineStr, str, b, e, d. */
  type: string;
  /** The text of its `<v>`; undefined when it has none. */
  value: string | undefined;
  /** A shared string's index when its `<v>` was read as one (value is then ""); else -1. */
  index: number;
  /** Whether it has an `<f>`. */
  formula: boolean;
  /** The text of its `<is>` (an inline string). */
  inline: string | undefined;
  /** Its `s`: the index of its cell format. */
  style: number;
}

export interface CellContext {
  strings: SharedStrings;
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

const BLANK = '';
const NO_RESULT = new CellProblem(
  'holds a formula with no saved result (case-audit never calculates formulas): the program that wrote the workbook did not calculate it; type the value, or open the workbook in Excel or LibreOffice and save it again',
);

export function cellText(cell: StoredCell, ctx: CellContext): CellText {
  const { type, value } = cell;
  if (type === 'inlineStr') return cell.inline ?? value ?? '';
  if (value === undefined) return cell.formula ? NO_RESULT : BLANK;
  switch (type) {
    case 's': {
      const index = cell.index !== -1 ? cell.index : /^\d{1,15}$/.test(value) ? Number(value) : -1;
      const text = ctx.strings.at(index);
      if (text !== undefined) return text;
      return new CellProblem(
        `refers to shared string ${index === -1 ? '(not a number)' : index}, which the workbook does not hold (it has ${ctx.strings.size.toLocaleString('en-GB')}; the workbook is damaged)`,
      );
    }
    case 'str':
      return value;
    case 'b':
      return value === '1' || value === 'true' ? 'true' : value === '0' || value === 'false' ? 'false' : unreadable('a TRUE or FALSE');
    case 'e': {
      // Only a real error code is named: a crafted file could put any text there.
      const code = /^#[A-Z0-9/!?]{1,8}$/.test(value) ? ` ${value}` : '';
      return new CellProblem(
        `holds ${cell.formula ? 'a formula whose saved result is the error value' : 'an error value'}${code}; expected a value`,
      );
    }
    case 'd':
      return isoDate(value);
    case 'n':
    case '':
      return number(value, cell.style, ctx);
    default:
      return new CellProblem('holds a value of a kind case-audit cannot read as text');
  }
}

function unreadable(what: string): CellText {
  return new CellProblem(`holds ${what} that cannot be read (the workbook is damaged)`);
}

function number(value: string, style: number, ctx: CellContext): CellText {
  if (value.trim() === '') return BLANK;
  const n = Number(value);
  if (!Number.isFinite(n)) return unreadable('a number');
  if (!ctx.dateStyles.has(style)) return String(n);
  // Days since 1899-12-30 (or 1904-01-01), rounded to the millisecond as Excel stores time.
  const date = new Date(Math.round((n - 25569 + (ctx.date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? unreadable('a date') : dateText(date);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A `t="d"` cell: an ISO 8601 date and time, read as UTC when it names no zone (as stored). */
function isoDate(value: string): CellText {
  const m = ISO.exec(value.trim());
  if (!m) return unreadable('a date');
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.round(Number(`0.${frac}`) * 1000));
  if (zone && zone !== 'Z') ms -= (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return unreadable('a date');
  // 2017-02-30 would roll over to March: a date that does not exist is not read as another.
  if (date.getUTCDate() !== Number(d) && !zone) return unreadable('a date');
  return dateText(date);
}

/** ISO 8601: 2017-02-03, or 2017-02-03T14:30:00 when the cell holds a time of day. */
function dateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
