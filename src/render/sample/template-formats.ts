// `template`'s formats: a blank form for one case type. The CSV and the workbook are sheets to add
// rows to; the YAML shows one example case to copy.
import { formCsv, formYaml, type FormModel } from './form-text.js';
import { formXlsx } from './form-xlsx.js';

const EXAMPLE_CASE_ID = 'CASE-001';

export const templateCsv = (form: FormModel) => formCsv(form);
export const templateYaml = (form: FormModel) =>
  formYaml({ ...form, cases: form.types.map((t) => ({ caseId: EXAMPLE_CASE_ID, caseType: t.id })) });
export const templateXlsx = (form: FormModel) => formXlsx(form);
