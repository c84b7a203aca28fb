// Large YAML case files read case by case (issue 30 item 4): the cut into cases, and the same cases,
// rejections and messages at the same file:line:col as parsing the file whole, on small files cut
// as a large one is (wholeBelow 0), fed in chunks of any size.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CRITERIA } from '../../src/commands/context.js';
import { loadCriteriaDir } from '../../src/load/criteria/criteria-dir.js';
import type { ByteSource } from '../../src/load/inputs/input.js';
import { loadYaml } from '../../src/load/yaml/yaml-cases.js';
import { YamlSplitter } from '../../src/load/yaml/yaml-split.js';
import { chunked } from '../helpers/chunked.js';

const criteria = loadCriteriaDir(BUNDLED_CRITERIA).set!;

/** Every call the loader makes, in order, as text: cases with their source line, messages with their place. */
async function calls(text: string, cut: boolean, { chunk = 7, maxWhole = 3 * 1024 * 1024 } = {}): Promise<string[]> {
  const out: string[] = [];
  const bytes = Buffer.from(text);
  const open = () => chunked(bytes, chunk) as unknown as ByteSource;
  const place = (d: { line: number; col?: number; rule: string; message: string }) => `${d.line}:${d.col ?? '-'} ${d.rule} ${d.message}`;
  await loadYaml(
    'in.yaml',
    open(),
    criteria,
    {
      onWideRow: (r) => out.push(`wide ${r.map((a) => `${a.caseId}/${a.role}/${a.grade}@${a.source.line}`).join(' ')}`),
      onLongRow: (r) => out.push(`long ${r.map((a) => `${a.caseId}/${a.role}/${a.grade}@${a.source.line}`).join(' ')}`),
      onReject: (d) => out.push(`reject ${place(d)}`),
      onDiagnostic: (d) => out.push(`${d.severity} ${place(d)}`),
      onForce: (f) => out.push(`force ${f}`),
      onColumns: (c) => out.push(`columns ${JSON.stringify(c)}`),
    },
    { round: 'R' },
    open,
    cut ? { wholeBelow: 0, maxWhole } : undefined,
  );
  return out;
}

const CASES = [
  'force: Testshire Police # a comment',
  'round: 2024-Q1',
  '',
  'cases:',
  '  # the first case',
  '  - id: A-1',
  '    type: da',
  '    self_grade: good',
  '    findings: { DA1: met, DA2: not met }',
  '    notes: |',
  '      a note over',
  '',
  '      three lines',
  '  - id: A-2',
  '    type: domestic-abuse',
  '    findings:',
  '      DA1: met',
  '      DA9: met',
  '  - id: A-3',
  '    type: nosuch',
  '  - "not a mapping"',
  '  - id: A-4',
  '    type: da',
  '    self_grade:',
  '    colour: blue',
  '    notes: plain',
  '  - id: A-5',
  '    type: da',
  '    assessments:',
  '      - { assessor: self, grade: good, findings: { DA1: met } }',
  '      - assessor: independent',
  '        grade: nosuch',
  '',
].join('\n');

