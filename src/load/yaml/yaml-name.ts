// YAML case files are told from CSV by their extension.
import { extname } from 'node:path';

export function isYamlName(name: string): boolean {
  return /^\.ya?ml$/i.test(extname(name));
}
