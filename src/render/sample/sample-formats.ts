// `sample`'s formats: the form to fill in (CSV, YAML, a workbook) or the plan (JSON).
import type { RenderOptions } from '../options.js';
import type { SampleOutput } from '../formats.js';
import { formCsv, formYaml } from './form-text.js';
import { formXlsx } from './form-xlsx.js';
import { sampleJson } from './sample-summary.js';

export const sampleCsv = (o: SampleOutput) => formCsv(o.form);
export const sampleYaml = (o: SampleOutput) => formYaml(o.form);
export const sampleJsonPlan = (o: SampleOutput, options?: RenderOptions) => sampleJson(o.summary, options?.sharing);
export const sampleXlsx = (o: SampleOutput, options?: RenderOptions) => formXlsx(o.form, options?.sharing);
