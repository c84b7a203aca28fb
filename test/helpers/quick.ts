// The fast loop (`npm run test:unit` sets CASE_AUDIT_QUICK=1; docs/testing.md): a big matrix runs one
// case of each kind there and whole in `npm test`, so the fast loop still passes each code path once.

/** True under `npm run test:unit`; false in `npm test`, a bare `vitest` and a mutation run. */
const QUICK = process.env.CASE_AUDIT_QUICK === '1';

/** `quick` in the fast loop, `whole` in the complete run. */
export const quickOr = <T>(quick: T, whole: T): T => (QUICK ? quick : whole);

/** A property test's run count: a fifth in the fast loop, all of them in the complete run. */
export const propertyRuns = (n: number): number => quickOr(Math.ceil(n / 5), n);
