// The shell's small conventions shared by every command: --format matched case-insensitively,
// `--output -` as stdout, and each command's examples and exit codes in its --help.
import type * as Commander from 'commander';
import { requireCjs } from '../text/require-cjs.js';
import { UsageError } from '../domain/errors.js';
import { quote } from '../text/escape.js';

const { InvalidArgumentError, Option } = requireCjs('commander') as typeof Commander;
type Command = Commander.Command;
type Option = Commander.Option;

/** `--format` with its choices listed in --help, accepted in any case (`JSON`, `Csv`). */
export function formatOption(formats: readonly string[], defaultFormat: string): Option {
  return new Option('-f, --format <format>', 'output format')
    .choices(formats)
    .default(defaultFormat)
    .argParser((value: string) => {
      const format = value.toLowerCase();
      if (!formats.includes(format)) throw new InvalidArgumentError(`Allowed choices are ${formats.join(', ')}.`);
      return format;
    });
}

/** `--output -` is stdout; `--output ''` names no file and is a usage error. */
export function normaliseOutput(options: { output?: string }): void {
  if (options.output === '') throw new UsageError('--output needs a file name (or - for stdout)');
  if (options.output === '-') delete options.output;
}

const EXAMPLES: Record<string, string[]> = {
  score: [
    'case-audit score cases.csv',
    'case-audit score -f csv -o scores.csv cases/*.csv',
    'case-audit score --columns team,officer register.csv',
  ],
  report: ['case-audit report cases.csv', 'case-audit report -f markdown -o report.md 2017/*.csv', 'case-audit report --by team cases.csv'],
  compare: ['case-audit compare cases.csv', 'case-audit compare -f json cases.csv', 'case-audit compare --by team cases.csv'],
  validate: ['case-audit validate cases.csv', 'case-audit validate --strict -f json forms/*.csv'],
  'criteria validate': ['case-audit criteria validate', 'case-audit criteria validate my-criteria -f github'],
  'criteria list': ['case-audit criteria list', 'case-audit criteria list -c my-criteria -f markdown'],
  'criteria schema': [
    'case-audit criteria schema -o criteria.schema.json',
    'case-audit criteria schema --of recommendations -o recommendations.schema.json',
  ],
  referrals: [
    'case-audit referrals cases/*.csv --log referrals.csv',
    'case-audit referrals cases/*.csv --log referrals.xlsx --overdue-days 14 -f json',
  ],
  actions: [
    'case-audit actions recs.yaml 2023/*.csv 2024/*.csv',
    'case-audit actions --as-of 2024-03-31 -f json recs.yaml rounds/*.csv',
    'case-audit actions recs.yaml rounds/*.csv -o actions.xlsx',
  ],
  dashboard: [
    'case-audit dashboard rounds/*.csv -o board.html',
    'case-audit dashboard rounds/*.csv --recommendations recs.yaml --log referrals.csv -o board.xlsx',
    'case-audit dashboard rounds/*.csv --recommendations recs.yaml --as-of 2025-06-30 -f json',
  ],
  template: ['case-audit template domestic-abuse -o da-form.csv', 'case-audit template da -f yaml'],
  sample: [
    'case-audit sample register.csv --size 40 --seed 7 -o form.csv',
    'case-audit sample register.csv --quota da=5 --exclude done.csv',
    'case-audit sample register.csv --size 20 --recommendation R1 --recommendations recs.yaml',
  ],
  plan: [
    'case-audit plan --margin 5',
    'case-audit plan register.csv --margin 10 --share 0.3',
    'case-audit plan --change 15 --from 0.5 --power 0.9',
    'case-audit plan register.csv --agreement --margin 10 --share 0.8',
  ],
};

const EXIT_CODES = `Exit codes:
  0  success
  1  the input was read but fails a check (a rejected row, invalid criteria; with --strict an ungraded case)
  2  usage error or unreadable input`;

/** Help text after the options: two or three examples, then the exit codes. */
export function examplesHelp(cmd: Command): () => string {
  return () => {
    const name = cmd.parent && cmd.parent.name() !== 'case-audit' ? `${cmd.parent.name()} ${cmd.name()}` : cmd.name();
    const examples = EXAMPLES[name] ?? [];
    return `${examples.length ? `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n` : ''}\n${EXIT_CODES}\n`;
  };
}

/** Commander collector for repeatable options (--quota, --map, --type-map). */
export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** --seed: a whole number a draw can be repeated with. */
export function parseSeed(value: string): number {
  if (!/^\d{1,16}$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`--seed takes a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${quote(value)}`);
  }
  return Number(value);
}
