// The register read the way `sample` reads it (and `plan`, for the size of each case type): every
// file through the read path with its carried columns kept, one audit round only.
import type { CriteriaSet } from '../domain/criteria-set.js';
import type { ReadResult } from '../read/reading.js';
import { collectRegister, type Register } from '../summarise/sample/register.js';
import { readFiles, refuseRounds, type Context } from './context.js';

export async function readRegister(
  ctx: Context,
  files: readonly string[],
  criteria: CriteriaSet,
): Promise<{ register: Register; result: ReadResult }> {
  const { register, onCase } = collectRegister();
  const result = await readFiles(ctx, files, criteria, { case: onCase }, { keepExtra: true });
  // A case audited in two rounds would be two entries of the register.
  refuseRounds(ctx, result);
  return { register, result };
}
