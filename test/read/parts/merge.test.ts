// The pieces a file read in parts is put together with: the report tally merged in file order
// gives the one-pass tally; the id tables of two parts are compared without building strings;
// cuts fall at line starts and lines are counted as the loader counts LF-ended lines.
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../../../src/commands/context.js';
import type { AssembledCase } from '../../../src/domain/assessment.js';
import type { CriteriaSet } from '../../../src/domain/criteria-set.js';
import { loadCriteriaDir } from '../../../src/load/criteria/criteria-dir.js';
import { SeenIds } from '../../../src/assemble/seen-ids.js';
import { readCases } from '../../../src/read/read-cases.js';
import { BetweenFold } from '../../../src/summarise/compare/between-fold.js';
import { ReportBuilder, type ReportState } from '../../../src/summarise/report/report-model.js';
import { partCount } from '../../../src/read/parts/file-parts.js';
import { countLines, cutPoints } from '../../../src/read/parts/split.js';
import { assembled } from '../../helpers/assembled.js';
import { fixture } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/tmp.js';

const TOTALS = { read: 0, graded: 0, ungraded: 0, rejected: 0 };
const NAMES = { force: 'Gloucestershire Constabulary' };

/** The report of `cases` folded in one pass, and folded as parts cut at `cuts` (states sent as a worker sends them). */
function oneAndParts(criteria: CriteriaSet, cases: readonly AssembledCase[], cuts: readonly number[], by?: string) {
  const one = new ReportBuilder(criteria, 3, by);
  for (const c of cases) one.add(c);
  const bounds = [0, ...cuts, cases.length];
  const builders = bounds.slice(1).map((end, i) => {
    const b = new ReportBuilder(criteria, 3, by);
    for (const c of cases.slice(bounds[i], end)) b.add(c);
    return b;
  });
  for (const later of builders.slice(1)) builders[0]!.merge(structuredClone(later.state()) as ReportState);
  return { one: one.finish(TOTALS, [], NAMES), parts: builders[0]!.finish(TOTALS, [], NAMES) };
}

describe('ReportBuilder.merge', () => {
  let criteria: CriteriaSet;
  const cases: AssembledCase[] = [];
  beforeAll(async () => {
    criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;
    const stdin = new PassThrough();
    stdin.end();
    await readCases([fixture('gloucestershire-2017.csv')], criteria, {
      stdin,
      load: {},
      consumer: { case: (c) => cases.push(c) },
      onDiagnostic: () => {},
    });
  });

  it.each([[[1]], [[44]], [[88]], [[5, 60]], [[0, 30, 30, 89]]])('2017 fixture cut at %j: the one-pass report', (cuts) => {
    expect(cases).toHaveLength(89);
    const { one, parts } = oneAndParts(criteria, cases, cuts);
    expect(parts).toEqual(one);
    // The seed report's Table 1, so the comparison is not of two empty reports.
    expect(parts.bothAssessed.independent).toEqual({ good: 6, requires_improvement: 16, inadequate: 11 });
  });

  it('breakdowns by a carried column and other roles merge too, in first-met order', () => {
    const withTeam = (c: AssembledCase, team: string) => ({ ...c, extra: [['team', team]] as Array<[string, string]> });
    const list = [
      withTeam(
        assembled('A1', 'domestic-abuse', { self: { grade: 'good' }, independent: { grade: 'inadequate', findings: 'mummmmmm' } }),
        'north',
      ),
      withTeam(assembled('A2', 'domestic-abuse', { independent: { grade: 'good' }, moderator: { grade: 'good' } }), 'south'),
      withTeam(assembled('A3', 'missing-children', { independent: { grade: null } }), ''),
      withTeam(assembled('A4', 'domestic-abuse', { independent: { grade: 'good' }, qa: { grade: 'good' } }), 'north'),
      withTeam(
        assembled('A5', 'section-47', { self: { grade: 'inadequate' }, independent: { grade: 'good' }, moderator: { grade: 'good' } }),
        'east',
      ),
    ];
    for (const cuts of [[1], [2], [3], [1, 4]]) {
      const { one, parts } = oneAndParts(criteria, list, cuts, 'team');
      expect(parts).toEqual(one);
      expect(parts.otherRoles?.roles.map((r) => r.role)).toEqual(['moderator', 'qa']);
      expect(parts.breakdown?.all.map((v) => [v.value, v.graded])).toEqual([
        ['east', 1],
        ['north', 2],
        ['south', 1],
      ]);
    }
  });
});

describe('BetweenFold.merge', () => {
  it.each([
    ['self', 'independent'],
    ['moderator', 'self'],
  ] as const)('the QA round, %s against %s by auditor, cut anywhere: the one-pass comparison and calibration', async (a, b) => {
    const criteria = loadCriteriaDir(fixture('qa-round/criteria')).set!;
    const cases: AssembledCase[] = [];
    const stdin = new PassThrough();
    stdin.end();
    const files = [fixture('qa-round/cases.csv'), fixture('qa-round/moderation.csv')];
    await readCases(files, criteria, { stdin, load: {}, consumer: { case: (c) => cases.push(c) }, onDiagnostic: () => {} });
    const request = { a, b, byAuditor: true, weights: 'linear' as const };
    const names = { force: 'Testshire Constabulary', inspectorate: 'the review team' };
    const labels = { a, b };
    const one = new BetweenFold(criteria, request);
    for (const c of cases) one.add(c);
    const expected = one.finish(TOTALS, names, labels);
    // Not an empty comparison: the fixture's auditors and criteria are there to be merged.
    expect(expected.between?.byAuditor?.length).toBeGreaterThan(0);
    expect(expected.between?.calibration.criteria.length).toBeGreaterThan(0);
    for (const cut of [1, 17, 30, 59]) {
      const [first, second] = [new BetweenFold(criteria, request), new BetweenFold(criteria, request)];
      cases.slice(0, cut).forEach((c) => first.add(c));
      cases.slice(cut).forEach((c) => second.add(c));
      first.merge(structuredClone(second.state()));
      expect(first.finish(TOTALS, names, labels)).toEqual(expected);
    }
  });
});

