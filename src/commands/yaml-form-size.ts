// A YAML form case-audit could not read back is refused before it is written: YAML case files are
// read whole and capped (load/yaml-cases.ts), and a form is written to be filled in and scored.
import { UsageError } from '../domain/errors.js';
import { MAX_YAML_BYTES } from '../load/yaml/yaml-cases.js';

/** The form's text, or a usage error when it is over the size case-audit reads YAML case files at. */
export function readableYamlForm(text: string, cases: number, instead: string): string {
  const bytes = Buffer.byteLength(text);
  if (bytes <= MAX_YAML_BYTES) return text;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  throw new UsageError(
    `a YAML form of ${cases.toLocaleString('en-GB')} cases would be ${mb(bytes)} MB, and YAML case files are read up to ${mb(MAX_YAML_BYTES)} MB, so it could not be scored; use ${instead}, or draw fewer cases; nothing written`,
  );
}
