// `sample --second-marker`'s formats: the blind form to re-mark (CSV, YAML, a workbook) or the plan (JSON).
import type { RenderOptions } from '../options.js';
import type { ModerationOutput } from '../formats.js';
import { moderationCsv, moderationYaml } from './moderation-form.js';
import { moderationJson } from './moderation-summary.js';
import { moderationXlsx } from './moderation-xlsx.js';

export const moderationFormCsv = (o: ModerationOutput) => moderationCsv(o.form);
export const moderationFormYaml = (o: ModerationOutput) => moderationYaml(o.form);
export const moderationPlanJson = (o: ModerationOutput, options?: RenderOptions) => moderationJson(o.summary, options?.sharing);
export const moderationFormXlsx = (o: ModerationOutput, options?: RenderOptions) => moderationXlsx(o.form, options?.sharing);
