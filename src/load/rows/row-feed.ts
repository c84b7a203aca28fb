// The row rules every tabular loader shares (CSV and workbooks): the header mapped once (with
// --map), then each row through the wide or long reader, its notes and its id, to the sink. The
// loaders differ only in how they find cells; a workbook's rows carry their sheet.
import type { AssessmentRecord } from '../../domain/assessment.js';
import type { CriteriaSet } from '../../domain/criteria-set.js';
import { warning, type Diagnostic } from '../../domain/diagnostic.js';
import { quote } from '../../text/escape.js';
import { unescapeFormula } from '../../text/formula-prefix.js';
import { planHeader, type HeaderPlan } from './header-plan.js';
import { rowId } from './case-id.js';
import { readLongRow, readRow } from './row-readers.js';
import { applyHeaderMap, carriedByRequest } from '../register/header-map.js';
import { reasonWithoutGrade, RecordChecks, type ChecksState } from './record-checks.js';
import type { CaseSink, LoadOptions } from '../inputs/sink.js';

export class RowFeed {
  plan: HeaderPlan | undefined;
  private checks: RecordChecks | undefined;
  private readonly send: (d: Diagnostic) => void;

  constructor(
    private readonly file: string,
    private readonly criteria: CriteriaSet,
    private readonly sink: CaseSink,
    private readonly options: LoadOptions,
    /** Workbooks: the sheet, added to every position. */
    private readonly sheet?: string,
  ) {
    this.send = (d) => sink.onDiagnostic(this.at(d));
  }

  private at(d: Diagnostic): Diagnostic {
    return this.sheet === undefined ? d : { ...d, sheet: this.sheet };
  }

  /** The header row; false when it is unusable (the file is not read further). */
  header(record: readonly string[], line: number): boolean {
    const { headerMap } = this.options;
    const carry = (name: string) => carriedByRequest(headerMap, name);
    const planned = planHeader(this.file, line, headerMap ? this.mapped(record, line) : record, this.criteria, { carry });
    for (const d of planned.diagnostics) this.send(d);
    this.plan = planned.plan;
    if (this.plan) this.sink.onColumns?.({ carried: this.plan.carried, freeText: this.plan.freeText });
    if (this.plan && this.options.typeMap) this.plan.typeMap = this.options.typeMap;
    return this.plan !== undefined;
  }

  private mapped(record: readonly string[], line: number): string[] {
    const mapped = applyHeaderMap(record, this.options.headerMap!);
    if (mapped.unused.length > 0) {
      const those = mapped.unused.length > 1 ? 'those columns' : 'that column';
      this.send(
        warning(
          this.file,
          line,
          'unused-mapping',
          `no column here for --map ${mapped.unused.map(quote).join(', ')}: this file does not have ${those}`,
        ),
      );
    }
    return mapped.header;
  }

  /** One row after the header. */
  row(record: readonly string[], line: number): void {
    const { file, criteria, options, sink } = this;
    const plan = this.plan!;
    const id = options.onRowId && record[plan.index.case_id]?.trim();
    if (id) options.onRowId!(rowId(unescapeFormula(id), options));
    const source = this.sheet === undefined ? { file, line } : { file, line, sheet: this.sheet };
    if (plan.long) {
      const assessment = readLongRow(record, source, plan, criteria, options);
      if ('caseId' in assessment) {
        const note = assessment.grade === null ? reasonWithoutGrade(assessment, 'grade') : undefined;
        if (note) this.send(note);
        sink.onLongRow([assessment]);
      } else sink.onReject(this.at(assessment));
      return;
    }
    const records = readRow(record, source, plan, criteria, options);
    if (Array.isArray(records)) this.wideRow(records);
    else sink.onReject(this.at(records));
  }

  /** A wide row's records, read here or from its bytes (src/load/rows/byte-row.ts). */
  wideRow(records: AssessmentRecord[]): void {
    const note = this.recordChecks().check(records);
    if (note) this.send(note);
    this.sink.onWideRow(records);
  }

  private recordChecks(): RecordChecks {
    return (this.checks ??= new RecordChecks(this.file, this.plan!.index.self_grade !== -1));
  }

  /** A file read in parts: this part's tally for the closing warning (none: no wide row yet). */
  checksState(): ChecksState | undefined {
    return this.checks?.state();
  }

  /** A later part's tally, before `finish`. */
  absorbChecks(later: ChecksState | undefined): void {
    if (later) this.recordChecks().absorb(later);
  }

  /** After the last row: the file-wide notes (blank self grades). */
  finish(): void {
    const blankSelf = this.checks?.finish();
    if (blankSelf) this.send(blankSelf);
  }
}
