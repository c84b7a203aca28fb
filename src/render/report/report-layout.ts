// The report's tables in print order, as rows of labelled grade counts: the one place that
// decides which table says what, shared by the table, markdown and csv renderers.
import type { GradeCounts } from '../../domain/grades.js';
import type { Scale } from '../../domain/scale.js';
import type { ReportModel, TableSummary } from '../../summarise/report/report-model.js';

type Section = 'both_assessed' | 'independent_only' | 'by_table';

export interface GradeTable {
  section: Section;
  table: number;
  caption: string;
  /** Heading of the label column ("" for Tables 1 and 2, as the report prints them). */
  head: string;
  rows: Array<{ label: string; counts: GradeCounts }>;
  /** Tables 3..: the type group it summarises. */
  group?: TableSummary;
}

/** The grade columns' heads: the scale's table labels, best first. */
export const gradeHeads = (scale: Scale): string[] => scale.ids.map((g) => scale.tableLabel(g));

export function gradeTables(model: ReportModel): GradeTable[] {
  return [
    {
      section: 'both_assessed',
      table: 1,
      caption: model.table1Caption,
      head: '',
      rows: [
        { label: model.selfLabel, counts: model.bothAssessed.self },
        { label: model.independentLabel, counts: model.bothAssessed.independent },
      ],
    },
    {
      section: 'independent_only',
      table: 2,
      caption: model.table2Caption,
      head: '',
      rows: [{ label: model.independentLabel, counts: model.independentOnly }],
    },
    ...model.byTable.map((t) => ({
      section: 'by_table' as const,
      table: t.table,
      caption: t.caption,
      head: 'Case type',
      rows: [{ label: t.label, counts: t.counts }],
      group: t,
    })),
  ];
}

export const BREAKDOWN_HEADING = 'Breakdown of case file audit results by area of child protection';
export const THEMES_LEAD = 'Common themes (the criteria most often unmet):';
export const REFERRED_LEAD = 'Referred back';
export const SUGGESTED_LEAD = 'Suggested for referral by the criteria, not recorded as referred back';
export const OVERRIDES_LEAD = "Overrides: the recorded independent grade differs from the criteria's";

export function themeLine(t: { criterion: string; text: string; unmet: number; applied: number }, pct: string): string {
  const cases = t.applied === 1 ? 'the one case' : `${t.unmet} of the ${t.applied} cases`;
  return `${t.criterion} ${t.text}: unmet in ${cases} it applied to (${pct})`;
}

/** A grade table with no cases in it: one line instead of an empty grid. */
export const NO_CASES = 'No graded cases.';
export const isEmpty = (t: GradeTable) => t.rows.every((r) => Object.values(r.counts).every((n) => n === 0));

export function noThemes(t: TableSummary): string {
  return t.graded === 0 ? 'No graded cases.' : 'No criterion was unmet.';
}

/** `--by`: the heading of the all-tables breakdown, and of one table's. */
export const byAllHeading = (by: string) => `All graded cases by ${by}`;
export const byTableLead = (by: string) => `By ${by}:`;

/** `--by`: the values' rows for one report table (none without --by). */
export function byValueRows(model: ReportModel, table: number): Array<{ label: string; counts: GradeCounts }> {
  const values = model.breakdown?.tables.find((t) => t.table === table)?.values ?? [];
  return values.map((v) => ({ label: v.value, counts: v.counts }));
}

/** Annex A's table: the self-assessed cases examined, by type, with the types' sampling titles. */
export const annexAHeading = (model: ReportModel) => `Annex A: breakdown of the type of self-assessed cases examined in ${model.force}`;
export const ANNEX_A_HEAD = ['Type of case', 'Number of cases'] as const;

export const heading = (model: ReportModel) => `${model.programme}: case file analysis`;

export function ungradedWhy(missing: readonly string[]): string {
  return missing.length ? `missing ${missing.join(', ')}` : 'no criterion applies and no grade is recorded';
}

/** Long form: the cases that other roles (a moderator...) also assessed, and where to compare them. */
export function otherRolesLine(model: ReportModel): string | undefined {
  const other = model.otherRoles;
  if (!other) return undefined;
  const cases = other.cases === 1 ? '1 case also carries' : `${other.cases} cases also carry`;
  const roles = other.roles.map((r) => `${r.label}: ${r.cases}`).join(', ');
  const example = other.roles[0]!.role;
  return `${cases} assessments by other roles (${roles}), not counted in Tables 1 and 2; compare them with case-audit compare --between ${example},independent (or ${example},self).`;
}
