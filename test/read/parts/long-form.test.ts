// A long-form file read in parts (issue 30: long form read in parts, like the wide form): each part
// joined into a store of its own and adopted by the main thread in file order must give the single
// reading's cases (in order, with their assessments and places), accounting and messages, wherever
// the file is cut; where a case clashes across parts, the main thread reads on and still gives them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../../../src/commands/context.js';
import type { AssembledCase } from '../../../src/domain/assessment.js';
import type { Diagnostic } from '../../../src/domain/diagnostic.js';
import { loadCriteriaDir } from '../../../src/load/criteria/criteria-dir.js';
import { readCases } from '../../../src/read/read-cases.js';
import { BetweenFold, betweenRecipe, type BetweenState } from '../../../src/summarise/compare/between-fold.js';
import { longFormRows, LONG_HEADER as HEADER } from '../../helpers/long-form-rows.js';
import { inThreadParts } from '../../helpers/in-thread-parts.js';
import { tempDir } from '../../helpers/tmp.js';

const CASES = 1500;

const dir = tempDir();
function write(name: string, extra: string[] = []): string {
  const path = join(dir, name);
  writeFileSync(path, `${HEADER}\n${[...longFormRows(CASES), ...extra].join('\n')}\n`);
  return path;
}
const clean = write('long.csv');
// Case DA-5's self assessment again at the end: refused, naming its first place, which is in another part.
const twice = write('twice.csv', [`DA-5,domestic-abuse,2025-Q1,self,A9,good,,,,,,,,,,,`]);
// Case DA-7 as another type at the end: refused, naming where it was first read.
const otherType = write('other-type.csv', [`DA-7,section-47,2025-Q1,independent,I1,,no,,,,,,,,,,`]);

async function read(path: string, threads: number | undefined) {
  const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;
  const request = { a: 'self', b: 'independent', byAuditor: true, weights: 'linear' as const, byColumn: 'team' };
  const fold = new BetweenFold(criteria, request);
  const stdin = new PassThrough();
  stdin.end();
  const messages: Diagnostic[] = [];
  const cases: AssembledCase[] = [];
  const debug: string[] = [];
  const result = await readCases([path], criteria, {
    stdin,
    load: { keepExtra: true },
    consumer: {
      case: (c) => {
        cases.push(c);
        fold.add(c);
      },
    },
    onDiagnostic: (d) => messages.push(d),
    ...inThreadParts(threads, betweenRecipe(request), (s) => fold.merge(s as BetweenState), debug),
  });
  return { result, messages, cases, state: fold.state(), debug: debug.join('\n') };
}

/** The single reading of the clean file, made once for every cut (nothing here changes it). */
let single: ReturnType<typeof read> | undefined;

describe('a long-form file read in parts', () => {
  it.each([2, 3, 4, 5, 7, 11])('cut into %i parts: the single reading, case by case', async (threads) => {
    const one = await (single ??= read(clean, undefined));
    const parts = await read(clean, threads);
    expect(parts.debug).toMatch(new RegExp(`read in ${threads} parts`));
    expect(parts.cases).toEqual(one.cases);
    expect(parts.state).toEqual(one.state);
    expect(parts.result).toEqual(one.result);
    expect(parts.messages).toEqual(one.messages);
    // Not two empty readings: 1,500 cases in two rounds, rows with a finding `x` refused, moderator-only cases named.
    expect(one.cases).toHaveLength(CASES);
    expect(one.result.rounds).toEqual(['2025-Q1', '2025-Q2']);
    expect(one.result.accounting.rejected).toBe(35);
    expect(one.messages.filter((m) => m.rule === 'invalid-finding')).toHaveLength(35);
    expect(one.result.accounting.noFirstMarking).toBe(51);
  });

  it.each([
    ['an assessment by the same role', twice, 'duplicate-assessment'],
    ['another type', otherType, 'case-type-clash'],
  ])('a case with %s in two parts: read on one thread, the same messages', async (_what, path, rule) => {
    const one = await read(path, undefined);
    const parts = await read(path, 3);
    expect(parts.debug).toMatch(/read on one thread after the first cut/);
    expect(parts.cases).toEqual(one.cases);
    expect(parts.result).toEqual(one.result);
    expect(parts.messages).toEqual(one.messages);
    // The refused row is the file's last line; its message names the case's first place, in the first part.
    const refused = one.messages.find((m) => m.rule === rule)!;
    expect(refused.line).toBe(readFileSync(path, 'utf8').split('\n').length - 1);
    expect(refused.message).toMatch(/at .*:(6|8)\b/);
  });
});
