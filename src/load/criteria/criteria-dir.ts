// Load a criteria directory: every file parsed and checked, every problem collected with its place.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildCriteriaSet, type CriteriaSet } from '../../domain/criteria-set.js';
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import type { CaseType, Programme } from '../../domain/types.js';
import { InputError } from '../../domain/errors.js';
import { criteriaFileSchema, DEFAULT_PROGRAMME, DEFAULT_WIDESPREAD, programmeSchema } from '../../schema/criteria.js';
import { crossChecks, roleChecks } from './criteria-rules.js';
import { partialType } from './criteria-partial.js';
import { osReason } from '../inputs/os-reasons.js';
import { criteriaWarnings } from './criteria-warnings.js';
import { programmeLanguage } from './programme-language.js';
import { areaChecks, programmeChecks } from './programme-checks.js';
import { gradingChecks } from './grading-checks.js';
import { parseYaml, positionAt, type ParsedYaml } from '../yaml/yaml-doc.js';
import { zodDiagnostics } from './zod-diagnostics.js';

export interface LoadedCriteria {
  /** null when any file has an error: nothing may be scored against a broken directory. */
  set: CriteriaSet | null;
  diagnostics: Diagnostic[];
  files: string[];
  skipped: string[];
  /** programme.yaml's scale, findings, grading rule or areas are wrong: no command may run on a guess. */
  languageInvalid: boolean;
}

/** programme.yaml's keys that make its language. */
const LANGUAGE_KEYS = new Set<PropertyKey>(['scale', 'findings', 'grading', 'areas']);

const PROGRAMME_FILE = 'programme.yaml';

/**
 * The last reading of each directory, with the texts it was made from. A process that runs the CLI
 * again and again (the tests run it in-process over a thousand times) parses the same ten files
 * each time, and YAML with positions is slow: about 30 ms a reading, most of a small run. A file
 * changed, added or removed is a different key, so the result is always that of the files as they are.
 */
const lastRead = new Map<string, { key: string; loaded: LoadedCriteria }>();

/** `missingHint` ends the message for a directory that does not exist: how to use the bundled ones. */
export function loadCriteriaDir(dir: string, missingHint = ''): LoadedCriteria {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(dir, 'not a directory: expected a criteria directory of YAML files');
    names = readdirSync(dir).sort();
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = osReason(e);
    // "no such criteria directory" is what criteria validate's CI users grep for (test/commands/criteria-validate.test.ts).
    throw new InputError(
      dir,
      code === 'ENOENT'
        ? `no such criteria directory; expected a directory of criteria YAML files${missingHint}`
        : `cannot read criteria directory: ${why}`,
    );
  }
  const yamlNames = names.filter((n) => /\.ya?ml$/i.test(n));
  const texts = new Map(yamlNames.filter((n) => !n.startsWith('_')).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  const key = JSON.stringify([yamlNames, [...texts.values()]]);
  const last = lastRead.get(dir);
  const loaded = last?.key === key ? last.loaded : readCriteria(dir, yamlNames, texts);
  lastRead.set(dir, { key, loaded });
  // Copies of the lists, so a caller that changes one cannot change the next reading.
  return { ...loaded, diagnostics: [...loaded.diagnostics], files: [...loaded.files], skipped: [...loaded.skipped] };
}

