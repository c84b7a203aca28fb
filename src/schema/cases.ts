// YAML case files. They are parsed with YAML's failsafe schema (every scalar a string) so that
// ids stay exactly as written; these fields then read the same spellings as CSV cells.
import type { YamlCaseKey } from '../domain/case-columns.js';
import { z } from 'zod';
import { parseYesNo } from '../domain/findings.js';
import { findingsOf, scaleOf } from '../domain/programme.js';
import type { Programme } from '../domain/types.js';
import { gotValue } from '../text/value-hint.js';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

const yesNoField = z.preprocess(
  blank,
  z
    .string()
    .transform((s, ctx) => parseYesNo(s) ?? (ctx.addIssue({ code: 'custom', message: 'expected yes or no' }), z.NEVER))
    .optional(),
);

const freeText = z.preprocess(blank, z.string().optional());

/** A case file's schemas for one programme: its grades and finding spellings are the programme's. */
function schemasFor(programme: Programme) {
  const scale = scaleOf(programme);
  const findings = findingsOf(programme);
  const gradeField = z.preprocess(
    blank,
    z
      .string()
      .transform(
        (s, ctx) =>
          scale.parse(s) ??
          (ctx.addIssue({ code: 'custom', message: `not a grade; expected one of ${scale.spellings.join(', ')}${gotValue(s, scale.spellings)}` }), z.NEVER),
      )
      .optional(),
  );
  const findingField = z.string().transform((s, ctx) => {
    const finding = findings.parse(s);
    if (finding === undefined) {
      ctx.addIssue({ code: 'custom', message: `not a finding; expected one of ${findings.spellings.join(', ')}, or blank${gotValue(s, findings.spellings)}` });
      return z.NEVER;
    }
    return finding;
  });
  const findingsField = z.preprocess(blank, z.record(z.string(), z.preprocess((v) => (v === null ? '' : v), findingField)).optional());

  /** One assessment of a YAML case (`assessments:`): the long form's row. */
  const assessment = z.strictObject({
    assessor: z.string().trim().min(1, 'assessor is blank'),
    auditor: freeText,
    grade: gradeField,
    override_reason: freeText,
    findings: findingsField,
    referred_back: yesNoField,
    notes: freeText,
  });

  /** Keys a YAML case may have; any other key is carried along with a warning, like a CSV column. */
  const yamlCase = z.looseObject({
    id: z.string().trim().min(1, 'id is blank'),
    type: z.string().trim().min(1, 'type is blank'),
    auditor: freeText,
    self_grade: gradeField,
    independent_grade: gradeField,
    override_reason: freeText,
    findings: findingsField,
    referred_back: yesNoField,
    notes: freeText,
    assessments: z.array(z.unknown()).optional(),
  } satisfies Record<YamlCaseKey, z.ZodType>);
  return { assessment, yamlCase };
}

const schemas = new WeakMap<Programme, ReturnType<typeof schemasFor>>();

/** The schemas of a YAML case and of one of its assessments under this programme (made once per programme). */
export function yamlCaseSchemas(programme: Programme): ReturnType<typeof schemasFor> {
  let made = schemas.get(programme);
  if (!made) schemas.set(programme, (made = schemasFor(programme)));
  return made;
}

/** Case keys that belong to the wide form: a case with an `assessments:` list gives them per assessment. */
export const WIDE_CASE_KEYS = ['self_grade', 'independent_grade', 'override_reason', 'findings', 'referred_back'];

export const yamlCaseFileSchema = z.strictObject({
  force: z.preprocess(blank, z.string().optional()),
  round: z.preprocess(blank, z.string().optional()),
  inspection: z.preprocess(blank, z.string().optional()),
  cases: z.array(z.unknown()),
});
