// Every command's formats, in one registry: per command, a map from format name to its renderer,
// loaded only when chosen. The CLI's --format choices are the keys of these maps, so adding a format
// is one renderer file and one line here, and adding a command is its command file, its renderers
// and one entry here.
// Write a loader as `() => import('./x.js').then((m) => m.name)`: knip then sees which export is
// used (it counts `(await import('./x.js')).name` as using every export of x.js).
import type { Diagnostic } from '../domain/diagnostic.js';
import type { StreamedOutput } from '../domain/output.js';
import type { ActionsModel } from '../summarise/actions/actions-model.js';
import type { CompareModel } from '../summarise/compare/compare-model.js';
import type { DashboardModel } from '../summarise/dashboard/dashboard-model.js';
import type { AllRolesModel } from '../summarise/compare/all-roles.js';
import type { ReferralsModel } from '../summarise/referrals/referrals-fold.js';
import type { ReportModel } from '../summarise/report/report-model.js';
import type { SuppressedReport } from '../summarise/suppress/suppressed-report.js';
import type { Published } from '../summarise/suppress/published.js';
import type { TrendModel } from '../summarise/trend/trend-model.js';
import type { RenderOptions } from './options.js';
import type { CriteriaList } from './criteria/criteria-list-formats.js';
import type { FormModel } from './sample/form-text.js';
import type { ModerationForm } from './sample/moderation-form.js';
import type { ModerationSummary } from './sample/moderation-summary.js';
import type { PlanModel } from '../summarise/plan/plan-sizes.js';
import type { SampleSummary } from './sample/sample-summary.js';
import type { ScoreWriterFactory } from './score/score-writer.js';
import type { ValidateModel } from './validate/validate-model.js';
import type { RevealModel } from './reveal/reveal-formats.js';
import type { ShareReport } from './share/share-findings.js';

/** Text, text in pieces (large JSON), or a result that writes itself as it is made (a workbook). */
type Rendered = string | Iterable<string> | StreamedOutput;
export type Renderer<M> = (model: M, options: RenderOptions) => Rendered | Promise<Rendered>;
export type FormatMap<R> = Readonly<Record<string, () => Promise<R>>>;

/** A sample's form (to fill in) and its plan (`--format json`). */
export interface SampleOutput {
  form: FormModel;
  summary: SampleSummary;
}

/** A moderation sample's blind form and its plan. */
export interface ModerationOutput {
  form: ModerationForm;
  summary: ModerationSummary;
}

const REPORT: FormatMap<Renderer<ReportModel>> = {
  table: () => import('./report/report-table.js').then((m) => m.reportTable),
  markdown: () => import('./report/report-markdown.js').then((m) => m.reportMarkdown),
  csv: () => import('./report/report-csv.js').then((m) => m.reportCsv),
  json: () => import('./report/report-json.js').then((m) => m.reportJson),
  html: () => import('./report/report-html.js').then((m) => m.reportHtml),
  xlsx: () => import('./report/report-xlsx.js').then((m) => m.reportXlsx),
};

/** `report --suppress N`: the report safe to publish, in every format the report has. */
const REPORT_SUPPRESSED: FormatMap<Renderer<SuppressedReport>> = {
  table: () => import('./report/suppressed-formats.js').then((m) => m.suppressedTable),
  markdown: () => import('./report/suppressed-formats.js').then((m) => m.suppressedMarkdown),
  csv: () => import('./report/suppressed-formats.js').then((m) => m.suppressedCsv),
  json: () => import('./report/suppressed-formats.js').then((m) => m.suppressedJson),
  html: () => import('./report/suppressed-formats.js').then((m) => m.suppressedHtml),
  xlsx: () => import('./report/suppressed-formats.js').then((m) => m.suppressedXlsx),
};

/**
 * `compare`, `trend`, `actions` (and any command) under `--suppress N`: the output as a published
 * document (summarise/suppress/published.ts), the same six formats for every command.
 */
const PUBLISHED: FormatMap<Renderer<Published>> = {
  table: () => import('./share/published-text.js').then((m) => m.publishedTable),
  markdown: () => import('./share/published-text.js').then((m) => m.publishedMarkdown),
  csv: () => import('./share/published-text.js').then((m) => m.publishedCsv),
  json: () => import('./share/published-text.js').then((m) => m.publishedJson),
  html: () => import('./share/published-html.js').then((m) => m.publishedHtml),
  xlsx: () => import('./share/published-xlsx.js').then((m) => m.publishedXlsx),
};

