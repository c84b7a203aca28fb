// What a workbook may cost before it is refused. Nothing here trusts what the file declares: the
// zip's sizes are checked before anything is inflated, then again against the bytes actually
// inflated, and the XML is capped while it is read.

export interface XlsxLimits {
  /** The file on disk. */
  maxFileBytes: number;
  /** Bytes inflated from the zip, all parts read together (a zip bomb declares, or inflates to, gigabytes). */
  maxUnpackedBytes: number;
  /** Zip entries: a real workbook has a few dozen. */
  maxEntries: number;
  /** Rows of the sheet read: an Excel sheet holds at most 1,048,576. */
  maxRows: number;
  /** Shared strings kept in memory: one per distinct text in the workbook. */
  maxSharedStrings: number;
  /** Their characters, all together. */
  maxSharedChars: number;
}

const MiB = 1024 * 1024;

export const XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 64 * MiB,
  maxUnpackedBytes: 512 * MiB,
  maxEntries: 10_000,
  maxRows: 1_048_576,
  // Four distinct texts for each of Excel's 1,048,576 rows (an id, a note, a reason, a name), and
  // 64 million characters: at most ~150 MB held (see shared-strings.ts), never the 512 MB a part may inflate to.
  maxSharedStrings: 4 * 1_048_576,
  maxSharedChars: 64 * MiB,
};

/** Excel's last column, XFD. */
export const MAX_COLUMNS = 16_384;

/**
 * XML nesting: spreadsheet programs write about ten levels (worksheet, sheetData, row, c, is, r,
 * t, and extension lists); deeper is a hostile file, refused before it costs memory.
 */
export const MAX_XML_DEPTH = 100;

/**
 * The longest run of XML bytes held at once (one text, one tag, one comment): a cell holds at most
 * 32,767 characters in Excel, at most ~330 KB even written as numeric character references.
 */
export const MAX_XML_PIECE = 1 * MiB;

/** A workbook that cannot be read at all: the loader turns it into an input error (exit 2). */
export class XlsxError extends Error {}

export const mib = (bytes: number) => `${Math.round(bytes / MiB).toLocaleString('en-GB')} MB`;
