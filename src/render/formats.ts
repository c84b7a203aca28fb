// One map per command from format name to its renderer, loaded only when chosen. The CLI's
// --format choices are the keys of these maps, so adding a format is one renderer file and one line.
// Write a loader as `() => import('./x.js').then((m) => m.name)`: knip then sees which export is
// used (it counts `(await import('./x.js')).name` as using every export of x.js).
import type { CaseType } from '../domain/types.js';
import type { CompareModel } from '../summarise/compare/compare.js';
import type { ReportModel } from '../summarise/report/report.js';
import type { RenderOptions } from './options.js';
import type { ScoreModel } from './score/score-formats.js';
import type { TrendModel } from '../summarise/trend/trend-model.js';
import type { StreamedOutput } from '../domain/output.js';

/** Text, text in pieces (large JSON), or a workbook written as it is made (xlsx). */
type Rendered = string | Iterable<string> | StreamedOutput;
export type Renderer<M> = (model: M, options: RenderOptions) => Rendered | Promise<Rendered>;
export type FormatMap<M> = Readonly<Record<string, () => Promise<Renderer<M>>>>;

export const REPORT_FORMATS: FormatMap<ReportModel> = {
  table: () => import('./report/report-table.js').then((m) => m.reportTable),
  markdown: () => import('./report/report-markdown.js').then((m) => m.reportMarkdown),
  csv: () => import('./report/report-csv.js').then((m) => m.reportCsv),
  json: () => import('./report/report-json.js').then((m) => m.reportJson),
  html: () => import('./report/report-html.js').then((m) => m.reportHtml),
  xlsx: () => import('./report/report-xlsx.js').then((m) => m.reportXlsx),
};

export const COMPARE_FORMATS: FormatMap<CompareModel> = {
  table: () => import('./compare/compare-table.js').then((m) => m.compareTable),
  markdown: () => import('./compare/compare-markdown.js').then((m) => m.compareMarkdown),
  csv: () => import('./compare/compare-csv.js').then((m) => m.compareCsv),
  json: () => import('./compare/compare-json.js').then((m) => m.compareJson),
  html: () => import('./compare/compare-html.js').then((m) => m.compareHtml),
  xlsx: () => import('./compare/compare-xlsx.js').then((m) => m.compareXlsx),
};

export const TREND_FORMATS: FormatMap<TrendModel> = {
  table: async () => (await import('./trend/trend-table.js')).trendTable,
  markdown: async () => (await import('./trend/trend-markdown.js')).trendMarkdown,
  csv: async () => (await import('./trend/trend-csv.js')).trendCsv,
  json: async () => (await import('./trend/trend-json.js')).trendJson,
  html: async () => (await import('./trend/trend-html.js')).trendHtml,
  xlsx: () => import('./trend/trend-xlsx.js').then((m) => m.trendXlsx),
};

/** `score` streams csv and json row by row (commands/score.ts); these render a whole model. */
export const SCORE_FORMATS: FormatMap<ScoreModel> = {
  table: () => import('./score/score-formats.js').then((m) => m.scoreTable),
  markdown: () => import('./score/score-formats.js').then((m) => m.scoreMarkdown),
  csv: () => import('./score/score-formats.js').then((m) => m.scoreCsv),
  json: () => import('./score/score-formats.js').then((m) => m.scoreJson),
  xlsx: () => import('./score/score-xlsx.js').then((m) => m.scoreXlsx),
};

export const CRITERIA_LIST_FORMATS: FormatMap<CaseType[]> = {
  table: () => import('./criteria/criteria-list.js').then((m) => m.listTable),
  markdown: () => import('./criteria/criteria-list.js').then((m) => m.listMarkdown),
  csv: () => import('./criteria/criteria-list.js').then((m) => m.listCsv),
  json: () => import('./criteria/criteria-list.js').then((m) => m.listJson),
};

/** Formats of commands that render inline (no model-to-text map of their own yet). */
export const VALIDATE_FORMATS = ['table', 'json'] as const;
export const CRITERIA_VALIDATE_FORMATS = ['text', 'github', 'json'] as const;
export const TEMPLATE_FORMATS = ['csv', 'yaml', 'xlsx'] as const;
export const SAMPLE_FORMATS = ['csv', 'yaml', 'json', 'xlsx'] as const;
/** `sample --form-format`: the form alone (json is the plan, not a form). */
export const FORM_FORMATS = ['csv', 'yaml', 'xlsx'] as const;

/** The renderer for a format the CLI has already checked is a key of the map. */
export async function rendererFor<M>(map: FormatMap<M>, format: string): Promise<Renderer<M>> {
  const load = map[format];
  if (!load) throw new Error(`no renderer for format ${format}`);
  return load();
}