const COMPARE: FormatMap<Renderer<CompareModel>> = {
  table: () => import('./compare/compare-table.js').then((m) => m.compareTable),
  markdown: () => import('./compare/compare-markdown.js').then((m) => m.compareMarkdown),
  csv: () => import('./compare/compare-csv.js').then((m) => m.compareCsv),
  json: () => import('./compare/compare-json.js').then((m) => m.compareJson),
  html: () => import('./compare/compare-html.js').then((m) => m.compareHtml),
  xlsx: () => import('./compare/compare-xlsx.js').then((m) => m.compareXlsx),
};

/** `compare --all-roles`: the same choices as `compare`, another model. */
const ALL_ROLES: FormatMap<Renderer<AllRolesModel>> = {
  table: () => import('./compare/all-roles-text.js').then((m) => m.allRolesTable),
  markdown: () => import('./compare/all-roles-text.js').then((m) => m.allRolesMarkdown),
  csv: () => import('./compare/all-roles-data.js').then((m) => m.allRolesCsv),
  json: () => import('./compare/all-roles-data.js').then((m) => m.allRolesJson),
  html: () => import('./compare/all-roles-html.js').then((m) => m.allRolesHtml),
  xlsx: () => import('./compare/all-roles-xlsx.js').then((m) => m.allRolesXlsx),
};

const TREND: FormatMap<Renderer<TrendModel>> = {
  table: () => import('./trend/trend-table.js').then((m) => m.trendTable),
  markdown: () => import('./trend/trend-markdown.js').then((m) => m.trendMarkdown),
  csv: () => import('./trend/trend-csv.js').then((m) => m.trendCsv),
  json: () => import('./trend/trend-json.js').then((m) => m.trendJson),
  html: () => import('./trend/trend-html.js').then((m) => m.trendHtml),
  xlsx: () => import('./trend/trend-xlsx.js').then((m) => m.trendXlsx),
};

const ACTIONS: FormatMap<Renderer<ActionsModel>> = {
  table: () => import('./actions/actions-table.js').then((m) => m.actionsTable),
  markdown: () => import('./actions/actions-markdown.js').then((m) => m.actionsMarkdown),
  csv: () => import('./actions/actions-csv.js').then((m) => m.actionsCsv),
  json: () => import('./actions/actions-json.js').then((m) => m.actionsJson),
  html: () => import('./actions/actions-html.js').then((m) => m.actionsHtml),
  xlsx: () => import('./actions/actions-xlsx.js').then((m) => m.actionsXlsx),
};

const REFERRALS: FormatMap<Renderer<ReferralsModel>> = {
  table: () => import('./referrals/referrals-table.js').then((m) => m.referralsTable),
  csv: () => import('./referrals/referrals-csv.js').then((m) => m.referralsCsv),
  json: () => import('./referrals/referrals-json.js').then((m) => m.referralsJson),
  html: () => import('./referrals/referrals-html.js').then((m) => m.referralsHtml),
};

/** `dashboard`: one page, a workbook, or every part's figures as JSON. */
const DASHBOARD: FormatMap<Renderer<DashboardModel>> = {
  html: () => import('./dashboard/dashboard-html.js').then((m) => m.dashboardHtml),
  xlsx: () => import('./dashboard/dashboard-xlsx.js').then((m) => m.dashboardXlsx),
  json: () => import('./dashboard/dashboard-json.js').then((m) => m.dashboardJson),
};

/** `score` writes as the cases are read: its renderers are writers (render/score/score-writer.ts). */
const SCORE: FormatMap<ScoreWriterFactory> = {
  table: () => import('./score/score-table.js').then((m) => m.scoreTableWriter),
  markdown: () => import('./score/score-markdown.js').then((m) => m.scoreMarkdownWriter),
  csv: () => import('./score/score-csv.js').then((m) => m.scoreCsvWriter),
  json: () => import('./score/score-json.js').then((m) => m.scoreJsonWriter),
  xlsx: () => import('./score/score-xlsx.js').then((m) => m.scoreXlsxWriter),
};

const VALIDATE: FormatMap<Renderer<ValidateModel>> = {
  table: () => import('./validate/validate-table.js').then((m) => m.validateTable),
  json: () => import('./validate/validate-json.js').then((m) => m.validateJson),
};

const SAMPLE: FormatMap<Renderer<SampleOutput>> = {
  csv: () => import('./sample/sample-formats.js').then((m) => m.sampleCsv),
  yaml: () => import('./sample/sample-formats.js').then((m) => m.sampleYaml),
  json: () => import('./sample/sample-formats.js').then((m) => m.sampleJsonPlan),
  xlsx: () => import('./sample/sample-formats.js').then((m) => m.sampleXlsx),
};

