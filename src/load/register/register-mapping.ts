// Register mapping: --map case_id=Ref (repeatable), --map carry=Comments (a column to carry along as
// it is, free-text name or not), --type-map DA=domestic-abuse (repeatable) and --map-file with
// `columns:`, `carry:` and `types:` blocks, checked against the criteria before any file is read, so
// a typo is one usage error (exit 2) and not a run of rejected rows.
import { readFileSync } from 'node:fs';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { CASE_COLUMNS } from '../../domain/case-columns.js';
import { UsageError } from '../../domain/errors.js';
import { nearest } from '../../text/did-you-mean.js';
import { mappingFileSchema } from '../../schema/mapping.js';
import { quote } from '../../text/escape.js';
import { resolveCaseType, type TypeMap } from './case-type-name.js';
import type { HeaderMap } from './header-map.js';
import { criteriaByKey, nameKey } from '../rows/header-names.js';
import { parseYaml, positionAt } from '../yaml/yaml-doc.js';

export interface MappingOptions {
  map?: string[];
  mapFile?: string;
  typeMap?: string[];
}

export interface Mapping {
  headerMap?: HeaderMap;
  typeMap?: TypeMap;
}

/** `a=b` split at the first `=`; a usage error naming the flag and an example otherwise. */
function pair(flag: string, raw: string, example: string): [string, string] {
  const at = raw.indexOf('=');
  const left = raw.slice(0, at).trim();
  const right = raw.slice(at + 1).trim();
  if (at === -1 || left === '' || right === '')
    throw new UsageError(`${flag} takes NAME=VALUE (for example ${flag} ${example}), got ${quote(raw)}`);
  return [left, right];
}

/** `--map carry=NAME`: not a column of the case file but a register column to carry along under its own name. */
const CARRY = 'carry';

function readMappingFile(file: string): { columns: Array<[string, string]>; types: Array<[string, string]> } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`--map-file ${quote(file)} cannot be read`);
  }
  const parsed = parseYaml(file, text, { schema: 'failsafe' });
  const first = parsed.diagnostics[0];
  if (first) throw new UsageError(`--map-file ${file}:${first.line}: ${first.message}`);
  const result = mappingFileSchema.safeParse(parsed.value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const { line } = positionAt(parsed, issue.path, issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    const what =
      issue.code === 'unrecognized_keys'
        ? `unknown key(s) ${issue.keys.map(quote).join(', ')}; expected columns and types (and carry, for columns to carry along)`
        : issue.message;
    throw new UsageError(`--map-file ${file}:${line}: ${where}${what}`);
  }
  const carry = (result.data.carry ?? []).map((name): [string, string] => [CARRY, name]);
  return { columns: [...Object.entries(result.data.columns ?? {}), ...carry], types: Object.entries(result.data.types ?? {}) };
}

export function buildMapping(options: MappingOptions, criteria: CriteriaSet): Mapping {
  const file = options.mapFile ? readMappingFile(options.mapFile) : { columns: [], types: [] };
  const columns = [...file.columns, ...(options.map ?? []).map((raw) => pair('--map', raw, 'case_id=Ref'))];
  const types = [...file.types, ...(options.typeMap ?? []).map((raw) => pair('--type-map', raw, 'DA=domestic-abuse'))];
  const mapping: Mapping = {};
  if (columns.length > 0) {
    const known = [...CASE_COLUMNS, ...[...criteria.criterionById.values()].map((c) => c.criterion.id), CARRY];
    const headerMap = new Map<string, { target: string; source: string; carry?: boolean }>();
    for (const [target, source] of columns) {
      const field = CASE_COLUMNS.find((c) => c === nameKey(target)) ?? criteriaByKey(criteria).get(nameKey(target))?.criterion.id;
      if (!field && nameKey(target) === CARRY) {
        // notes and override_reason are free text by the contract: no mapping carries them.
        if ((CASE_COLUMNS as readonly string[]).includes(nameKey(source)))
          throw new UsageError(
            `--map carry=${quote(source)}: ${nameKey(source)} is a case file column, not a register column to carry along`,
          );
        headerMap.set(nameKey(source), { target: CARRY, source, carry: true });
        continue;
      }
      if (!field) {
        const near = nearest(target, known, { normalise: nameKey });
        throw new UsageError(
          `--map ${quote(target)}: not a case file column or criterion id${near ? ` (did you mean "${near}"?)` : ''}; expected one of ${CASE_COLUMNS.join(', ')}, a criterion id, or carry=<column> to carry a column along as it is`,
        );
      }
      // Which files are long form is settled from the raw headers before any is read (input-form.ts).
      if (field === 'assessor')
        throw new UsageError(
          `--map assessor=${quote(source)}: the assessor column cannot be mapped; name it "assessor" in the file (it marks a long-form file)`,
        );
      // Command-line maps come after the file's, so they win.
      headerMap.set(nameKey(source), { target: field, source });
    }
    mapping.headerMap = headerMap;
  }
  if (types.length > 0) {
    const typeMap = new Map<string, string>();
    for (const [code, type] of types) {
      if (!resolveCaseType(criteria, type)) {
        throw new UsageError(
          `--type-map ${quote(code)}=${quote(type)}: unknown case type; expected one of ${criteria.types.map((t) => t.id).join(', ')} (or an alias or title)`,
        );
      }
      typeMap.set(nameKey(code), type);
    }
    mapping.typeMap = typeMap;
  }
  return mapping;
}
