// The plain data shapes that flow from loading to scoring to summaries. They stay plain data (no
// classes): a criteria set crosses to worker threads by structured clone.
import type { FindingDef } from './findings.js';
import type { Area, GradingRule } from './grading.js';
import type { GradeDef } from './scale.js';

/** How much an unmet criterion weighs (not a diagnostic's error/warning level). */
type CriterionSeverity = 'serious' | 'expected';

export interface Criterion {
  id: string;
  text: string;
  severity: CriterionSeverity;
  refer: boolean;
  /** The programme area it belongs to (programme.yaml `areas:`), if any. */
  area?: string;
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

export const SENTENCE_SETS = ['inspection', 'internal-audit'] as const;
type SentenceSet = (typeof SENTENCE_SETS)[number];

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
  /** The report's summary sentences (`sentences:`): an inspection's (default) or an internal audit's. */
  sentences?: SentenceSet;
  /** The grades, best first (programme.yaml `scale:`; default the 2017 three). */
  scale: readonly GradeDef[];
  /** The finding kinds used and how they are spelt (`findings:`). */
  findings: readonly FindingDef[];
  /** The derived grade: the first rule whose conditions hold (`grading:`). */
  grading: readonly GradingRule[];
  /** Themes that cut across case types (`areas:`); none by default. */
  areas: readonly Area[];
  /** Reason codes of a referrals log (`referral_reasons:`); not part of grading, so not fingerprinted. */
  referralReasons?: ReadonlyArray<{ id: string; label: string }>;
}

/** Where a record came from; line is 1-based and is the record's first line. */
export interface Source {
  file: string;
  line: number;
  /** Workbook inputs: the sheet, with `line` its row number. */
  sheet?: string;
}

export type GradeSource = 'derived' | 'recorded' | 'override' | 'none';
