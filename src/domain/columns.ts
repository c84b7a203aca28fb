// The case file's own column names, shared by the loaders, the criteria checks and the form writer.

/** Column names of case files: a criterion with one of these ids could never be filled in. */
export const RESERVED_COLUMNS = ['case_id', 'case_type', 'self_grade', 'independent_grade', 'override_reason', 'referred_back', 'notes'] as const;
