// The bad-input corpus: every file in fixtures/bad/ (and the binary, big and special files made
// below) run through the real CLI. Each gets its exit code, `file:line[:col]: message` lines that
// say what was wrong and what was expected, and never a stack trace.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { DA_HEADER, daRow, STACK, tempDir } from './helpers/tmp.js';
import { hasTool } from './helpers/tools.js';

const tmp = tempDir();
const bad = (name: string) => `fixtures/bad/${name}`;
const made = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
// Root reads anything: the permission cases run the CLI as nobody instead, where nobody can reach
// the checkout. A checkout under a 0700 folder (root's home in a container) is out of nobody's reach:
// those cases are then skipped, and test/load/permissions.test.ts covers the messages in-process.
const asRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const nobodyReaches =
  !asRoot ||
  spawnSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1], 4)', join(ROOT, 'bin/case-audit.js')], {
    ...NOBODY,
    stdio: 'ignore',
  }).status === 0;

function spawn(args: string[], extra: { nodeArgs?: string[]; asNobody?: boolean } = {}) {
  const r = spawnSync(process.execPath, [...(extra.nodeArgs ?? []), join(ROOT, 'bin/case-audit.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 15_000,
    ...(extra.asNobody && asRoot ? NOBODY : {}),
  });
  // A hang (a FIFO read, a runaway parse) ends at the timeout with no status: -1 fails every case.
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const manyErrors = made(
  'many-errors.csv',
  [DA_HEADER, ...Array.from({ length: 60 }, (_, i) => daRow(`M-${i + 1}`, '', 'y,y,y,maybe,y,y,y,y'))].join('\n'),
);

const ids = (stdout: string) => (JSON.parse(stdout) as Array<{ caseId: string }>).map((c) => c.caseId);

interface BadCase {
  name: string;
  args: () => string[];
  code: number;
  /** Lines that must appear on stderr: [place, fragment of the message]. */
  lines: Array<[string, string]>;
  /** What else to check: stdout, timing. */
  check?: (r: ReturnType<typeof spawn>) => void;
  nodeArgs?: string[];
  asNobody?: boolean;
  /** Programs the case runs (checked for on PATH; the case is skipped, naming them, without). */
  needs?: string[];
}

const score = (...files: string[]) => ['score', '--format', 'json', ...files];

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
    name: 'a 10 MB field: rejected quickly, in bounded memory',
    args: () =>
      score(
        made('huge-field.csv', `${DA_HEADER}\n${daRow('H-1')}\n${daRow('H-2', `"${'x'.repeat(10 * 1024 * 1024)}"`)}\n${daRow('H-3')}\n`),
      ),
    nodeArgs: ['--max-old-space-size=96'],
    code: 1,
    lines: [[`${tmp}/huge-field.csv:3`, 'record larger than 1,000,000 characters; the rest of the file was not read']],
    // Bounded memory is what --max-old-space-size=96 asserts; the row before is still scored.
    check: (r) => expect(ids(r.stdout)).toEqual(['H-1']),
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
  {
    name: "the yaml library's own warnings never reach the terminal",
    args: () => score(made('collection-key.yaml', 'cases:\n  - id: X\n    type: domestic-abuse\n    ? [a, b]\n    : x\n')),
    code: 0,
    lines: [],
    check: (r) => expect(r.stderr).not.toMatch(/\(node:\d+\)|stringified/),
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
    name: 'unreadable file',
    args: () => {
      const path = made('unreadable.csv', `${DA_HEADER}\n`);
      chmodSync(path, 0o000);
      return score(path);
    },
    asNobody: true,
    code: 2,
    lines: [[`${tmp}/unreadable.csv`, 'cannot open: permission denied']],
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
    name: '--output in a folder that is not writable',
    args: () => {
      const dir = join(tmp, 'read-only');
      mkdirSync(dir, { recursive: true });
      chmodSync(dir, 0o555);
      return ['score', '--output', join(dir, 'out.json'), 'fixtures/gloucestershire-2017.csv'];
    },
    asNobody: true,
    code: 2,
    lines: [[`${tmp}/read-only/out.json`, 'is not writable (permission denied)']],
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
  const check = (c: BadCase) => {
    const r = spawn(c.args(), { ...(c.nodeArgs ? { nodeArgs: c.nodeArgs } : {}), ...(c.asNobody ? { asNobody: true } : {}) });
    const lines = r.stderr.split('\n');
    for (const [place, fragment] of c.lines) {
      const found = lines.some((l) => l.startsWith(`${place}: `) && l.includes(fragment));
      expect(found, `stderr has "${place}: ...${fragment}..."\n${r.stderr}`).toBe(true);
    }
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toContain('internal error');
    expect(r.code, r.stderr).toBe(c.code);
    c.check?.(r);
  };
  const runnable = (c: BadCase) => !c.asNobody && (c.needs ?? []).every(hasTool);
  it.each(CASES.filter(runnable))('$name', check);
  // Skipped only where they cannot mean anything: root reads every file, so these run as nobody.
  it.skipIf(!nobodyReaches).each(CASES.filter((c) => c.asNobody))(
    '$name (as uid 65534 when root; skipped when it cannot reach the checkout)',
    check,
  );
  // A case whose tools (mkfifo, bash, head) are missing is listed as skipped, naming them, not dropped.
  for (const c of CASES.filter((c) => !c.asNobody && !runnable(c)))
    it.skip(`${c.name} (skipped: needs ${c.needs!.join(', ')}, not found on PATH)`, () => check(c));
});

it('__proto__ in a case file touches no prototype (in-process)', async () => {
  const r = await runCli(['score', '--format', 'json', bad('proto-key.yaml')]);
  expect(r.code).toBe(1);
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('isAdmin');
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
});
