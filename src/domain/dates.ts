// Calendar dates as people write them in registers and action plans: ISO (2023-09-30) or, as UK
// users write them, dd/mm/yyyy (30/09/2023). Never mm/dd: a UK file that says 04/05/2023 means
// 4 May. A date that is not a real day is refused with the way it was read, so the writer can
// see why (31/04/2023 read as dd/mm/yyyy: April has 30 days).

/** Which way a date was read, for messages. */
type DateStyle = 'ISO (yyyy-mm-dd)' | 'dd/mm/yyyy (UK)';

export type ParsedDate = { ok: true; iso: string; style: DateStyle } | { ok: false; message: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function checked(year: number, month: number, day: number, style: DateStyle, raw: string): ParsedDate {
  if (month < 1 || month > 12) return { ok: false, message: `${JSON.stringify(raw)} read as ${style}: there is no month ${month}` };
  const last = daysIn(year, month);
  if (day < 1 || day > last)
    return { ok: false, message: `${JSON.stringify(raw)} read as ${style}: ${MONTHS[month - 1]} ${year} has days 1 to ${last}` };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, style };
}

export function parseDate(raw: string): ParsedDate {
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), 'ISO (yyyy-mm-dd)', text);
  const uk = UK.exec(text);
  if (uk) return checked(Number(uk[3]), Number(uk[2]), Number(uk[1]), 'dd/mm/yyyy (UK)', text);
  return { ok: false, message: `${JSON.stringify(text)} is not a date: expected yyyy-mm-dd (2023-09-30) or dd/mm/yyyy (30/09/2023)` };
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
