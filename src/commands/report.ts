// `case-audit report`: the report's case-file analysis (section 4) from the scored cases.
import type { Io } from '../io.js';
import { REPORT_FORMATS } from '../render/formats.js';
import { displayPath } from '../render/diagnostics.js';
import { DEFAULT_THEMES, ReportBuilder, type ReportModel, type ReportState } from '../summarise/report.js';
import type { CommonOptions } from './context.js';
import { runSummary } from './summary-run.js';

export async function reportCommand(args: unknown[], options: CommonOptions & { themes?: number; by?: string }, io: Io): Promise<number> {
  return runSummary<ReportModel>(
    args,
    options,
    io,
    (criteria) => {
      const fold = {
        command: 'report',
        themes: options.themes ?? DEFAULT_THEMES,
        ...(options.by === undefined ? {} : { by: options.by }),
      } as const;
      const builder = new ReportBuilder(criteria, fold.themes, options.by);
      return {
        add: (c) => builder.addCase(c),
        parts: { fold, merge: (state) => builder.merge(state as ReportState) },
        ...(options.by === undefined ? {} : { byColumn: options.by }),
        finish: (result, names) =>
          builder.finish(
            result.accounting,
            result.rejected.map((d) => ({ ...d, file: displayPath(d.file) })),
            names,
          ),
      };
    },
    REPORT_FORMATS,
  );
}
