// Checks on programme.yaml's grading rule: each rule's grade in the scale, conditions on partly met
// findings only where the programme records them, one rule without `if` and it last; and a warning
// where a rule can never apply because an earlier rule always applies first.
import { error, warning, type Diagnostic } from '../../domain/diagnostic.js';
import type { AtLeast } from '../../domain/grading.js';
import { Scale } from '../../domain/scale.js';
import { nearest } from '../../text/did-you-mean.js';
import type { Position } from '../yaml/yaml-doc.js';
import { programmeLanguage, type ProgrammeFile } from './programme-language.js';

/** With `key`, the key's own place in the mapping at `path`. */
type Locate = (path: readonly PropertyKey[], key?: string) => Position;
type FileRule = NonNullable<ProgrammeFile['grading']>[number];
type FileConditions = NonNullable<FileRule['if']>;
type Count = Exclude<keyof FileConditions, 'met_share_below'>;

const PARTLY: readonly Count[] = ['partly', 'serious_partly'];

/** For each count, the counts never above it: a rule asking "at least N" of one of these asks at least as much. */
const WITHIN: Record<Count, readonly Count[]> = {
  unmet: ['unmet', 'serious_unmet'],
  serious_unmet: ['serious_unmet'],
  partly: ['partly', 'serious_partly'],
  serious_partly: ['serious_partly'],
  not_met: ['not_met', 'unmet', 'serious_unmet', 'partly', 'serious_partly'],
};

/** `later` asks at least `earlier`'s threshold (`widespread` compares only with itself and with 1). */
const atLeastAsMuch = (later: AtLeast, earlier: AtLeast) =>
  earlier === 1 || later === earlier || (typeof later === 'number' && typeof earlier === 'number' && later > earlier);

/**
 * Whether every case `later`'s conditions hold for is one `earlier`'s hold for too, so `earlier`
 * always applies first. Only the plain cases: the same kinds of condition with thresholds as strict.
 */
function alwaysFirst(earlier: FileConditions, later: FileConditions): boolean {
  return (Object.keys(earlier) as Array<keyof FileConditions>).every((kind) => {
    if (kind === 'met_share_below') return later.met_share_below !== undefined && later.met_share_below <= earlier.met_share_below!;
    const least = earlier[kind]!;
    return WITHIN[kind].some((within) => later[within] !== undefined && atLeastAsMuch(later[within], least));
  });
}

export function gradingChecks(file: string, data: ProgrammeFile, locate: Locate): Diagnostic[] {
  const rules = data.grading;
  if (!rules) return [];
  const out: Diagnostic[] = [];
  const report = (make: typeof error, path: readonly PropertyKey[], rule: string, message: string, key?: string) => {
    const { line, col } = locate(path, key);
    out.push(make(file, line, rule, message, col));
  };
  const scale = new Scale(programmeLanguage(data).scale);
  const partly = data.findings?.partly !== undefined;
  const last = rules.length - 1;
  rules.forEach((rule, i) => {
    if (!scale.has(rule.grade)) {
      const near = scale.parse(rule.grade) ?? nearest(rule.grade, scale.ids);
      const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
      report(
        error,
        ['grading', i, 'grade'],
        'unknown-grade',
        `"${rule.grade}" is not a grade of this programme's scale; expected one of ${scale.ids.join(', ')}${hint}`,
      );
    }
    if (rule.if === undefined) {
      if (i < last)
        report(
          error,
          ['grading', i],
          'catch-all-not-last',
          `rule ${i + 1} has no if, so it grades every case and the rules after it never apply; only the last rule may leave out if`,
        );
    } else {
      if (!partly)
        for (const kind of PARTLY.filter((k) => rule.if![k] !== undefined))
          report(
            error,
            ['grading', i, 'if'],
            'partly-not-declared',
            `${kind} counts partly met findings, but this programme records none; add findings.partly (its spellings) or drop the condition`,
            kind,
          );
      if (i === last)
        report(
          error,
          ['grading', i],
          'no-catch-all',
          `the last rule has an if: a case no rule fits would get no grade; end with a rule without if (e.g. - grade: ${scale.ids[0]})`,
        );
    }
    const earlier = rules.slice(0, i).findIndex((e) => e.if !== undefined && alwaysFirst(e.if, rule.if ?? {}));
    if (earlier >= 0)
      report(
        warning,
        ['grading', i],
        'rule-never-applies',
        `rule ${i + 1} can never apply: rule ${earlier + 1} (line ${locate(['grading', earlier]).line}) holds for every case it would and comes first`,
      );
  });
  return out;
}
