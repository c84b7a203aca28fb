// `case-audit compare --all-roles`: every assessor role on the same cases at once (Krippendorff's
// alpha with its bootstrap interval, and each two roles' agreement and kappa), read and rendered
// the way `compare` is.
import { UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import { roleLabel } from '../domain/roles.js';
import { FORMATS } from '../render/formats.js';
import { AllRolesFold, type AllRolesModel } from '../summarise/compare/all-roles.js';
import type { CommonOptions } from './context.js';
import { runSummary } from './summary-run.js';

export interface AllRolesOptions {
  between?: [string, string];
  by?: string;
}

export async function allRolesCommand(args: unknown[], options: CommonOptions & AllRolesOptions, io: Io): Promise<number> {
  if (options.between !== undefined) throw new UsageError('--all-roles compares every role at once; --between picks two: give one of them');
  if (options.by !== undefined) throw new UsageError('--by goes with a comparison of two roles (--between), not with --all-roles');
  return runSummary<AllRolesModel, AllRolesFold>(
    args,
    options,
    io,
    (criteria) => ({
      makeFold: () => new AllRolesFold(criteria),
      finish: (fold, result, names) => fold.finish(result.accounting, names, (role) => roleLabel(role, criteria.programme, names)),
    }),
    FORMATS['compare --all-roles'],
  );
}
