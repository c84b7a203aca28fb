// The fold behind `compare --between A,B`: over assembled cases, the cases both roles graded go to
// the grade comparison, the criterion calibration and (asked for) the per-auditor agreement. Pure.
import type { AssembledCase, Role } from '../../domain/assessment.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import type { Fold, FoldRecipe } from '../../domain/fold.js';
import type { Accounting } from '../../domain/accounting.js';
import { CompareBuilder, type CompareModel, type CompareState } from './compare-model.js';
import type { Weights } from '../../statistics/kappa.js';
import { ByAuditorBuilder, type AuditorState } from './by-auditor.js';
import { findingsOf, scaleOf } from '../../domain/programme.js';
import { CalibrationBuilder, type CalibrationState } from './calibration.js';
import type { BetweenModel, Side } from './between-model.js';
import { auditorsToReview } from './auditor-review.js';

export interface BetweenRequest {
  a: Role;
  b: Role;
  byAuditor: boolean;
  weights: Weights;
  /** `--by <column>`: the grade comparison per value of a carried column as well. */
  byColumn?: string;
}

export interface BetweenState {
  compare: CompareState;
  calibration: CalibrationState;
  auditors: AuditorState;
}

/**
 * The comparison's fold as a part worker makes it (src/read/parts).
 * @public named in the recipe, not imported
 */
export const makeBetweenFold = (criteria: CriteriaSet, request: BetweenRequest) => new BetweenFold(criteria, request);

export const betweenRecipe = (request: BetweenRequest): FoldRecipe => ({
  module: import.meta.url,
  name: makeBetweenFold.name,
  options: request,
});

export class BetweenFold implements Fold<BetweenState> {
  private readonly compare: CompareBuilder;
  private readonly calibration: CalibrationBuilder;
  private readonly auditors: ByAuditorBuilder;

  constructor(
    criteria: CriteriaSet,
    private readonly request: BetweenRequest,
  ) {
    this.compare = new CompareBuilder(criteria, request.weights, request.byColumn);
    this.calibration = new CalibrationBuilder(criteria.types, findingsOf(criteria.programme).partly);
    // Each auditor's own criterion calibration is tallied only where the table per auditor is asked for.
    const perAuditor = request.byAuditor ? { types: criteria.types, partly: findingsOf(criteria.programme).partly } : undefined;
    this.auditors = new ByAuditorBuilder(scaleOf(criteria.programme), request.weights, perAuditor);
  }

  add(c: AssembledCase): void {
    const a = c.assessments.get(this.request.a);
    const b = c.assessments.get(this.request.b);
    if (!a || !b || a.grade === null || b.grade === null) return;
    this.compare.addGrades(c.caseType, a.grade, b.grade, c);
    this.calibration.add(c.caseType, a.codes, b.codes);
    // The findings go to the per-auditor calibration only where it is asked for: no object per case otherwise.
    this.auditors.add(a.auditor, a.grade, b.grade, this.request.byAuditor ? { type: c.caseType, a: a.codes, b: b.codes } : undefined);
  }

  /** The fold's tallies as plain data (a worker thread's part of the input); `merge` adds one in. */
  state(): BetweenState {
    return { compare: this.compare.state(), calibration: this.calibration.state(), auditors: this.auditors.state() };
  }

  merge(later: BetweenState): void {
    this.compare.merge(later.compare);
    this.calibration.merge(later.calibration);
    this.auditors.merge(later.auditors);
  }

  finish(totals: Accounting, names: { force: string; inspectorate: string }, labels: { a: string; b: string }): CompareModel {
    const a: Side = { role: this.request.a, label: labels.a };
    const b: Side = { role: this.request.b, label: labels.b };
    return {
      ...this.compare.finish(totals, names),
      between: { a, b, calibration: this.calibration.finish(), ...this.auditorTables(b.label) },
    };
  }

  private auditorTables(bLabel: string): Pick<BetweenModel, 'byAuditor' | 'auditorsToReview'> {
    if (!this.request.byAuditor) return { byAuditor: null, auditorsToReview: null };
    const rows = this.auditors.finish();
    return { byAuditor: rows, auditorsToReview: auditorsToReview(rows, bLabel) };
  }
}
