// The bad-input corpus: every file in fixtures/bad/ (and the binary, big and special files made
// below) run through the CLI in-process. Each gets its exit code, `file:line[:col]: message` lines
// that say what was wrong and what was expected, and never a stack trace. The cases where a real
// process is the point (a heap limit, another user, Node's own warnings) are bad-input.process.test.ts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bad, type BadCase, expectBadInput, ids, score } from './helpers/bad-input.js';
import { runCli } from './helpers/cli.js';
import { DA_HEADER, daRow, tempDir } from './helpers/tmp.js';
import { hasTool } from './helpers/tools.js';

const tmp = tempDir();
const made = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const manyErrors = made(
  'many-errors.csv',
  [DA_HEADER, ...Array.from({ length: 60 }, (_, i) => daRow(`M-${i + 1}`, '', 'y,y,y,maybe,y,y,y,y'))].join('\n'),
);

const CASES: BadCase[] = [
  // Files that cannot be parsed at all: content problems, exit 1 (docs/input-rules.md).
  {
    name: 'empty file',
    args: () => score(bad('empty.csv')),
    code: 1,
    lines: [[bad('empty.csv:1'), 'the file is empty; expected a header row']],
  },
  { name: 'only a BOM (CSV)', args: () => score(bad('only-bom.csv')), code: 1, lines: [[bad('only-bom.csv:1'), 'the file is empty']] },
  {
    name: 'only a BOM (YAML)',
    args: () => score(bad('only-bom.yaml')),
    code: 1,
    lines: [[bad('only-bom.yaml:1'), 'the file is empty; expected a mapping with a "cases:" list']],
  },
  {
    name: 'header only',
    args: () => score(bad('header-only.csv')),
    code: 0,
    lines: [[bad('header-only.csv'), 'warning: no cases in this file; expected case rows']],
  },
  {
    name: 'binary garbage',
    args: () =>
      score(
        made(
          'garbage.csv',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]),
        ),
      ),
    code: 1,
    lines: [[`${tmp}/garbage.csv:3`, 'contains a NUL byte (0x00): this is not a text file']],
  },
  {
    name: 'Windows-1252 (old Excel)',
    args: () =>
      score(
        made(
          'cp1252.csv',
          Buffer.concat([
            Buffer.from(`${DA_HEADER},team\n${daRow('W-1')},North\n${daRow('W-2')},`),
            Buffer.from([0x43, 0x61, 0x66, 0xe9]),
            Buffer.from('\n'),
          ]),
        ),
      ),
    code: 1,
    // The column of the bad byte too, and the --encoding that reads it (issue 16, item 2).
    lines: [
      [
        `${tmp}/cp1252.csv:3:${`${daRow('W-2')},Caf`.length + 1}`,
        'not valid UTF-8: byte 0xE9 (a file saved by older Excel is usually Windows-1252 or Latin-1): expected UTF-8',
      ],
    ],
  },
  {
    name: 'NUL bytes in a text file',
    args: () => score(made('nul.csv', `${DA_HEADER}\n${daRow('N-1')}\n${daRow('N-2', 'a\0note')}\n`)),
    code: 1,
    lines: [[`${tmp}/nul.csv:3`, 'NUL byte']],
  },
  {
    name: 'UTF-16 without a BOM',
    args: () => score(made('utf16-no-bom.csv', Buffer.from(`${DA_HEADER}\n${daRow('U-1')}\n`, 'utf16le'))),
    code: 1,
    lines: [[`${tmp}/utf16-no-bom.csv:1`, 'UTF-16 without a byte order mark']],
  },

  // CSV rows and headers.
  {
    name: 'unclosed quote: the line where it opened',
    args: () => score(bad('unclosed-quote.csv')),
    code: 1,
    lines: [[bad('unclosed-quote.csv:6'), 'a quoted field opened in the record starting here is never closed']],
    check: (r) => expect(ids(r.stdout)).toEqual(['U-1', 'U-2', 'U-3']),
  },
  {
    name: "too many and too few fields, at each record's first line",
    args: () => score(bad('field-count.csv')),
    code: 1,
    lines: [
      [bad('field-count.csv:3'), 'row has 16 fields, the header has 15'],
      [bad('field-count.csv:4'), 'row has 14 fields, the header has 15'],
      [bad('field-count.csv:5'), 'row has 16 fields, the header has 15'],
    ],
    check: (r) => {
      expect(ids(r.stdout)).toEqual(['F-1', 'F-5']);
      expect(r.stderr).toContain('5 read = 2 graded + 0 ungraded + 3 rejected');
    },
  },
  {
    name: 'duplicate header names',
    args: () => score(bad('duplicate-header.csv')),
    code: 1,
    lines: [[bad('duplicate-header.csv:1:11'), 'column "da2" appears twice (columns 5 and 11); each column name must be unique']],
  },
  {
    name: 'required column missing',
    args: () => score(bad('missing-column.csv')),
    code: 1,
    lines: [[bad('missing-column.csv:1'), 'required column "case_type" is missing; the header must include case_id and case_type']],
  },
  {
    name: 'invalid grade lists the spellings',
    args: () => score(bad('invalid-grade.csv')),
    code: 1,
    lines: [
      [
        bad('invalid-grade.csv:2:3'),
        'case "G-1": self_grade is not a grade; expected one of good, g, requires improvement, requiring improvement, requires_improvement, ri, inadequate, i',
      ],
    ],
    check: (r) => expect(ids(r.stdout)).toEqual(['G-2']),
  },
  {
    name: 'invalid finding',
    args: () => score(bad('invalid-finding.csv')),
    code: 1,
    lines: [[bad('invalid-finding.csv:2:10'), 'DA3 is not a finding; expected one of y, yes, met']],
  },
  {
    name: "a finding on another type's criterion",
    args: () => score(bad('foreign-criterion.csv')),
    code: 1,
    lines: [[bad('foreign-criterion.csv:2:16'), 'column CPE1 belongs to section-47, but this case is domestic-abuse; leave it blank']],
  },
  {
    name: 'override without a reason',
    args: () => score(bad('override-without-reason.csv')),
    code: 1,
    lines: [[bad('override-without-reason.csv:2'), 'an override needs an override_reason']],
  },
  {
    name: 'duplicate case id, in one file and across files: both places named',
    args: () => score(bad('duplicate-id.csv'), bad('duplicate-id-other.csv')),
    code: 1,
    lines: [
      [bad('duplicate-id.csv:4'), `case id "D-1" is already used at ${bad('duplicate-id.csv:2')}; case ids must be unique`],
      [bad('duplicate-id-other.csv:3'), `case id "D-2" is already used at ${bad('duplicate-id.csv:3')}`],
    ],
  },
  {
    name: "Excel's sep=; line: delimiter taken, lines still counted from the top",
    args: () => score(bad('sep-hint.csv')),
    code: 1,
    lines: [[bad('sep-hint.csv:4:8'), 'case "S-2": DA4 is not a finding']],
    check: (r) => expect(ids(r.stdout)).toEqual(['S-1']),
  },
  {
    name: 'a CRLF file with one LF line (hand-edited): rows kept apart, lines right',
    args: () => score(bad('mixed-line-endings.csv')),
    code: 1,
    lines: [[bad('mixed-line-endings.csv:4:3'), 'case "X-3": self_grade is not a grade']],
    check: (r) => expect(ids(r.stdout)).toEqual(['X-1', 'X-2']),
  },
  {
    name: 'BOM before a quoted header',
    args: () => score(bad('bom-quoted-header.csv')),
    code: 0,
    lines: [],
    check: (r) => expect(ids(r.stdout)).toEqual(['B-1']),
  },
  {
    name: 'non-breaking and zero-width spaces around header names',
    args: () => score(bad('invisible-spaces.csv')),
    code: 0,
    lines: [],
    check: (r) => expect(JSON.parse(r.stdout)).toMatchObject([{ caseId: 'W-1', grade: 'good', missing: [] }]),
  },

  // YAML.
  {
    name: 'YAML syntax error at line:col, no excerpt',
    args: () => score(bad('syntax-error.yaml')),
    code: 1,
    lines: [[bad('syntax-error.yaml:6:5'), 'YAML: Flow map in block collection must be sufficiently indented and end with a }']],
    check: (r) => expect(r.stderr).not.toContain('NOTE-SECRET-123'),
  },
  {
    name: 'cases not a list',
    args: () => score(bad('cases-not-list.yaml')),
    code: 1,
    lines: [[bad('cases-not-list.yaml:3:3'), 'expected a mapping with a "cases:" list of cases']],
  },
  {
    name: 'a case not a mapping',
    args: () => score(bad('case-not-mapping.yaml')),
    code: 1,
    lines: [[bad('case-not-mapping.yaml:5:5'), 'case 2: expected a mapping with id, type and findings']],
    check: (r) => expect(ids(r.stdout)).toEqual(['Y-1', 'Y-3']),
  },
  {
    name: 'alias bomb: rejected in well under a second',
    args: () => score(bad('alias-bomb.yaml')),
    code: 1,
    lines: [[bad('alias-bomb.yaml:1'), 'too many aliases (more than 100)']],
  },
  {
    name: '__proto__ and constructor as keys',
    args: () => score(bad('proto-key.yaml')),
    code: 1,
    lines: [
      [bad('proto-key.yaml:4:97'), 'case "P-1": findings key "__proto__" is not a criterion id'],
      [bad('proto-key.yaml:9:7'), 'case "P-2": findings key "constructor" is not a criterion id'],
      [bad('proto-key.yaml:12:5'), 'case "P-3": key "__proto__" is not allowed'],
    ],
    check: (r) => expect(r.stderr).toContain('3 read = 0 graded + 0 ungraded + 3 rejected'),
  },
  {
    name: 'numeric-looking ids stay as written (007, 29 digits, 1e3)',
    args: () => score(bad('numeric-id.yaml')),
    code: 0,
    lines: [],
    check: (r) => expect(ids(r.stdout)).toEqual(['007', '12345678901234567890123456789', '1e3']),
  },
  {
    name: '%YAML 1.1 changes nothing: 010 stays "010", `on` is not a yes/no',
    args: () => score(bad('yaml-1.1.yaml')),
    code: 1,
    lines: [[bad('yaml-1.1.yaml:10:20'), 'case "0x1F": referred_back expected yes or no']],
    check: (r) => expect(JSON.parse(r.stdout)).toMatchObject([{ caseId: '010', referredBack: false }]),
  },
  {
    name: 'merge keys are refused, not half-applied',
    args: () => score(bad('merge-key.yaml')),
    code: 1,
    lines: [[bad('merge-key.yaml:6:5'), 'case "K-2": merge keys (<<) are not supported; write each key out']],
  },
  {
    name: 'tags such as !!js/function',
    args: () => score(bad('js-tag.yaml')),
    code: 1,
    lines: [[bad('js-tag.yaml:3:11'), 'tags are not supported, write plain values']],
  },
  {
    name: 'BOM before a YAML document',
    args: () => score(bad('bom.yaml')),
    code: 0,
    lines: [],
    check: (r) => expect(ids(r.stdout)).toEqual(['B-1']),
  },

  // Files that cannot be opened: exit 2 at once, one line each, nothing read.
  {
    name: 'missing file and a directory',
    args: () => score(bad('no-such-file.csv'), 'fixtures/bad', bad('empty.csv')),
    code: 2,
    lines: [
      [bad('no-such-file.csv'), 'cannot open: no such file'],
      ['fixtures/bad', 'cannot read: is a directory, expected a regular file'],
    ],
    check: (r) => expect(r.stderr.trim().split('\n')).toHaveLength(2),
  },
  {
    name: 'a FIFO: refused at once, no hang',
    needs: ['mkfifo'],
    args: () => {
      const path = join(tmp, 'fifo.csv');
      const made = spawnSync('mkfifo', [path]);
      if (made.error || made.status !== 0) throw new Error('mkfifo is needed by this test and was not found or failed');
      return score(path);
    },
    code: 2,
    lines: [[`${tmp}/fifo.csv`, 'cannot read: is a pipe (FIFO), expected a regular file']],
  },
  {
    name: 'a device',
    args: () => score('/dev/zero'),
    code: 2,
    lines: [['/dev/zero', 'cannot read: is a device or socket, expected a regular file']],
  },
  {
    name: '--output in a missing folder',
    args: () => ['score', '--output', join(tmp, 'no-such-folder/out.json'), 'fixtures/gloucestershire-2017.csv'],
    code: 2,
    lines: [[`${tmp}/no-such-folder/out.json`, `cannot write: folder ${tmp}/no-such-folder does not exist`]],
  },
  {
    name: 'a criteria directory that does not exist',
    args: () => ['score', '--criteria', 'no-such-criteria', 'fixtures/gloucestershire-2017.csv'],
    code: 2,
    lines: [['no-such-criteria', 'no such criteria directory; expected a directory of criteria YAML files']],
  },

  // Messages are safe to print.
  {
    name: 'escape sequences and bidi marks in a file name and a value are escaped',
    args: () =>
      score(
        made(
          'evil\x1b[2J\nname.csv',
          `${DA_HEADER}\n${daRow('E-1\x1b[31m\u202e')}\n${daRow('E-2').replace(',,,,no', ',\x1b]0;title\x07,,,no')}\n`,
        ),
      ),
    code: 1,
    lines: [
      [`${tmp}/evil\\x1b[2J\\nname.csv:2`, 'case id "E-1\\x1b[31m\\u202e" contains a control or invisible character (U+001B)'],
      [`${tmp}/evil\\x1b[2J\\nname.csv:3:3`, 'case "E-2": self_grade is not a grade'],
    ],
    check: (r) => ['\x1b', '\x07', '\u202e'].forEach((ch) => expect(r.stderr).not.toContain(ch)),
  },
  {
    name: 'after 50 problems in a file the rest are counted',
    args: () => score(manyErrors),
    code: 1,
    lines: [
      [`${tmp}/many-errors.csv:51:11`, 'case "M-50": DA4 is not a finding'],
      [`${tmp}/many-errors.csv`, '10 more problems not shown (--max-errors 50)'],
    ],
    check: (r) => {
      expect(r.stderr).not.toContain('"M-51"');
      expect(r.stderr).toContain('60 read = 0 graded + 0 ungraded + 60 rejected');
    },
  },
  {
    name: '--max-errors N',
    args: () => ['score', '--max-errors', '5', manyErrors],
    code: 1,
    lines: [[`${tmp}/many-errors.csv`, '55 more problems not shown (--max-errors 5)']],
    check: (r) => expect(r.stderr.split('\n').filter((l) => l.includes('is not a finding'))).toHaveLength(5),
  },
];

describe('bad input: a clear error, its place, the right exit code, no stack trace', () => {
  const check = async (c: BadCase) => expectBadInput(c, await runCli(c.args()));
  const runnable = (c: BadCase) => (c.needs ?? []).every(hasTool);
  it.each(CASES.filter(runnable))('$name', check);
  // A case whose tools (mkfifo) are missing is listed as skipped, naming them, not dropped.
  for (const c of CASES.filter((c) => !runnable(c)))
    it.skip(`${c.name} (skipped: needs ${c.needs!.join(', ')}, not found on PATH)`, () => check(c));
});

it('__proto__ in a case file touches no prototype (in-process)', async () => {
  const r = await runCli(['score', '--format', 'json', bad('proto-key.yaml')]);
  expect(r.code).toBe(1);
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('isAdmin');
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
});
