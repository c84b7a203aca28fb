// What every renderer may be told: colour arrives as a Paint, the width as a number, and the working
// folder, under which file names are shown relative.
import type { Paint } from './terminal/paint.js';
import type { Sharing } from '../domain/sharing.js';

export interface RenderOptions {
  paint: Paint;
  /** Columns to fit (table format); 80 when not given. */
  width?: number;
  /** The working folder; file names are shown as given when it is not known. */
  cwd?: string;
  /** `--pseudonymise`, `--suppress`: said at the top of JSON and on the front of HTML and workbooks. */
  sharing?: Sharing;
}