const MODERATION: FormatMap<Renderer<ModerationOutput>> = {
  csv: () => import('./sample/moderation-formats.js').then((m) => m.moderationFormCsv),
  yaml: () => import('./sample/moderation-formats.js').then((m) => m.moderationFormYaml),
  json: () => import('./sample/moderation-formats.js').then((m) => m.moderationPlanJson),
  xlsx: () => import('./sample/moderation-formats.js').then((m) => m.moderationFormXlsx),
};

const TEMPLATE: FormatMap<Renderer<FormModel>> = {
  csv: () => import('./sample/template-formats.js').then((m) => m.templateCsv),
  yaml: () => import('./sample/template-formats.js').then((m) => m.templateYaml),
  xlsx: () => import('./sample/template-formats.js').then((m) => m.templateXlsx),
};

const PLAN: FormatMap<Renderer<PlanModel>> = {
  table: () => import('./plan/plan-text.js').then((m) => m.planTable),
  markdown: () => import('./plan/plan-text.js').then((m) => m.planMarkdown),
  csv: () => import('./plan/plan-data.js').then((m) => m.planCsv),
  json: () => import('./plan/plan-data.js').then((m) => m.planJson),
  html: () => import('./plan/plan-html.js').then((m) => m.planHtml),
  xlsx: () => import('./plan/plan-xlsx.js').then((m) => m.planXlsx),
};

const CRITERIA_LIST: FormatMap<Renderer<CriteriaList>> = {
  table: () => import('./criteria/criteria-list-formats.js').then((m) => m.listTable),
  markdown: () => import('./criteria/criteria-list-formats.js').then((m) => m.listMarkdown),
  csv: () => import('./criteria/criteria-list-formats.js').then((m) => m.listCsv),
  json: () => import('./criteria/criteria-list-formats.js').then((m) => m.listJson),
};

const CRITERIA_VALIDATE: FormatMap<Renderer<readonly Diagnostic[]>> = {
  text: () => import('./criteria/criteria-problems.js').then((m) => m.problemsText),
  github: () => import('./criteria/criteria-problems.js').then((m) => m.problemsGithub),
  json: () => import('./criteria/criteria-problems.js').then((m) => m.problemsJson),
};

const REVEAL: FormatMap<Renderer<RevealModel>> = {
  csv: () => import('./reveal/reveal-formats.js').then((m) => m.revealCsv),
  json: () => import('./reveal/reveal-formats.js').then((m) => m.revealJson),
};

const CHECK_SHARE: FormatMap<Renderer<ShareReport>> = {
  text: () => import('./share/share-findings.js').then((m) => m.shareText),
  json: () => import('./share/share-findings.js').then((m) => m.shareJson),
};

const CRITERIA_SCHEMA: FormatMap<Renderer<Record<string, unknown>>> = {
  json: () => import('./criteria/criteria-schema-json.js').then((m) => m.schemaJson),
};

/** The registry: every command that writes output, by the name the CLI gives it. */
export const FORMATS = {
  report: REPORT,
  'report --suppress': REPORT_SUPPRESSED,
  published: PUBLISHED,
  compare: COMPARE,
  'compare --all-roles': ALL_ROLES,
  trend: TREND,
  actions: ACTIONS,
  referrals: REFERRALS,
  dashboard: DASHBOARD,
  score: SCORE,
  validate: VALIDATE,
  sample: SAMPLE,
  /** `sample --second-marker`: the same choices as `sample`, another model. */
  moderation: MODERATION,
  template: TEMPLATE,
  plan: PLAN,
  reveal: REVEAL,
  'check-share': CHECK_SHARE,
  'criteria list': CRITERIA_LIST,
  'criteria validate': CRITERIA_VALIDATE,
  'criteria schema': CRITERIA_SCHEMA,
} as const;

/** A command's --format choices. */
export const formatsOf = (command: keyof typeof FORMATS): string[] => Object.keys(FORMATS[command]);

/** `sample --form-format`: the form alone (json is the plan, not a form). */
export const FORM_FORMATS = formatsOf('sample').filter((f) => f !== 'json');

/** The renderer for a format the CLI has already checked is a key of the map. */
export async function rendererFor<R>(map: FormatMap<R>, format: string): Promise<R> {
  const load = map[format];
  if (!load) throw new Error(`no renderer for format ${format}`);
  return load();
}
