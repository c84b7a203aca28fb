// `case-audit report`: the report's case-file analysis (section 4) from the scored cases.
import type { Io } from '../domain/io.js';
import { FORMATS } from '../render/formats.js';
import { displayPath } from '../render/diagnostics.js';
import { DEFAULT_THEMES, ReportBuilder, reportRecipe, type ReportModel, type ReportOptions } from '../summarise/report/report.js';
import { AUDITOR } from '../summarise/by-column.js';
import type { CommonOptions } from './context.js';
import { runSummary } from './summary-run.js';

export async function reportCommand(args: unknown[], options: CommonOptions & { themes?: number; by?: string }, io: Io): Promise<number> {
  const report: ReportOptions = { themes: options.themes ?? DEFAULT_THEMES, ...(options.by === undefined ? {} : { by: options.by }) };
  return runSummary<ReportModel, ReportBuilder>(
    args,
    options,
    io,
    (criteria) => ({
      makeFold: () => new ReportBuilder(criteria, report.themes, report.by),
      recipe: reportRecipe(report),
      // --by auditor is the assessments' auditor code, not a carried column.
      ...(report.by === undefined || report.by.toLowerCase() === AUDITOR ? {} : { byColumn: report.by }),
      finish: (builder, result, names) =>
        builder.finish(
          result.accounting,
          result.rejected.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) })),
          names,
        ),
    }),
    FORMATS.report,
  );
}
