// `report --format json`: the contract's `report` object, in its key order, then the extras.
import type { RenderOptions } from '../options.js';
import { sharingJson } from '../../domain/sharing.js';
import type { ReportModel } from '../../summarise/report/report-model.js';
import { jsonPieces } from '../json-pieces.js';

export function reportJsonValue(model: ReportModel, options?: RenderOptions) {
  return {
    force: model.force,
    inspectorate: model.inspectorate,
    totals: model.totals,
    bothAssessed: model.bothAssessed,
    independentOnly: model.independentOnly,
    byTable: model.byTable.map((t) => ({
      table: t.table,
      label: t.label,
      caption: t.caption,
      types: t.types,
      counts: t.counts,
      graded: t.graded,
      themes: t.themes,
    })),
    referredBack: model.referredBack,
    ungraded: model.ungraded,
    rejected: model.rejected,
    referralSuggested: model.referralSuggested,
    // The criteria identity has one name in every command's JSON, `criteriaSet` (compare's and trend's
    // `criteria` is a contract list); `criteria` stays here one release as the old name.
    criteriaSet: model.criteria,
    criteria: model.criteria,
    // Only where the programme declares areas.
    ...(model.areas ? { areas: model.areas } : {}),
    // Not in the contract: added for readers of the JSON.
    programme: model.programme,
    table1Caption: model.table1Caption,
    table2Caption: model.table2Caption,
    overrides: model.overrides,
    summary: model.sentences.summary,
    referredBackText: model.sentences.referredBack,
    selfAssessedByType: model.selfAssessedByType,
    ...(model.breakdown ? { breakdown: model.breakdown } : {}),
    selfLabel: model.selfLabel,
    independentLabel: model.independentLabel,
    // Long form only: cases that roles other than self and independent also assessed.
    ...(model.otherRoles ? { otherRoles: model.otherRoles } : {}),
    ...sharingJson(options?.sharing),
  };
}

/** In pieces: at a million cases the id lists alone are megabytes (src/render/json-pieces.ts). */
export function reportJson(model: ReportModel, options?: RenderOptions): Iterable<string> {
  return jsonPieces(reportJsonValue(model, options));
}
