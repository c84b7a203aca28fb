// Checks on programme.yaml's language that its schema cannot make: a spelling naming two grades or
// two finding kinds, a scale too long to read, areas declared twice, a scale without its rule.
import { error, type Diagnostic } from '../../domain/diagnostic.js';
import { DEFAULT_FINDINGS, type Finding } from '../../domain/findings.js';
import { DEFAULT_GRADING } from '../../domain/grading.js';
import { spellingKey } from '../../domain/scale.js';
import type { Area } from '../../domain/grading.js';
import type { CaseType } from '../../domain/types.js';
import { didYouMean } from '../../text/did-you-mean.js';
import type { Position } from '../yaml/yaml-doc.js';
import type { ProgrammeFile } from './programme-language.js';

type Locate = (path: readonly PropertyKey[]) => Position;
type Path = readonly PropertyKey[];

/** More grades than a table, a chart or a form can show side by side. */
const MAX_GRADES = 20;

/** Reports, for each spelling, a later owner other than its first; `name` words an owner in a message. */
class Spellings {
  private readonly first = new Map<string, { owner: string; path: Path | undefined }>();
  constructor(
    private readonly report: (path: Path, message: string) => void,
    private readonly what: string,
  ) {}

  add(spelling: string, owner: string, path: Path | undefined, where: (p: Path | undefined) => string): void {
    const key = spellingKey(spelling);
    const first = this.first.get(key);
    if (!first) this.first.set(key, { owner, path });
    else if (first.owner !== owner && path)
      this.report(
        path,
        `"${spelling}" is already a spelling of ${this.what} "${first.owner}" (${where(first.path)}); a spelling names one ${this.what}`,
      );
  }
}

export function programmeChecks(file: string, data: ProgrammeFile, locate: Locate): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (rule: string) => (path: Path, message: string) => {
    const { line, col } = locate(path);
    out.push(error(file, line, rule, message, col));
  };
  const lineOf = (p: Path | undefined) => (p ? `line ${locate(p).line}` : 'by default');
  const scale = data.scale;
  if (scale) {
    if (scale.length > MAX_GRADES)
      report('scale-size')(
        ['scale'],
        `the scale has ${scale.length} grades; at most ${MAX_GRADES} can be shown side by side: expected 2 to ${MAX_GRADES}`,
      );
    const ids = new Map<string, number>();
    const grades = new Spellings(report('duplicate-grade-spelling'), 'grade');
    scale.forEach((g, i) => {
      const seen = ids.get(g.id.toLowerCase());
      if (seen !== undefined)
        report('duplicate-grade-id')(
          ['scale', i, 'id'],
          `grade id "${g.id}" is already used by the grade at line ${locate(['scale', seen, 'id']).line}; grade ids must be unique`,
        );
      else ids.set(g.id.toLowerCase(), i);
      // An id used twice is reported as such, not again as a spelling.
      const own: Array<[string, Path]> = [
        ...(seen === undefined ? [[g.id, ['scale', i, 'id']] as [string, Path]] : []),
        [g.label, ['scale', i, 'label']],
        ...(g.table_label !== undefined ? [[g.table_label, ['scale', i, 'table_label']] as [string, Path]] : []),
        ...(g.accept ?? []).map((a, j) => [a, ['scale', i, 'accept', j]] as [string, Path]),
      ];
      for (const [spelling, path] of own) grades.add(spelling, g.id, path, lineOf);
    });
    if (!data.grading) {
      const missing = [...new Set(DEFAULT_GRADING.map((r) => r.grade))].filter((id) => !ids.has(id));
      if (missing.length)
        report('scale-without-grading')(
          ['scale'],
          `a scale of its own needs a grading rule of its own: the default rule gives ${missing.map((m) => `"${m}"`).join(', ')}, not a grade of this scale; add grading: (the first rule whose conditions hold gives the grade)`,
        );
    }
  }
  findingChecks(data, new Spellings(report('duplicate-finding-spelling'), 'finding kind'), lineOf, locate);
  const areas = new Map<string, number>();
  (data.areas ?? []).forEach((a, i) => {
    const seen = areas.get(a.id);
    if (seen !== undefined)
      report('duplicate-area')(
        ['areas', i, 'id'],
        `area id "${a.id}" is already declared at line ${locate(['areas', seen, 'id']).line}; area ids must be unique`,
      );
    else areas.set(a.id, i);
  });
  return out;
}

/** Every kind's spellings: the defaults of kinds the file leaves out first, then the file's own in its order. */
function findingChecks(data: ProgrammeFile, spellings: Spellings, lineOf: (p: Path | undefined) => string, locate: Locate): void {
  for (const d of DEFAULT_FINDINGS)
    if (!data.findings?.[d.kind]) for (const s of [...d.accept, d.label]) spellings.add(s, d.kind, undefined, lineOf);
  const own: Array<[string, Finding, Path]> = [];
  for (const [kind, def] of Object.entries(data.findings ?? {}) as Array<[Finding, { label?: string; accept: string[] } | undefined]>) {
    if (!def) continue;
    def.accept.forEach((a, j) => own.push([a, kind, ['findings', kind, 'accept', j]]));
    if (def.label !== undefined) own.push([def.label, kind, ['findings', kind, 'label']]);
  }
  // The schema hands kinds back in its own order; the file's is what a reader sees.
  const place = (p: Path) => locate(p).line * 1e6 + locate(p).col;
  own.sort((a, b) => place(a[2]) - place(b[2]));
  for (const [spelling, kind, path] of own) spellings.add(spelling, kind, path, lineOf);
}

/** Every criterion's `area` declared in programme.yaml's `areas`. */
export function areaChecks(
  types: readonly CaseType[],
  areas: readonly Area[],
  locate: (type: CaseType, path: readonly PropertyKey[]) => Position,
): Diagnostic[] {
  const ids = [...new Set(areas.map((a) => a.id))];
  const expected = ids.length ? `expected one of ${ids.join(', ')}` : 'programme.yaml declares no areas (areas: - id: ..., title: ...)';
  const out: Diagnostic[] = [];
  for (const type of types)
    type.criteria.forEach((c, i) => {
      if (c.area === undefined || ids.includes(c.area)) return;
      const { line, col } = locate(type, ['criteria', i, 'area']);
      out.push(
        error(type.file, line, 'unknown-area', `area "${c.area}" of ${c.id} is not declared; ${expected}${didYouMean(c.area, ids)}`, col),
      );
    });
  return out;
}
