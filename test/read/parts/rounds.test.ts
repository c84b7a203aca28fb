// Audit rounds read in parts (`trend` over large files): each part numbers the rounds as the main
// thread had them when it started, so a later file's round keys its cases alike in every thread. The trend fold's merged parts must give the single reading.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../../../src/commands/context.js';
import type { Diagnostic } from '../../../src/domain/diagnostic.js';
import { loadCriteriaDir } from '../../../src/load/criteria/criteria-dir.js';
import { readCases } from '../../../src/read/read-cases.js';
import { TrendBuilder, trendRecipe, type TrendState } from '../../../src/summarise/trend/trend-builder.js';
import { inThreadParts } from '../../helpers/in-thread-parts.js';
import { tempDir } from '../../helpers/tmp.js';

const HEADER = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,round,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
const GRADES = ['good', 'requires improvement', 'inadequate'];

/** `round(i)`: row i's round. Some cases are audited again in the next round (the same ids); some rows refused. */
function file(name: string, rows: number, round: (i: number) => string, from = 1): string {
  const lines = Array.from({ length: rows }, (_, k) => {
    const i = from + k;
    const findings = i % 41 === 0 ? 'y,x,y,y,y,y,y,y' : i % 11 === 0 ? 'y,n,y,y,n,y,y,y' : 'y,y,y,y,y,y,y,y';
    const notes = i % 53 === 0 ? '"first line\nsecond, line"' : '';
    return [`DA-${i}`, 'domestic-abuse', i % 7 === 0 ? '' : GRADES[i % 3]!, '', '', 'no', notes, round(i), findings].join(',');
  });
  const path = join(dir, name);
  writeFileSync(path, `${HEADER}\n${lines.join('\n')}\n`);
  return path;
}

const dir = tempDir();
const q1 = file('q1.csv', 2000, () => '2025-Q1');
// Half of Q2's cases are Q1's audited again.
const q2 = file('q2.csv', 2000, () => '2025-Q2', 1001);
const q3 = file('q3.csv', 3000, () => '2025-Q3', 3500);
// Q5 in the first half, Q6 in the second: a part that meets only Q6 numbers it as the main thread
// does not (the same goes for a file whose parts meet two rounds in different orders).
const q56 = file('q56.csv', 3000, (i) => (i < 8000 ? '2025-Q5' : '2025-Q6'), 6500);

async function read(files: string[], threads: number | undefined) {
  const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;
  const options = { role: 'independent', between: ['self', 'independent'] as [string, string], perComparison: false };
  const fold = new TrendBuilder(criteria, options);
  const stdin = new PassThrough();
  stdin.end();
  const messages: Diagnostic[] = [];
  const debug: string[] = [];
  const result = await readCases(files, criteria, {
    stdin,
    load: {},
    consumer: { case: (c) => fold.add(c) },
    onDiagnostic: (d) => messages.push(d),
    hashIds: true,
    ...inThreadParts(threads, trendRecipe(options), (s) => fold.merge(s as TrendState), debug),
  });
  const finished = fold.finish({ order: result.rounds, totals: result.accounting, force: 'F', label: (r) => r });
  return { result, messages, finished, debug };
}

describe('rounds read in parts', () => {
  it.each([2, 3, 5])('three files of a round each, cut into %i parts: the single reading', async (threads) => {
    const files = [q1, q2, q3];
    const one = await read(files, undefined);
    const parts = await read(files, threads);
    // Every file read in parts, the later rounds' files too.
    expect(parts.debug).toHaveLength(3);
    for (const line of parts.debug) expect(line).toMatch(new RegExp(`read in ${threads} parts`));
    expect(parts.finished).toEqual(one.finished);
    expect(parts.result).toEqual(one.result);
    expect(parts.messages).toEqual(one.messages);
    // Not two empty readings: three rounds, Q2 re-audits 1,000 of Q1's cases, rows with a finding `x` refused.
    expect(one.result.rounds).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
    expect(one.finished.rounds.map((r) => r.counts)).not.toEqual(parts.finished.rounds.map(() => ({})));
    expect(one.result.accounting.rejected).toBeGreaterThan(150);
    // Ids 1001-2000 in both rounds, less the 24 multiples of 41 among them (refused in both).
    expect(one.finished.notes.join(' ')).toMatch(/976 cases graded in 2025-Q1 were graded again in 2025-Q2/);
  });

  it('a round first met in a later part than the main thread has not reached: read on one thread, the same result', async () => {
    const one = await read([q1, q56], undefined);
    const parts = await read([q1, q56], 3);
    expect(parts.debug[0]).toMatch(/read in 3 parts/);
    expect(parts.debug[1]).toMatch(/read on one thread after the first cut: a case id or round is in more than one part/);
    expect(parts.finished).toEqual(one.finished);
    expect(parts.result).toEqual(one.result);
    expect(parts.messages).toEqual(one.messages);
    expect(one.result.rounds).toEqual(['2025-Q1', '2025-Q5', '2025-Q6']);
  });
});
