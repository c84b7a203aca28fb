// One style object per kind of cell, shared by every cell of that kind. exceljs looks a cell's
// style up by the object first (a WeakMap) and otherwise builds and indexes its XML: with a fresh
// object per cell, as setting cell.numFmt makes, that was a quarter of the time a million rows took.
import type ExcelJS from 'exceljs';
import type { XCell, XColumn } from './write-book.js';

const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const BOLD: Partial<ExcelJS.Font> = { bold: true };

export const solid = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } });

/**
 * The style a data cell gets: its column's (text '@' and fill), the column's number format for a
 * number, the cell's own fill, wrapping for the sheet, bold for the row. Never mutate the result.
 */
export function cellStyles(columns: readonly XColumn[] | undefined, wrap: boolean) {
  const make = (col: number, isNumber: boolean, fill: string | undefined, bold: boolean): Partial<ExcelJS.Style> => {
    const column = columns?.[col];
    const numFmt = column?.text ? '@' : column?.numFmt && isNumber ? column.numFmt : undefined;
    const colour = fill ?? column?.fill;
    return {
      ...(numFmt ? { numFmt } : {}),
      ...(colour ? { fill: solid(colour) } : {}),
      ...(wrap ? { alignment: WRAP } : {}),
      ...(bold ? { font: BOLD } : {}),
    };
  };
  // Most cells: no fill of their own, not bold: two styles a column (a number, anything else).
  const plain: Array<Array<Partial<ExcelJS.Style>>> = [];
  const other = new Map<string, Partial<ExcelJS.Style>>();
  return (col: number, value: XCell, fill: string | undefined, bold: boolean): Partial<ExcelJS.Style> => {
    const isNumber = typeof value === 'number';
    if (!fill && !bold) return ((plain[col] ??= [])[+isNumber] ??= make(col, isNumber, undefined, false));
    const key = `${col}|${isNumber}|${fill}|${bold}`;
    let style = other.get(key);
    if (!style) other.set(key, (style = make(col, isNumber, fill, bold)));
    return style;
  };
}