function readCriteria(dir: string, yamlNames: readonly string[], texts: ReadonlyMap<string, string>): LoadedCriteria {
  const skipped = yamlNames.filter((n) => n.startsWith('_')).map((n) => join(dir, n));
  const diagnostics: Diagnostic[] = [];
  const types: CaseType[] = [];
  const positions = new Map<CaseType, ParsedYaml>();
  let programme: Programme = { ...DEFAULT_PROGRAMME };
  const files: string[] = [];
  /** Files that parse but fail their schema: still in the cross-file checks. */
  const partials = new Set<CaseType>();
  /** Valid and partial types in reading order, so a clash is reported at the later file. */
  const inOrder: CaseType[] = [];
  /** Some file could not be read into a case type: its table is unknown, so gaps say nothing. */
  let incomplete = false;
  let languageInvalid = false;
  /** programme.yaml read and valid, or absent: criteria's areas can be checked against it. */
  let programmeRead = true;
  for (const name of yamlNames) {
    if (name.startsWith('_')) continue;
    const file = join(dir, name);
    files.push(file);
    const parsed = parseYaml(file, texts.get(name)!, { schema: 'core' });
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0) {
      incomplete = true;
      if (basename(name).toLowerCase() === PROGRAMME_FILE) programmeRead = false;
      continue;
    }
    if (basename(name).toLowerCase() === PROGRAMME_FILE) {
      const result = programmeSchema.safeParse(parsed.value ?? {});
      // Role ids are checked even when another key fails the schema: every problem at once.
      const rawRoles = (parsed.value as { roles?: unknown } | null)?.roles;
      if (rawRoles && typeof rawRoles === 'object' && !Array.isArray(rawRoles)) {
        const ids = Object.keys(rawRoles).map((role) => ({ role }));
        diagnostics.push(...roleChecks(file, ids, (key) => positionAt(parsed, ['roles'], key)));
      }
      if (!result.success) {
        diagnostics.push(...zodDiagnostics(file, parsed, result.error, 'programme'));
        programmeRead = false;
        languageInvalid ||= result.error.issues.some((i) => LANGUAGE_KEYS.has(i.path[0]!));
      } else {
        const locate = (path: readonly PropertyKey[], key?: string) => positionAt(parsed, path, key);
        const language = [...programmeChecks(file, result.data, locate), ...gradingChecks(file, result.data, locate)];
        diagnostics.push(...language);
        languageInvalid ||= language.some((d) => d.severity === 'error');
        programme = {
          name: result.data.name ?? DEFAULT_PROGRAMME.name,
          ...(result.data.version !== undefined ? { version: String(result.data.version) } : {}),
          inspectorate: result.data.inspectorate ?? DEFAULT_PROGRAMME.inspectorate,
          table1Caption: result.data.table1_caption ?? DEFAULT_PROGRAMME.table1Caption,
          table2Caption: result.data.table2_caption ?? DEFAULT_PROGRAMME.table2Caption,
          selfLabel: result.data.row_labels?.self ?? DEFAULT_PROGRAMME.selfLabel,
          independentLabel: result.data.row_labels?.independent ?? DEFAULT_PROGRAMME.independentLabel,
          ...(result.data.sentences !== undefined ? { sentences: result.data.sentences } : {}),
          ...programmeLanguage(result.data),
        };
        const roles = Object.entries(result.data.roles ?? {}).map(([role, label]) => ({ role, label }));
        if (roles.length) programme.roles = roles;
        if (result.data.referral_reasons) programme.referralReasons = result.data.referral_reasons;
      }
      continue;
    }
    const result = criteriaFileSchema.safeParse(parsed.value);
    if (!result.success) {
      diagnostics.push(...zodDiagnostics(file, parsed, result.error, 'criteria'));
      incomplete = true;
      const partial = partialType(parsed.value, file);
      if (partial) {
        partials.add(partial);
        inOrder.push(partial);
        positions.set(partial, parsed);
      }
      continue;
    }
    const data = result.data;
    const type: CaseType = {
      id: data.id,
      title: data.title,
      aliases: data.aliases ?? [],
      report: data.report,
      criteria: data.criteria.map((c) => ({
        id: c.id,
        text: c.text,
        severity: c.severity,
        refer: c.refer ?? false,
        ...(c.area !== undefined ? { area: c.area } : {}),
      })),
      widespread: data.grading?.widespread ?? DEFAULT_WIDESPREAD,
      file,
    };
    types.push(type);
    inOrder.push(type);
    positions.set(type, parsed);
  }
  const at = (type: CaseType, path: readonly PropertyKey[], key?: string) => positionAt(positions.get(type)!, path, key);
  diagnostics.push(...crossChecks(inOrder, at, partials));
  if (programmeRead) diagnostics.push(...areaChecks(types, programme.areas, at));
  diagnostics.push(
    ...criteriaWarnings(types, { at, has: (type, path) => positions.get(type)!.doc.hasIn(path as unknown[]) }, { tableGaps: !incomplete }),
  );
  if (types.length === 0 && diagnostics.length === 0) {
    diagnostics.push(error(dir, 0, 'no-criteria', 'no criteria files (*.yaml) in this directory'));
  }
  // Grouped by file, in reading order, as linters print them.
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.col ?? 0) - (b.col ?? 0)));
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { set: failed ? null : buildCriteriaSet(dir, types, programme), diagnostics, files, skipped, languageInvalid };
}
