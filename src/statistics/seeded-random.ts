// A seeded, reproducible stream of random numbers for the bootstrap and for simulations: the same
// seed gives the same draws on any machine and Node version. The generator is pure-rand's
// xoroshiro128+; its 128-bit state comes from the seed through SplitMix64 (Steele, Lea & Flood
// 2014, the seeding its authors recommend), so nearby seeds start far apart.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

export interface SeededRandom {
  /** A uniform integer in 0 .. n - 1. */
  int(n: number): number;
  /** A uniform number in [0, 1). */
  unit(): number;
}

const MASK64 = (1n << 64n) - 1n;

function splitMix64(state: bigint): [bigint, bigint] {
  const next = (state + 0x9e3779b97f4a7c15n) & MASK64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return [next, z ^ (z >> 31n)];
}

export function seededRandom(seed: number): SeededRandom {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`a seed is a whole number, not ${seed}`);
  let state = BigInt.asUintN(64, BigInt(seed));
  const words: number[] = [];
  for (let i = 0; i < 2; i++) {
    const [next, out] = splitMix64(state);
    state = next;
    words.push(Number(BigInt.asIntN(32, out >> 32n)), Number(BigInt.asIntN(32, out)));
  }
  // SplitMix64 never gives two zero outputs in a row, so the state is never all zero.
  const rng = xoroshiro128plusFromState(words);
  return {
    int: (n) => uniformInt(rng, 0, n - 1),
    unit: () => uniformFloat64(rng),
  };
}
