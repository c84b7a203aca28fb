// programme.yaml's scale, findings, grading rule and areas as the programme carries them: snake_case
// keys to the model's, each part defaulting to the 2017 programme's where the file does not say.
import { DEFAULT_FINDINGS, type FindingDef } from '../../domain/findings.js';
import { DEFAULT_GRADING, type Conditions, type GradingRule } from '../../domain/grading.js';
import { DEFAULT_GRADES, type GradeDef } from '../../domain/scale.js';
import type { Programme } from '../../domain/types.js';
import type { programmeSchema } from '../../schema/criteria.js';
import type { z } from 'zod';

export type ProgrammeFile = z.infer<typeof programmeSchema>;

function scaleOfFile(file: ProgrammeFile): GradeDef[] {
  if (!file.scale) return [...DEFAULT_GRADES];
  return file.scale.map((g) => ({
    id: g.id,
    label: g.label,
    tableLabel: g.table_label ?? g.label,
    accept: g.accept ?? [],
    ...(g.meaning !== undefined ? { meaning: g.meaning } : {}),
  }));
}

function findingsOfFile(file: ProgrammeFile): FindingDef[] {
  const given = file.findings ?? {};
  const defs: FindingDef[] = [];
  for (const kind of ['met', 'partly', 'unmet', 'na'] as const) {
    const own = given[kind];
    const fallback = DEFAULT_FINDINGS.find((d) => d.kind === kind);
    // Only partly has no 2017 spelling to fall back on.
    if (own) defs.push({ kind, label: own.label ?? fallback?.label ?? 'Partly met', accept: own.accept });
    else if (fallback) defs.push(fallback);
  }
  return defs;
}

function conditionsOf(raw: NonNullable<NonNullable<ProgrammeFile['grading']>[number]['if']>): Conditions {
  const c: Conditions = {};
  if (raw.unmet !== undefined) c.unmet = raw.unmet;
  if (raw.serious_unmet !== undefined) c.seriousUnmet = raw.serious_unmet;
  if (raw.partly !== undefined) c.partly = raw.partly;
  if (raw.serious_partly !== undefined) c.seriousPartly = raw.serious_partly;
  if (raw.not_met !== undefined) c.notMet = raw.not_met;
  if (raw.met_share_below !== undefined) c.metShareBelow = raw.met_share_below;
  return c;
}

function gradingOfFile(file: ProgrammeFile): GradingRule[] {
  if (!file.grading) return [...DEFAULT_GRADING];
  return file.grading.map((r) => (r.if === undefined ? { grade: r.grade } : { grade: r.grade, if: conditionsOf(r.if) }));
}

/** The programme's scale, findings, grading rule and areas. */
export function programmeLanguage(file: ProgrammeFile): Pick<Programme, 'scale' | 'findings' | 'grading' | 'areas'> {
  return {
    scale: scaleOfFile(file),
    findings: findingsOfFile(file),
    grading: gradingOfFile(file),
    areas: (file.areas ?? []).map((a) => ({ id: a.id, title: a.title })),
  };
}
