// `template`'s formats: a blank form for one case type. The CSV and the workbook are sheets to add
// rows to; the YAML shows one example case to copy. A blank form holds no case id to make a
// pseudonym of: made with --pseudonymise, it names the key's fingerprint (the workbook on its how-to
// sheet, as `sample`'s form does, the YAML in a comment), so whoever fills it in knows which key's
// pseudonyms its ids should be (`reveal` gives them). A CSV has no place that is not read as a case.
import { sharingLines } from '../../domain/sharing.js';
import type { RenderOptions } from '../options.js';
import { formCsv, formYaml, type FormModel } from './form-text.js';
import { formXlsx } from './form-xlsx.js';

const EXAMPLE_CASE_ID = 'CASE-001';

export const templateCsv = (form: FormModel) => formCsv(form);

export function templateYaml(form: FormModel, options?: RenderOptions): string {
  const yaml = formYaml({ ...form, cases: form.types.map((t) => ({ caseId: EXAMPLE_CASE_ID, caseType: t.id })) });
  const said = sharingLines(options?.sharing).map((l) => `# ${l}\n`);
  // After the form's first line, which names it.
  const first = yaml.indexOf('\n') + 1;
  return `${yaml.slice(0, first)}${said.join('')}${yaml.slice(first)}`;
}

export const templateXlsx = (form: FormModel, options?: RenderOptions) => formXlsx(form, options?.sharing);
