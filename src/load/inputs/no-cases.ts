// A file that opens and parses but holds no case is worth a warning: it is usually the wrong
// export, or a blank form that was never filled in.
import { warning, type Diagnostic } from '../../domain/diagnostic.js';

export function noCases(file: string): Diagnostic {
  return warning(file, 0, 'no-cases', 'no cases in this file; expected case rows after the CSV header, or items under "cases:" in YAML');
}
