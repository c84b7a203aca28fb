// The case file's own column names, shared by the loaders, the criteria checks and the form writer.

/** Column names of case files: a criterion with one of these ids could never be filled in. */
export const RESERVED_COLUMNS = [
  'case_id',
  'case_type',
  'self_grade',
  'independent_grade',
  'override_reason',
  'referred_back',
  'notes',
] as const;

/** Long form (one assessment per row, marked by an `assessor` column) and rounds. */
export const LONG_COLUMNS = ['assessor', 'auditor', 'grade', 'round'] as const;

/** Every column name a case file gives a meaning to. */
export const CASE_COLUMNS = [...RESERVED_COLUMNS, ...LONG_COLUMNS] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];

/** Wide-form grade columns: a long-form file names its assessor and gives each row's grade in `grade`. */
export const WIDE_ONLY_COLUMNS = ['self_grade', 'independent_grade'] as const;

/** Keys a YAML case may have (schema/cases.ts types its schema by this list, so the two cannot drift). */
export const YAML_CASE_KEYS = [
  'id',
  'type',
  'auditor',
  'self_grade',
  'independent_grade',
  'override_reason',
  'findings',
  'referred_back',
  'notes',
  'assessments',
] as const;
export type YamlCaseKey = (typeof YAML_CASE_KEYS)[number];
