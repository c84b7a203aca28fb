// The seeded draw: the same seed, case type and frame give the same cases on any machine and Node
// version. Each stratum has its own generator, keyed by the seed and the type id, so a stratum's
// draw does not depend on the other strata (a quota for one type never changes another's cases).
import { createHash } from 'node:crypto';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** Plain code-unit order: locale-independent, unlike localeCompare. */
export function byCaseId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A xoroshiro128+ generator whose 128-bit state is the first 16 bytes of SHA-256 over a version tag,
 * the seed and the type id. (Seeding xoroshiro128plus(seed) directly makes its first output the
 * seed's complement, so nearby seeds would start their draws at nearby positions.)
 */
export function stratumGenerator(seed: number, typeId: string): RandomGenerator {
  const digest = createHash('sha256').update(`case-audit sample v1\0${seed}\0${typeId}`).digest();
  const state: number[] = [0, 4, 8, 12].map((offset) => digest.readInt32BE(offset));
  // An all-zero state would only ever produce zeros; 2^-128 odds, but cheap to rule out.
  // Stryker disable next-line ConditionalExpression,MethodExpression: equivalent for every input a test can give: no seed is known to reach an all-zero state
  if (!state.some((word) => word !== 0)) state[0] = 1;
  return xoroshiro128plusFromState(state);
}

/**
 * Draws k ids without replacement by a partial Fisher-Yates shuffle over the frame in case-id order,
 * so the input order of the register cannot matter. The first k of a larger draw are the k of a
 * smaller one: raising a sample only adds cases. Returns the ids sorted by case id.
 */
export function drawIds(ids: readonly string[], k: number, rng: RandomGenerator): string[] {
  if (k > ids.length) throw new RangeError(`cannot draw ${k} of ${ids.length}`);
  const frame = [...ids].sort(byCaseId);
  // Stryker disable next-line EqualityOperator: equivalent, a step past k only moves cases after the first k, which are not returned
  for (let i = 0; i < k; i++) {
    const j = uniformInt(rng, i, frame.length - 1);
    const picked = frame[j]!;
    frame[j] = frame[i]!;
    frame[i] = picked;
  }
  return frame.slice(0, k).sort(byCaseId);
}
