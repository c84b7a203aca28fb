// What every renderer may be told: colour arrives as a Paint, the width as a number.
import type { Paint } from './terminal/paint.js';

export interface RenderOptions {
  paint: Paint;
  /** Columns to fit (table format); 80 when not given. */
  width?: number;
}
