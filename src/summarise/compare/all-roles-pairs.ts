// Every two roles on the cases both graded: cases, exact agreement, Cohen's kappa and its
// Fleiss-Cohen-Everitt interval (statistics/kappa-variance.ts), null with the reason in words where
// undefined (no case, one case, one grade between them).
import type { Role, RoleLabel } from '../../domain/assessment.js';
import { squareKappa } from '../../statistics/kappa.js';
import { kappaWithInterval } from '../../statistics/kappa-variance.js';
import type { ReliabilityData } from '../../statistics/krippendorff.js';

export interface PairFigure {
  a: Role;
  b: Role;
  aLabel: string;
  bLabel: string;
  n: number;
  agreed: number;
  exactAgreement: number | null;
  kappa: number | null;
  kappaInterval: [number, number] | null;
  /** Why kappa, or else its interval, is null; null where both are given. */
  reason: string | null;
}

/** `data`: per case, each role's grade as a step 0..k-1 (best highest), null where none. */
export function pairFigures(data: ReliabilityData, roles: readonly RoleLabel[], k: number): PairFigure[] {
  const pairs: PairFigure[] = [];
  for (let i = 0; i < roles.length; i++) {
    for (let j = i + 1; j < roles.length; j++) {
      // Rows and columns best first, as every square table of the library.
      const t = Array.from({ length: k }, () => new Array<number>(k).fill(0));
      for (const row of data) {
        const a = row[i];
        const b = row[j];
        if (a === null || a === undefined || b === null || b === undefined) continue;
        t[k - 1 - a]![k - 1 - b]!++;
      }
      const n = t.reduce((s, r) => s + r.reduce((x, y) => x + y, 0), 0);
      const agreed = t.reduce((s, r, g) => s + r[g]!, 0);
      const withInterval = kappaWithInterval(t, 'none');
      const raw = n === 0 ? null : squareKappa(t, 'none');
      // Never -0 in the output.
      const kappa = raw === 0 ? 0 : raw;
      pairs.push({
        a: roles[i]!.role,
        b: roles[j]!.role,
        aLabel: roles[i]!.label,
        bLabel: roles[j]!.label,
        n,
        agreed,
        exactAgreement: n === 0 ? null : agreed / n,
        kappa,
        kappaInterval: withInterval.value?.interval ?? null,
        reason: withInterval.value === null ? withInterval.reason : null,
      });
    }
  }
  return pairs;
}
