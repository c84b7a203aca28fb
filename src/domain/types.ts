// The plain data shapes that flow from loading to scoring to summaries.
import type { Finding } from './findings.js';
import type { Grade } from './grades.js';

/** How much an unmet criterion weighs (not a diagnostic's error/warning level). */
type CriterionSeverity = 'serious' | 'expected';

export interface Criterion {
  id: string;
  text: string;
  severity: CriterionSeverity;
  refer: boolean;
}

interface ReportGroup {
  table: number;
  label: string;
  caption: string;
}

export interface CaseType {
  id: string;
  title: string;
  aliases: string[];
  report: ReportGroup;
  criteria: Criterion[];
  /** Unmet criteria (any severity) that make a failure "widespread". */
  widespread: number;
  /** The criteria file it came from, for messages. */
  file: string;
}

export interface Programme {
  name: string;
  /** programme.yaml `version` (criteria identity); absent when it names none. */
  version?: string;
  inspectorate: string;
  table1Caption: string;
  table2Caption: string;
  /** Row labels of Tables 1 and 2; {force}, {force_short} and {inspectorate} are filled in. */
  selfLabel: string;
  independentLabel: string;
  /** Roles declared under `roles:` beyond self and independent, in file order. */
  roles?: ReadonlyArray<{ role: string; label: string }>;
}

/** Where a record came from; line is 1-based and is the record's first line. */
export interface Source {
  file: string;
  line: number;
  /** Workbook inputs: the sheet, with `line` its row number. */
  sheet?: string;
}

/**
 * One case as read from a file. Free text (notes, override_reason) is never kept: only whether a
 * reason was given, so nothing about a child can reach an output by accident.
 */
export interface CaseRecord {
  /** The audit round (a `round` column, YAML `round:`, or --round); null or absent when none is named. */
  round?: string | null;
  caseId: string;
  caseType: string;
  selfGrade: Grade | null;
  independentGrade: Grade | null;
  hasOverrideReason: boolean;
  referredBack: boolean;
  findings: ReadonlyMap<string, Finding>;
  /** Columns carried along from a register (opened, team...), in file order. */
  extra?: ReadonlyArray<readonly [string, string]>;
  source: Source;
}

export type GradeSource = 'derived' | 'recorded' | 'override' | 'none';

export interface ScoredCase {
  caseId: string;
  caseType: string;
  selfGrade: Grade | null;
  /** The independent grade used: recorded where there is one, else derived. */
  grade: Grade | null;
  derivedGrade: Grade | null;
  gradeSource: GradeSource;
  override: boolean;
  unmet: string[];
  /** Applicable criteria with no finding. */
  missing: string[];
  referredBack: boolean;
  /** An unmet `refer` criterion, and not recorded as referred back. */
  referralSuggested: boolean;
  source: Source;
}
