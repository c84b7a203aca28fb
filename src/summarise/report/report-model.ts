// The report's case-file analysis, folded one scored case at a time. It keeps counts and the short
// lists the contract names (referred back, referral suggested, ungraded, overrides), never the cases.
import { fillCaption, reportTables, type CriteriaSet } from '../../domain/criteria-set.js';
import type { CriteriaIdentity } from '../../domain/criteria-identity.js';
import { rejectedEntry, type Diagnostic } from '../../domain/diagnostic.js';
import { addCounts, countTotal, type Grade, type GradeCounts } from '../../domain/grades.js';
import { findingsOf, scaleOf } from '../../domain/programme.js';
import type { Scale } from '../../domain/scale.js';
import { AUDITOR, ByValue, carriedValue, NO_AUDITOR_CODE } from '../by-column.js';
import type { CaseType } from '../../domain/types.js';
import { INDEPENDENT, SELF, type AssembledCase, type Role } from '../../domain/assessment.js';
import type { Fold, FoldRecipe } from '../../domain/fold.js';
import { roleLabel } from '../../domain/roles.js';
import type { Accounting } from '../../domain/accounting.js';
import { reportSentences, type ReportSentences } from './report-sentences.js';
import { internalAuditSentences } from './internal-audit-sentences.js';
import { PackedIds, type PackedIdsState } from './packed-ids.js';
import { ThemeCounter, type Theme } from './themes.js';
import { AreaCounter, type AreaEvidence } from './areas.js';

export interface TableSummary {
  table: number;
  label: string;
  caption: string;
  types: string[];
  counts: GradeCounts;
  /** Graded cases in the table (the sum of counts). */
  graded: number;
  themes: Theme[];
}

export interface Override {
  caseId: string;
  derived: Grade;
  recorded: Grade;
}

export interface ReportModel {
  /** The programme's grades, best first: every table has a column for each. */
  scale: Scale;
  force: string;
  inspectorate: string;
  programme: string;
  totals: Accounting;
  table1Caption: string;
  table2Caption: string;
  /** Row labels of Tables 1 and 2, from programme.yaml ("Constabulary assessment", "HMIC assessment"). */
  selfLabel: string;
  independentLabel: string;
  bothAssessed: { self: GradeCounts; independent: GradeCounts };
  independentOnly: GradeCounts;
  byTable: TableSummary[];
  referredBack: string[];
  referralSuggested: string[];
  overrides: Override[];
  ungraded: Array<{ caseId: string; missing: string[] }>;
  /** `sheet` and `col` only for workbook rows. */
  rejected: Array<{ file: string; line: number; sheet?: string; col?: number; message: string }>;
  /** How many themes each table lists at most (--themes). */
  themeLimit: number;
  sentences: ReportSentences;
  /** Which criteria the cases were scored against. */
  criteria: CriteriaIdentity;
  /** Long form only: cases that also carry assessments by other roles (a moderator...), per role. */
  otherRoles?: { cases: number; roles: Array<{ role: Role; label: string; cases: number }> };
  /** Annex A: the cases graded by both, per case type (every type, in table order). */
  selfAssessedByType: SelfAssessedType[];
  /** `--by <column>`: graded cases' grade counts per value of a carried column, in all and per table. */
  breakdown?: Breakdown;
  /** Only where programme.yaml declares `areas:`: evidence per area over the graded cases. */
  areas?: AreaEvidence[];
  /** With areas: whether the programme records partly met findings (tables show a Partly column only then). */
  areasPartly?: boolean;
}

interface ValueCounts {
  value: string;
  counts: GradeCounts;
  graded: number;
}

export interface Breakdown {
  by: string;
  all: ValueCounts[];
  tables: Array<{ table: number; label: string; values: ValueCounts[] }>;
}

interface SelfAssessedType {
  type: string;
  /** The sampling title (Annex A's "Type of case"). */
  title: string;
  n: number;
}

interface TableTally {
  table: number;
  label: string;
  caption: string;
  types: CaseType[];
  counts: GradeCounts;
  themes: ThemeCounter;
}

/** A report tally as plain data (what a worker thread sends back). */
export interface ReportState {
  tables: Array<{ counts: GradeCounts; themes: number[] }>;
  both: { self: GradeCounts; independent: GradeCounts };
  independentOnly: GradeCounts;
  referredBack: PackedIdsState;
  referralSuggested: PackedIdsState;
  overrides: Override[];
  ungraded: Array<{ caseId: string; missing: string[] }>;
  otherRoles: Array<[Role, number]>;
  otherCases: number;
  selfAssessed: Array<[string, number]>;
  byValue: Array<[string, { all: GradeCounts; tables: Array<[number, GradeCounts]> }]>;
  areas: number[];
}

export const DEFAULT_THEMES = 3;

export interface ReportOptions {
  themes: number;
  /** `--by <column>`: the tables broken down by a carried column's values. */
  by?: string;
}

/**
 * A case's value for `--by`: for `auditor`, the auditor code of the assessment counted (the
 * independent one), as compare's `--by auditor` reads the code of its first role; else the carried column.
 */