describe('a large YAML case file, read case by case', () => {
  it('cuts the plain layout into the head and one piece per case, each placed at its own lines', () => {
    const s = new YamlSplitter();
    const pieces = [...s.push(CASES.slice(0, 100)), ...s.push(CASES.slice(100)), ...s.end()];
    expect(s.unsplittable).toBe(false);
    expect(pieces.map((p) => [p.kind, p.line])).toEqual([
      ['head', 1],
      ['case', 4],
      ['case', 13],
      ['case', 18],
      ['case', 20],
      ['case', 21],
      ['case', 26],
    ]);
    // A case's piece is "cases:" and its own lines, comments and blank lines before the next dash included.
    expect(pieces[2]!.text).toBe('cases:\n  - id: A-2\n    type: domestic-abuse\n    findings:\n      DA1: met\n      DA9: met');
    expect(pieces[0]!.text.split('\n')).toHaveLength(4);
  });

  it.each([
    ['a flow list', 'cases: [ { id: A } ]\n'],
    ['a document marker', '---\ncases:\n  - id: A\n'],
    ['a key after the list', 'cases:\n  - id: A\nround: x\n'],
    ['a lone CR line break', 'cases:\r  - id: A\r'],
    ['a tab before an item', 'cases:\n\t- id: A\n'],
    ['no cases key', 'force: x\n'],
    ['a list at the top', '- id: A\n'],
  ])('leaves %s whole', (_name, text) => {
    const s = new YamlSplitter();
    s.push(text);
    s.end();
    expect(s.unsplittable).toBe(true);
  });

  it.each([1, 7, 64, 100_000])('gives the same cases, rejections and messages as parsing it whole (chunks of %i bytes)', async (chunk) => {
    const whole = await calls(CASES, false, { chunk });
    expect(await calls(CASES, true, { chunk })).toEqual(whole);
    // What the whole parse gives, written out by hand: the cases and their lines are not computed here.
    expect(whole).toEqual([
      'force Testshire Police',
      'wide A-1/self/good@6 A-1/independent/null@6',
      'reject 18:7 unknown-finding case "A-2": findings key "DA9" is not a criterion; domestic-abuse has DA1, DA2, DA3, DA4, DA5, DA6, DA7, DA8',
      expect.stringMatching(/^reject 20:11 unknown-case-type case "A-3": /),
      'reject 21:5 invalid-case case 4: expected a mapping with id, type and findings',
      'columns {"carried":["colour"],"freeText":[]}',
      'warning 25:5 unknown-key key "colour" is not a case field: carried along, not scored',
      'wide A-4/independent/null@22',
      'long A-5/self/good@30',
      expect.stringMatching(/^reject 32:16 invalid-value case "A-5", assessment 2: grade /),
    ]);
  });

  it('the fixtures read the same cut into cases as whole (CRLF, a BOM, comments, errors)', async () => {
    for (const name of [
      'gloucestershire-2017.yaml',
      'rounds/2025-q1.yaml',
      'privacy/cases.yaml',
      'bad/syntax-error.yaml',
      'bad/proto-key.yaml',
      'bad/merge-key.yaml',
      'bad/case-not-mapping.yaml',
      'bad/bom.yaml',
      'bad/js-tag.yaml',
      'bad/alias-bomb.yaml',
    ]) {
      const text = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
      for (const t of [text, text.replaceAll('\n', '\r\n')]) expect(await calls(t, true), name).toEqual(await calls(t, false));
    }
  });

  it.each([
    ['a bad indent in the second case', 'force: x\ncases:\n  - id: A\n    type: da\n  - id: B\n     type: da\n  - id: C\n'],
    ['a duplicate key in a case', 'cases:\n  - id: A\n    type: da\n  - id: B\n    type: da\n    id: C\n'],
    ['an unknown top-level key', 'forse: x\ncases:\n  - id: A\n    type: da\n'],
  ])('a file-level error (%s) is where parsing the file whole puts it, and no case is read', async (_name, text) => {
    const whole = await calls(text, false);
    expect(whole.every((c) => c.startsWith('error '))).toBe(true);
    // maxWhole 0: too large to parse whole, so the message is the case's own piece's.
    expect(await calls(text, true, { maxWhole: 0 })).toEqual(whole);
  });

  it('an error the parser places at the end of what it read is placed in its case, not at the end of the file', async () => {
    // Parsed whole, the parser runs on to the end of the file; cut, to the end of the case.
    const quote = 'cases:\n  - id: A\n    type: da\n  - id: B\n    type: da\n  - id: "C\n    type: da\n  - id: D\n';
    expect(await calls(quote, false)).toEqual([
      'error 6:9 yaml-syntax YAML: this quoted value is never closed (it runs to line 9); add the closing quote',
    ]);
    expect(await calls(quote, true, { maxWhole: 0 })).toEqual([
      'error 6:9 yaml-syntax YAML: this quoted value is never closed (it runs to line 7); add the closing quote',
    ]);
    const flow = 'cases:\n  - id: A\n  - id: B\n    findings: { DA1: met\n  - id: C\n';
    expect(await calls(flow, false)).toEqual([expect.stringMatching(/^error 5:3 yaml-syntax YAML: Flow map in block collection/)]);
    expect(await calls(flow, true, { maxWhole: 0 })).toEqual([
      expect.stringMatching(/^error 4:25 yaml-syntax YAML: Flow map in block collection/),
    ]);
  });

  it('refuses a large file it cannot cut, saying how to lay it out', async () => {
    const r = await calls('cases: [ { id: A, type: da } ]\n', true, { maxWhole: 0 });
    expect(r).toEqual([expect.stringMatching(/^error 0:- file-too-large this YAML case file is not a plain block list of cases/)]);
  });
});