describe('SeenIds.sharesAny', () => {
  const table = (ids: string[]) => {
    const seen = new SeenIds();
    ids.forEach((id, i) => seen.add(id, { file: 'a.csv', line: i + 2 }));
    return seen;
  };
  const many = (prefix: string) => Array.from({ length: 5000 }, (_, i) => `${prefix}${i}`);

  it.each([
    { name: 'disjoint tables', mine: many('A-'), theirs: many('B-'), shared: false },
    { name: 'one id in common among thousands', mine: many('A-'), theirs: [...many('B-'), 'A-4321'], shared: true },
    { name: 'a prefix is not the id', mine: ['A-1'], theirs: ['A-12', 'A-'], shared: false },
    { name: 'ids beyond Latin-1', mine: ['事件-1'], theirs: ['事件-2', '事件-1'], shared: true },
    { name: 'ids too long for the byte pages', mine: ['x'.repeat(300)], theirs: ['x'.repeat(300)], shared: true },
    { name: 'an empty table', mine: many('A-'), theirs: [], shared: false },
  ])('$name', ({ mine, theirs, shared }) => {
    // Sent as a worker sends it (a structured clone), and looked up from either side.
    expect(table(mine).sharesAny(structuredClone(table(theirs).data()))).toBe(shared);
    expect(SeenIds.of(structuredClone(table(theirs).data()), 'b.csv').sharesAny(table(mine).data())).toBe(shared);
  });
});

describe('cuts and line counts', () => {
  let path: string;
  const text = Array.from({ length: 3000 }, (_, i) => `row-${i},${'x'.repeat(i % 37)}`).join('\n') + '\n';
  beforeAll(() => {
    path = join(tempDir(), 'lines.csv');
    writeFileSync(path, text);
  });

  it('cuts just after a line feed, in order, never at the ends', () => {
    const fd = openSync(path, 'r');
    try {
      for (const parts of [2, 3, 7, 64]) {
        const cuts = cutPoints(fd, 100, text.length, parts);
        expect(cuts.length).toBe(parts - 1);
        for (const [i, cut] of cuts.entries()) {
          expect(text[cut - 1]).toBe('\n');
          expect(cut).toBeGreaterThan(i === 0 ? 100 : cuts[i - 1]!);
          expect(cut).toBeLessThan(text.length);
        }
      }
      // The first part weighted: 1.5 shares against 1, so the one cut is at 60% of the bytes or just after.
      const [weighted] = cutPoints(fd, 0, text.length, 2, 1.5);
      expect(weighted! / text.length).toBeGreaterThanOrEqual(0.6);
      expect(weighted! / text.length).toBeLessThan(0.61);
      // No line start after the last line feed: no cut.
      expect(cutPoints(fd, text.length - 3, text.length, 2)).toEqual([]);
    } finally {
      closeSync(fd);
    }
  });

  it('prefers a cut between two lines without quotes, so a two-line quoted note is not cut', () => {
    const noteRows = Array.from({ length: 2000 }, (_, i) => `id-${i},"first line of a note\nsecond line",x`).join('\n') + '\n';
    const plainAt = noteRows.length;
    const notes = join(tempDir(), 'notes.csv');
    writeFileSync(notes, `${noteRows}plain-1,a,b\nplain-2,a,b\nplain-3,a,b\n${noteRows}`);
    const fd = openSync(notes, 'r');
    try {
      // Every line break before the plain rows has a quote beside it: the cut waits for them.
      const size = 2 * plainAt + 'plain-1,a,b\n'.length * 3;
      // One share against three: the target is a quarter of the way in, among the notes.
      const [cut] = cutPoints(fd, 0, size, 2, 1 / 3);
      expect(cut).toBe(plainAt + 'plain-1,a,b\n'.length);
    } finally {
      closeSync(fd);
    }
  });

  it('counts line feeds before a byte and finds where a line starts', () => {
    const fd = openSync(path, 'r');
    try {
      const at = text.indexOf('row-1500,');
      expect(countLines(fd, at, 10)).toEqual({ before: 1500, lineStart: text.indexOf('row-10,') });
      expect(countLines(fd, text.length, 0, at).before).toBe(1500);
    } finally {
      closeSync(fd);
    }
  });

  it('splits a file only when each part is worth a thread, unless told how many', () => {
    const MB = 1024 * 1024;
    expect(partCount(5 * MB, undefined, 8)).toBe(1);
    expect(partCount(63 * MB, undefined, 2)).toBe(2);
    expect(partCount(40 * MB, undefined, 8)).toBe(5);
    expect(partCount(MB, 3, 2)).toBe(3);
  });
});
