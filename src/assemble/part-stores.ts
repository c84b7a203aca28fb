// A long-form file read in parts (src/read/parts): each worker joins its part's rows into a store of
// its own, and the main thread adopts them in file order. That gives the single reading's cases only
// where the single reading would have accepted every row a part accepted: no case of a part may
// have another type, or an assessment by the same role, in the main thread's rows or an earlier
// part's. Where one does, the main thread reads the rest itself (the message names the first place).
import type { Role } from '../domain/assessment.js';
import type { AssessmentStore, StoreState } from './store.js';

/** The rounds in the order first met once the parts are read after `rounds`. */
export function roundsWithParts(rounds: ReadonlyArray<string | null>, parts: ReadonlyArray<ReadonlyArray<string | null>>) {
  const all = [...rounds];
  for (const list of parts) for (const round of list) if (!all.includes(round)) all.push(round);
  return all;
}

/** A part's cases, keyed and numbered in the merged rounds (a key carries its round's number). */
export function partCases(part: StoreState, partRounds: ReadonlyArray<string | null>, all: ReadonlyArray<string | null>) {
  const numbers = partRounds.map((r) => all.indexOf(r));
  const round = (c: number) => numbers[part.caseRound[c]!]!;
  // The rounds numbered as the part numbered them (one round, or the same first met): its keys stand.
  if (numbers.every((n, i) => n === i)) return { keys: part.keys, round };
  const keys = part.keys.map((own, c) => {
    const id = part.caseRound[c] === 0 ? own : own.slice(own.indexOf('\u0001') + 1);
    const r = round(c);
    return r === 0 ? id : `${r}\u0001${id}`;
  });
  return { keys, round };
}

/** Why the parts' cases cannot be adopted as read, or undefined when they can. */
export function partsClash(
  main: AssessmentStore,
  rounds: ReadonlyArray<string | null>,
  parts: ReadonlyArray<{ store: StoreState; rounds: ReadonlyArray<string | null> }>,
): string | undefined {
  const all = roundsWithParts(
    rounds,
    parts.map((p) => p.rounds),
  );
  // Cases of earlier parts, by key: only needed when there is more than one part.
  const earlier = new Map<string, { type: number; roles: Role[] }>();
  for (const { store, rounds: partRounds } of parts) {
    const { keys } = partCases(store, partRounds, all);
    for (let c = 0; c < store.caseIds.length; c++) {
      const type = store.caseType[c]!;
      const roles: Role[] = [];
      for (let a = store.firstOf[c]!; a !== -1; a = store.aNext[a]!) roles.push(store.roles[store.aRole[a]!]!);
      const mainNo = main.find(keys[c]!);
      if (mainNo !== -1 && !main.joins(mainNo, type, roles))
        return 'a case has another type, or an assessment by the same role, before the part';
      if (parts.length === 1) continue;
      const seen = earlier.get(keys[c]!);
      if (seen && (seen.type !== type || roles.some((r) => seen.roles.includes(r))))
        return 'a case has another type, or an assessment by the same role, in an earlier part';
      if (seen) seen.roles.push(...roles);
      else earlier.set(keys[c]!, { type, roles });
    }
  }
  return undefined;
}