function byValueOf(c: AssembledCase, by: string): string {
  if (by.toLowerCase() !== AUDITOR) return carriedValue(c, by);
  return c.assessments.get(INDEPENDENT)?.auditor ?? NO_AUDITOR_CODE;
}

/**
 * The report's fold as a part worker makes it (src/read/parts).
 * @public named in the recipe, not imported
 */
export const makeReportFold = (criteria: CriteriaSet, options: ReportOptions) => new ReportBuilder(criteria, options.themes, options.by);

export const reportRecipe = (options: ReportOptions): FoldRecipe => ({ module: import.meta.url, name: makeReportFold.name, options });

export class ReportBuilder implements Fold<ReportState> {
  private readonly tables: TableTally[];
  private readonly tableOf = new Map<string, TableTally>();
  private readonly typeOf = new Map<string, CaseType>();
  private readonly scale: Scale;
  private readonly both: { self: GradeCounts; independent: GradeCounts };
  private readonly independentOnly: GradeCounts;
  private readonly referredBack = new PackedIds();
  private readonly referralSuggested = new PackedIds();
  private readonly overrides: Override[] = [];
  private readonly ungraded: Array<{ caseId: string; missing: string[] }> = [];
  /** Long form: cases with assessments by roles other than self and independent, per role. */
  private readonly otherRoles = new Map<Role, number>();
  private otherCases = 0;
  private readonly selfAssessed = new Map<string, number>();
  private readonly byValue: ByValue<{ all: GradeCounts; tables: Map<number, GradeCounts> }>;
  private readonly areas: AreaCounter;

  constructor(
    private readonly criteria: CriteriaSet,
    private readonly themeLimit = DEFAULT_THEMES,
    private readonly by?: string,
  ) {
    const scale = (this.scale = scaleOf(criteria.programme));
    this.both = { self: scale.emptyCounts(), independent: scale.emptyCounts() };
    this.independentOnly = scale.emptyCounts();
    this.areas = new AreaCounter(criteria);
    this.byValue = new ByValue(() => ({ all: scale.emptyCounts(), tables: new Map<number, GradeCounts>() }));
    this.tables = reportTables(criteria).map((t) => ({ ...t, counts: scale.emptyCounts(), themes: new ThemeCounter(t.types) }));
    for (const t of this.tables) {
      for (const type of t.types) {
        this.tableOf.set(type.id, t);
        this.typeOf.set(type.id, type);
      }
    }
  }

  /** One case: Table 1 when the force graded it too, Table 2 when only independently, else ungraded. */
  add(c: AssembledCase): void {
    const type = this.typeOf.get(c.caseType)!;
    const independent = c.assessments.get(INDEPENDENT);
    const grade = independent?.grade ?? null;
    if (independent) {
      if (independent.referredBack) this.referredBack.push(c.caseId);
      if (independent.referralSuggested) this.referralSuggested.push(c.caseId);
      if (independent.override && independent.derivedGrade && grade) {
        this.overrides.push({ caseId: c.caseId, derived: independent.derivedGrade, recorded: grade });
      }
    }
    if (grade === null) {
      // No independent assessment at all: every criterion is missing, as for a wide row with a self grade only.
      this.ungraded.push({ caseId: c.caseId, missing: independent ? independent.missing : type.criteria.map((cr) => cr.id) });
    } else this.count(c, type, grade, independent!.codes);
    if (c.assessments.size === (independent ? 1 : 0) + (c.assessments.has(SELF) ? 1 : 0)) return;
    for (const role of c.assessments.keys()) {
      if (role !== SELF && role !== INDEPENDENT) this.otherRoles.set(role, (this.otherRoles.get(role) ?? 0) + 1);
    }
    this.otherCases++;
  }

  private count(c: AssembledCase, type: CaseType, grade: Grade, codes: Uint8Array): void {
    const selfGrade = c.assessments.get(SELF)?.grade ?? null;
    if (selfGrade !== null) {
      this.selfAssessed.set(type.id, (this.selfAssessed.get(type.id) ?? 0) + 1);
      this.both.self[selfGrade]!++;
      this.both.independent[grade]!++;
    } else {
      this.independentOnly[grade]!++;
    }
    const table = this.tableOf.get(type.id)!;
    table.counts[grade]!++;
    if (this.by !== undefined) {
      const tally = this.byValue.get(byValueOf(c, this.by));
      tally.all[grade]!++;
      let counts = tally.tables.get(table.table);
      if (!counts) tally.tables.set(table.table, (counts = this.scale.emptyCounts()));
      counts[grade]!++;
    }
    table.themes.add(type, codes);
    this.areas.add(type, codes);
  }

