// What a workbook may cost before it is refused: neither exceljs nor its unzipper caps anything,
// so these are checked by us, before (file, zip) and while (rows) reading.

export interface XlsxLimits {
  /** The file on disk. */
  maxFileBytes: number;
  /** The sum of the zip entries' declared uncompressed sizes (a zip bomb declares gigabytes). */
  maxUnpackedBytes: number;
  /** Zip entries: a real workbook has a few dozen. */
  maxEntries: number;
  /** Rows of the sheet read: an Excel sheet holds at most 1,048,576. */
  maxRows: number;
}

const MiB = 1024 * 1024;

export const XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 64 * MiB,
  maxUnpackedBytes: 512 * MiB,
  maxEntries: 10_000,
  maxRows: 1_048_576,
};

/** Excel's last column, XFD. */
export const MAX_COLUMNS = 16_384;

/** A workbook that cannot be read at all: the loader turns it into an input error (exit 2). */
export class XlsxError extends Error {}

export const mib = (bytes: number) => `${Math.round(bytes / MiB).toLocaleString('en-GB')} MB`;
