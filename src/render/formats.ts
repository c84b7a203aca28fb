// One map per command from format name to its renderer, loaded only when chosen. The CLI's
// --format choices are the keys of these maps, so adding a format is one renderer file and one line.
import type { CaseType } from '../domain/types.js';
import type { CompareModel } from '../summarise/compare.js';
import type { ReportModel } from '../summarise/report.js';
import type { RenderOptions } from './options.js';
import type { ScoreModel } from './score.js';

/** Text, or bytes for binary formats (xlsx). */
export type Rendered = string | Uint8Array;
export type Renderer<M> = (model: M, options: RenderOptions) => Rendered | Promise<Rendered>;
export type FormatMap<M> = Readonly<Record<string, () => Promise<Renderer<M>>>>;

export const REPORT_FORMATS: FormatMap<ReportModel> = {
  table: async () => (await import('./report/table.js')).reportTable,
  markdown: async () => (await import('./report/markdown.js')).reportMarkdown,
  csv: async () => (await import('./report/csv.js')).reportCsv,
  json: async () => (await import('./report/json.js')).reportJson,
  html: async () => (await import('./report/html.js')).reportHtml,
};

export const COMPARE_FORMATS: FormatMap<CompareModel> = {
  table: async () => (await import('./compare/table.js')).compareTable,
  markdown: async () => (await import('./compare/markdown.js')).compareMarkdown,
  csv: async () => (await import('./compare/csv.js')).compareCsv,
  json: async () => (await import('./compare/json.js')).compareJson,
  html: async () => (await import('./compare/html.js')).compareHtml,
};

/** `score` streams csv and json row by row (commands/score.ts); these render a whole model. */
export const SCORE_FORMATS: FormatMap<ScoreModel> = {
  table: async () => (await import('./score.js')).scoreTable,
  markdown: async () => (await import('./score.js')).scoreMarkdown,
  csv: async () => (await import('./score.js')).scoreCsv,
  json: async () => (await import('./score.js')).scoreJson,
};

export const CRITERIA_LIST_FORMATS: FormatMap<CaseType[]> = {
  table: async () => (await import('./criteria-list.js')).listTable,
  markdown: async () => (await import('./criteria-list.js')).listMarkdown,
  csv: async () => (await import('./criteria-list.js')).listCsv,
  json: async () => (await import('./criteria-list.js')).listJson,
};

/** Formats of commands that render inline (no model-to-text map of their own yet). */
export const VALIDATE_FORMATS = ['table', 'json'] as const;
export const CRITERIA_VALIDATE_FORMATS = ['text', 'github', 'json'] as const;
export const TEMPLATE_FORMATS = ['csv', 'yaml'] as const;
export const SAMPLE_FORMATS = ['csv', 'yaml', 'json'] as const;

/** The renderer for a format the CLI has already checked is a key of the map. */
export async function rendererFor<M>(map: FormatMap<M>, format: string): Promise<Renderer<M>> {
  const load = map[format];
  if (!load) throw new Error(`no renderer for format ${format}`);
  return load();
}