  /** The tally so far, as plain data: a worker's part of the input, merged with `merge` in file order. */
  state(): ReportState {
    return {
      tables: this.tables.map((t) => ({ counts: t.counts, themes: t.themes.state() })),
      both: this.both,
      independentOnly: this.independentOnly,
      referredBack: this.referredBack.state(),
      referralSuggested: this.referralSuggested.state(),
      overrides: this.overrides,
      ungraded: this.ungraded,
      otherRoles: [...this.otherRoles],
      otherCases: this.otherCases,
      selfAssessed: [...this.selfAssessed],
      byValue: this.byValue.raw().map(([value, t]) => [value, { all: t.all, tables: [...t.tables] }]),
      areas: this.areas.state(),
    };
  }

  /** A later part's tally: counts added, lists appended, so the result is the one-pass result. */
  merge(later: ReportState): void {
    this.tables.forEach((t, i) => {
      addCounts(t.counts, later.tables[i]!.counts);
      t.themes.absorb(later.tables[i]!.themes);
    });
    addCounts(this.both.self, later.both.self);
    addCounts(this.both.independent, later.both.independent);
    addCounts(this.independentOnly, later.independentOnly);
    this.referredBack.append(later.referredBack);
    this.referralSuggested.append(later.referralSuggested);
    appendAll(this.overrides, later.overrides);
    appendAll(this.ungraded, later.ungraded);
    for (const [role, n] of later.otherRoles) this.otherRoles.set(role, (this.otherRoles.get(role) ?? 0) + n);
    this.otherCases += later.otherCases;
    this.areas.absorb(later.areas);
    for (const [type, n] of later.selfAssessed) this.selfAssessed.set(type, (this.selfAssessed.get(type) ?? 0) + n);
    this.byValue.absorb(
      later.byValue.map(([value, t]) => [value, { all: t.all, tables: new Map(t.tables) }] as const),
      (into, from) => {
        addCounts(into.all, from.all);
        for (const [table, counts] of from.tables) {
          const mine = into.tables.get(table);
          if (mine) addCounts(mine, counts);
          else into.tables.set(table, { ...counts });
        }
      },
    );
  }

  /** `rejected` with the file names as they should be shown. */
  finish(totals: Accounting, rejected: readonly Diagnostic[], names: { force: string; inspectorate?: string }): ReportModel {
    const { programme } = this.criteria;
    const force = names.force;
    const inspectorate = names.inspectorate ?? programme.inspectorate;
    const selfLabel = fillCaption(programme.selfLabel, force, inspectorate);
    const independentLabel = fillCaption(programme.independentLabel, force, inspectorate);
    const partial = {
      bothAssessed: this.both,
      independentOnly: this.independentOnly,
      referredBack: this.referredBack.list(),
    };
    const model: ReportModel = {
      scale: this.scale,
      force,
      inspectorate,
      programme: programme.name,
      totals,
      table1Caption: fillCaption(programme.table1Caption, force, inspectorate),
      table2Caption: fillCaption(programme.table2Caption, force, inspectorate),
      selfLabel,
      independentLabel,
      ...partial,
      byTable: this.tables.map((t) => ({
        table: t.table,
        label: t.label,
        caption: t.caption,
        types: t.types.map((type) => type.id),
        counts: t.counts,
        graded: countTotal(t.counts),
        themes: t.themes.top(this.themeLimit),
      })),
      referralSuggested: this.referralSuggested.list(),
      overrides: this.overrides,
      ungraded: this.ungraded,
      rejected: rejected.map(rejectedEntry),
      themeLimit: this.themeLimit,
      sentences:
        programme.sentences === 'internal-audit'
          ? internalAuditSentences({ force, inspectorate, ...partial, scale: this.scale, selfLabel, independentLabel })
          : reportSentences({ force, inspectorate, ...partial, scale: this.scale }),
      selfAssessedByType: this.criteria.types.map((t) => ({ type: t.id, title: t.title, n: this.selfAssessed.get(t.id) ?? 0 })),
      ...(this.by === undefined ? {} : { breakdown: this.breakdown(this.by) }),
      ...(this.areas.declared ? { areas: this.areas.evidence(), areasPartly: findingsOf(this.criteria.programme).partly } : {}),
      criteria: this.criteria.identity,
    };
    if (this.otherCases > 0) {
      // Stryker disable next-line ObjectLiteral: equivalent, other roles are declared ones, whose labels never use the force or inspectorate name
      const names = { force, inspectorate };
      const roles = [...this.otherRoles].map(([role, cases]) => ({ role, label: roleLabel(role, programme, names), cases }));
      model.otherRoles = { cases: this.otherCases, roles };
    }
    return model;
  }

  private breakdown(by: string): Breakdown {
    const entries = this.byValue.entries();
    const row = (value: string, counts: GradeCounts): ValueCounts => ({ value, counts, graded: countTotal(counts) });
    return {
      by,
      all: entries.map(([value, t]) => row(value, t.all)),
      tables: this.tables.map((t) => ({
        table: t.table,
        label: t.label,
        values: entries.flatMap(([value, tally]) => {
          const counts = tally.tables.get(t.table);
          return counts ? [row(value, counts)] : [];
        }),
      })),
    };
  }
}

/** Appends one by one: `push(...items)` passes each item as an argument and overflows the stack past ~100,000. */
function appendAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
