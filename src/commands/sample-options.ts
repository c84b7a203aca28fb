// `sample`'s own options to a request: --size or --quota (not both), the seed, usage errors (exit 2).
import type { CriteriaSet } from '../domain/criteria-set.js';
import { UsageError } from '../domain/errors.js';
import { quote } from '../text/escape.js';
import { resolveCaseType } from '../load/register/case-type-name.js';
import type { SampleRequest } from '../summarise/sample/sample-plan.js';

export interface SampleOptions {
  size?: number;
  quota?: string[];
  minPerType?: number;
  seed?: number;
  exclude?: string[];
  /** The form's format (csv, yaml, xlsx); overrides --format. */
  formFormat?: string;
}

export function sampleRequest(options: SampleOptions, criteria: CriteriaSet): SampleRequest {
  const quotas = options.quota ?? [];
  if (options.size !== undefined && quotas.length > 0) {
    throw new UsageError(
      '--size and --quota cannot be used together: --size N draws N cases in proportion to the case types, --quota type=n exact numbers per type',
    );
  }
  if (options.size !== undefined) {
    return { kind: 'size', size: options.size, ...(options.minPerType !== undefined ? { minPerType: options.minPerType } : {}) };
  }
  if (quotas.length === 0) throw new UsageError('say how many cases to draw: --size N, or --quota type=n (repeatable)');
  if (options.minPerType !== undefined) throw new UsageError('--min-per-type goes with --size; with --quota give each type its number');
  const byType = new Map<string, number>();
  for (const raw of quotas) {
    const at = raw.lastIndexOf('=');
    const name = raw.slice(0, at).trim();
    const count = raw.slice(at + 1).trim();
    if (at === -1 || name === '' || !/^\d+$/.test(count) || Number(count) < 1) {
      throw new UsageError(`--quota takes type=n with a whole number n of at least 1 (for example --quota da=5), got ${quote(raw)}`);
    }
    const type = resolveCaseType(criteria, name);
    if (!type) {
      throw new UsageError(
        `--quota: unknown case type ${quote(name)}; expected one of ${criteria.types.map((t) => t.id).join(', ')} (or an alias)`,
      );
    }
    if (byType.has(type.id)) throw new UsageError(`--quota gives ${type.id} twice; give each type one number`);
    byType.set(type.id, Number(count));
  }
  return { kind: 'quota', quotas: byType };
}
