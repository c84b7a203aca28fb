// The parts machinery run from the TypeScript sources: each part read in this thread by the same
// readPart a worker runs (its job and result passed through structuredClone, as postMessage does),
// so a change to the read path, the fold interface or the merge is tested without a build.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../../../src/commands/context.js';
import type { Diagnostic } from '../../../src/domain/diagnostic.js';
import type { Fold } from '../../../src/domain/fold.js';
import { loadCriteriaDir } from '../../../src/load/criteria/criteria-dir.js';
import type { PartRunner } from '../../../src/read/parts/part-job.js';
import { readPart } from '../../../src/read/parts/read-part.js';
import { readCases } from '../../../src/read/read-cases.js';
import { BetweenFold, betweenRecipe } from '../../../src/summarise/compare/between-fold.js';
import { ReportBuilder, reportRecipe } from '../../../src/summarise/report/report-model.js';
import { tempDir } from '../../helpers/tmp.js';

const HEADER = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,team,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
const GRADES = ['good', 'requires improvement', 'inadequate'];

/** Rows with blanks, rejects, overrides and quoted two-line notes spread through the file. */
function row(i: number): string {
  const findings = i % 11 === 0 ? 'y,n,y,y,n,y,y,y' : 'y,y,y,y,y,y,y,y';
  const independent = i % 97 === 0 ? 'excellent' : i % 89 === 0 ? 'good' : '';
  const reason = i % 89 === 0 ? 'reason text' : '';
  const notes = i % 53 === 0 ? '"first line\nsecond, line"' : '';
  return [`DA-${i}`, 'domestic-abuse', i % 7 === 0 ? '' : GRADES[i % 3]!, independent, reason, 'no', notes, `team-${i % 5}`, findings].join(
    ',',
  );
}

const dir = tempDir();
const path = join(dir, 'parts.csv');
writeFileSync(path, `${HEADER}\n${Array.from({ length: 3000 }, (_, i) => row(i + 1)).join('\n')}\n`);

const inThisThread: PartRunner = (job) => ({
  result: readPart(structuredClone(job)).then((r) => structuredClone(r)),
  stop: async () => {},
});

async function read(fold: Fold, recipe: ReturnType<typeof reportRecipe> | undefined, debug: string[], pseudonymKey?: Uint8Array) {
  const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;
  const stdin = new PassThrough();
  stdin.end();
  const messages: Diagnostic[] = [];
  const result = await readCases([path], criteria, {
    stdin,
    load: { keepExtra: true, ...(pseudonymKey ? { pseudonymKey } : {}) },
    consumer: { case: (c) => fold.add(c) },
    onDiagnostic: (d) => messages.push(d),
    ...(recipe ? { parts: { recipe, threads: 3, merge: (s) => fold.merge(s), runner: inThisThread, debug: (m) => debug.push(m) } } : {}),
  });
  return { result, messages, state: fold.state() };
}

describe('a file read in parts in this thread', () => {
  it('report: the merged parts give the one-pass tally, accounting and messages', async () => {
    const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;
    const options = { themes: 3, by: 'team' };
    const debug: string[] = [];
    const one = await read(new ReportBuilder(criteria, 3, 'team'), undefined, []);
    const parts = await read(new ReportBuilder(criteria, 3, 'team'), reportRecipe(options), debug);
    expect(debug.join('\n')).toMatch(/read in 3 parts/);
    expect(parts.state).toEqual(one.state);
    expect(parts.result).toEqual(one.result);
    expect(parts.messages).toEqual(one.messages);
    // Not two empty readings: 3,000 rows; the 30 multiples of 97 up to 3,000 grade `excellent` and are rejected.
    expect(one.result.accounting).toEqual({ read: 3000, graded: 2970, ungraded: 0, rejected: 30 });
  });

  it('compare: its fold made from its recipe in the part reader, merged the same way', async () => {
    const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;
    const request = { a: 'self', b: 'independent', byAuditor: false, weights: 'linear' as const, byColumn: 'team' };
    const debug: string[] = [];
    const one = await read(new BetweenFold(criteria, request), undefined, []);
    const parts = await read(new BetweenFold(criteria, request), betweenRecipe(request), debug);
    expect(debug.join('\n')).toMatch(/read in 3 parts/);
    expect(parts.state).toEqual(one.state);
    expect(parts.result).toEqual(one.result);
  });

  it('--pseudonymise: each part makes the pseudonyms the main thread makes; no original id comes back from a part', async () => {
    const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;
    const key = Uint8Array.from({ length: 32 }, (_, i) => i);
    const debug: string[] = [];
    const one = await read(new ReportBuilder(criteria, 3, 'team'), undefined, [], key);
    const parts = await read(new ReportBuilder(criteria, 3, 'team'), reportRecipe({ themes: 3, by: 'team' }), debug, key);
    expect(debug.join('\n')).toMatch(/read in 3 parts/);
    // The 30 rejected rows' messages name their case: by pseudonym in every part.
    expect(parts.messages).toEqual(one.messages);
    expect(parts.messages.filter((m) => /^case "c-[a-z2-7]{12}": independent_grade is not a grade/.test(m.message))).toHaveLength(30);
    expect(JSON.stringify([parts.messages, parts.state])).not.toMatch(/DA-\d/);
    expect(parts.state).toEqual(one.state);
  });
});
