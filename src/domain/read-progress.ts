/** How far the reading has got, after each chunk: for a progress line. */
export interface ReadProgress {
  file: string;
  /** Bytes of this file read so far. */
  bytes: number;
  /** Rows read so far, all files. */
  rows: number;
}
