// A case register as `sample` and `plan` read it: each type's case ids in order, and the columns
// carried along with each case (for the form). Pure: it only collects the cases it is handed.
import { INDEPENDENT, type AssembledCase } from '../../domain/assessment.js';

export interface Register {
  idsByType: Map<string, string[]>;
  extraByCase: Map<string, ReadonlyArray<readonly [string, string]>>;
  /** Carried-along column names, first spelling of each, in order of first appearance. */
  extraColumns: string[];
  /** The auditor code the register gives a case (its `auditor` column), for the form's. */
  auditorByCase: Map<string, string>;
}

export function collectRegister(): { register: Register; onCase: (record: AssembledCase) => void } {
  const register: Register = { idsByType: new Map(), extraByCase: new Map(), extraColumns: [], auditorByCase: new Map() };
  const columnKeys = new Set<string>();
  const onCase = (record: AssembledCase) => {
    const ids = register.idsByType.get(record.caseType);
    if (ids) ids.push(record.caseId);
    else register.idsByType.set(record.caseType, [record.caseId]);
    const auditor = record.assessments.get(INDEPENDENT)?.auditor;
    if (auditor) register.auditorByCase.set(record.caseId, auditor);
    if (!record.extra) return;
    register.extraByCase.set(record.caseId, record.extra);
    // Names that differ only in case would be one column twice to the loaders reading the form back.
    for (const [name] of record.extra) {
      if (columnKeys.has(name.toLowerCase())) continue;
      columnKeys.add(name.toLowerCase());
      register.extraColumns.push(name);
    }
  };
  return { register, onCase };
}
