// The shell: options, commands, exit codes. It returns an exit code and never calls process.exit,
// so tests run it in-process with fake streams. Commands are imported only when they run.
import type * as Commander from 'commander';
import { requireCjs } from '../text/require-cjs.js';
import { collect, examplesHelp, formatOption, normaliseOutput, parseSeed } from './conventions.js';
import { outputFormat } from './output-format.js';
import { VERSION } from './version.js';
import type { CommonOptions } from '../commands/context.js';
import { InputError, Reported, UsageError } from '../domain/errors.js';
import type { Io } from '../domain/io.js';
import { escapeText } from '../text/escape.js';
import { internalErrorText } from './internal-error.js';
import { WEIGHTS } from '../statistics/kappa.js';
import { parseBetween, parseRate } from '../commands/role-options.js';
import { INPUT_ENCODINGS } from '../load/inputs/encodings.js';
import { expandFileArgs } from '../load/inputs/file-args.js';
import { FORM_FORMATS, formatsOf } from '../render/formats.js';

const { Command, CommanderError, Option } = requireCjs('commander') as typeof Commander;
type Command = Commander.Command;
type Option = Commander.Option;

type Action = (args: unknown[], options: CommonOptions & Record<string, unknown>, io: Io) => Promise<number>;

function commonOptions(cmd: Command, formats: readonly string[], defaultFormat: string): Command {
  return cmd
    .option('-c, --criteria <dir>', 'criteria directory (default: the bundled criteria/)')
    .addOption(formatOption(formats, defaultFormat))
    .option(
      '-o, --output <file>',
      'write to this file (atomically) instead of stdout; - is stdout; .html, .csv, .json, .md, .xlsx... set the format',
    )
    .option('--force-name <name>', "the police force's name, when the files don't say")
    .option('--inspectorate <name>', "who graded independently, in headings (default: programme.yaml's inspectorate)")
    .option('--round <label>', "the audit round of case files that name none (a file's own round wins)")
    .option('--no-color', 'no colour (also NO_COLOR)')
    .option('--strict', 'an ungraded case also fails the run (exit 1)')
    .addOption(new Option('--delimiter <char>', 'CSV delimiter (default: detected from the header)').choices([',', ';', '\t', 'tab']))
    .option('--sheet <name>', 'workbook (.xlsx) inputs: the sheet to read (default: the first visible sheet)')
    .addOption(
      new Option(
        '--map <column=header>',
        "read the register's header as a case file column, e.g. case_id=Ref; carry=Comments carries a column whose name says free text (repeatable)",
      ).argParser(collect),
    )
    .option('--map-file <file>', 'a YAML file with columns:, carry: and types: blocks mapping a register to case file columns and types')
    .addOption(
      new Option('--type-map <code=type>', "read the register's type code as a case type, e.g. DA=domestic-abuse (repeatable)").argParser(
        collect,
      ),
    )
    .addOption(
      new Option('--encoding <name>', 'read case files in this encoding (default: UTF-8, or UTF-16 with a BOM)').choices(INPUT_ENCODINGS),
    )
    .addOption(
      new Option('--max-errors <n>', 'problems printed per file; the rest are counted').default(50).argParser(positiveInt('--max-errors')),
    )
    .option('-q, --quiet', 'errors only: no warnings, progress line or accounting line on a clean run')
    .option('--debug', 'show stack traces of internal errors')
    .addHelpText('after', examplesHelp(cmd));
}

function positiveInt(flag: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1)
      throw new UsageError(`${flag} takes a whole number of at least 1, got ${JSON.stringify(value)}`);
    return Number(value);
  };
}

/** Most threads a run starts: more than the cores only adds start-up. */
const MAX_THREADS = 64;

function threadsOption(): Option {
  return new Option(
    '--threads <n>',
    'read a large CSV file in this many parts at once (default: one per core, for files over 8 MB each; 1: one thread)',
  ).argParser((value) => {
    const n = positiveInt('--threads')(value);
    if (n > MAX_THREADS) throw new UsageError(`--threads takes at most ${MAX_THREADS}, got ${n}`);
    return n;
  });
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  let debug = argv.includes('--debug');
  const program = new Command('case-audit')
    .description('Audit child-protection case files the way police inspectorates do.')
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // One line, suggestion included: "unknown command 'scor' (Did you mean score?)".
      outputError: (s, write) =>
        write(
          `case-audit: ${s
            .replace(/^error: /, '')
            .trim()
            .replace(/\s*\n\s*/g, ' ')} (see case-audit --help)\n`,
        ),
    });

  const action =
    (load: () => Promise<Action>) =>
    async (...params: unknown[]) => {
      const cmd = params[params.length - 1] as Command;
      const options = cmd.opts() as CommonOptions & Record<string, unknown>;
      if (options.delimiter === 'tab') options.delimiter = '\t';
      outputFormat(cmd, options, io.stdout.isTTY === true);
      normaliseOutput(options);
      debug ||= options.debug === true;
      // Glob patterns in file arguments are expanded here, as Windows shells leave them (load/file-args.ts).
      if (Array.isArray(params[0])) params[0] = await expandFileArgs(params[0] as string[]);
      if (Array.isArray(options.exclude)) options.exclude = await expandFileArgs(options.exclude as string[]);
      const fn = await load();
      exitCode = await fn(params.slice(0, -2), options, io);
    };

  commonOptions(
    program
      .command('score')
      .description('one row per case: grades, unmet criteria, referral, override')
      .argument('<files...>', 'case files (CSV, YAML or XLSX; - for stdin)'),
    formatsOf('score'),
    'table',
  )
    .option('--columns <names>', 'carried columns (team,officer...) to show in the table; CSV and JSON carry them all')
    .action(action(() => import('../commands/score.js').then((m) => m.scoreCommand)));

  commonOptions(
    program
      .command('report')
      .description("the report's case-file analysis: summary, Tables 1 to 10, referrals, common themes")
      .argument('<files...>', 'case files (CSV, YAML or XLSX; - for stdin)'),
    formatsOf('report'),
    'table',
  )
    .addOption(new Option('--themes <n>', 'criteria listed per table as common themes').default(3).argParser(positiveInt('--themes')))
    .option('--by <column>', 'also break the tables down by the values of a carried column (team, officer...)')
    .addOption(threadsOption())
    .action(action(() => import('../commands/report.js').then((m) => m.reportCommand)));

  commonOptions(
    program
      .command('compare')
      .description("self-assessment against the independent grades: matrix, agreement, Cohen's kappa")
      .argument('<files...>', 'case files (CSV, YAML or XLSX; - for stdin)'),
    formatsOf('compare'),
    'table',
  )
    .addOption(new Option('--weights <w>', 'weights of the weighted kappa').choices(WEIGHTS).default('linear'))
    .addOption(
      new Option('--between <A,B>', 'the two assessor roles to compare (default self,independent); adds criterion calibration').argParser(
        parseBetween,
      ),
    )
    .option(
      '--by <column>',
      'also compare per value of a carried column (team, officer...); --by auditor: agreement per auditor of the first role',
    )
    .addOption(threadsOption())
    .action(action(() => import('../commands/compare.js').then((m) => m.compareCommand)));

  commonOptions(
    program
      .command('trend')
      .description('audit rounds side by side: grade shares with 95% intervals, changes, tables, criteria')
      .argument('<files...>', 'case files of every round (CSV, YAML or XLSX; - for stdin)'),
    formatsOf('trend'),
    'table',
  )
    .option('--role <role>', 'whose grades to show (default: independent)')
    .option('--between <A,B>', 'also show the A-vs-B gap per round (e.g. self,independent)')
    .option('--order <r1,r2,...>', 'the rounds in this order (default: as first met in the files)')
    .action(action(async () => (await import('../commands/trend.js')).trendCommand));

  commonOptions(
    program
      .command('validate')
      .description('check case files against the criteria without scoring')
      .argument('<files...>', 'case files (CSV, YAML or XLSX; - for stdin)'),
    formatsOf('validate'),
    'table',
  ).action(action(() => import('../commands/validate.js').then((m) => m.validateCommand)));

  const criteria = program.command('criteria').description('check, list and describe a criteria directory');
  commonOptions(
    criteria
      .command('validate')
      .description('check a criteria directory (for CI); every problem as file:line:col')
      .argument('[dir]', 'criteria directory (default: the bundled criteria/)'),
    formatsOf('criteria validate'),
    'text',
  )
    .option('--verbose', 'also say which files are skipped')
    .action(action(() => import('../commands/criteria-validate.js').then((m) => m.criteriaValidateCommand)));
  commonOptions(
    criteria
      .command('list')
      .description('case types, report tables and criteria')
      .argument('[dir]', 'criteria directory (default: --criteria or the bundled criteria/)'),
    formatsOf('criteria list'),
    'table',
  ).action(action(() => import('../commands/criteria-list.js').then((m) => m.criteriaListCommand)));
  commonOptions(
    criteria.command('schema').description('the JSON Schema of a criteria file, for editors'),
    formatsOf('criteria schema'),
    'json',
  ).action(action(() => import('../commands/criteria-schema.js').then((m) => m.criteriaSchemaCommand)));

  commonOptions(
    program.command('template').description('a blank form to fill in for one case type').argument('<case-type>', 'case type id or alias'),
    formatsOf('template'),
    'csv',
  ).action(action(() => import('../commands/template.js').then((m) => m.templateCommand)));

  commonOptions(
    program
      .command('sample')
      .description('a reproducible dip sample from a case register, written as a blank form to fill in and score')
      .argument('<files...>', 'the register (CSV, YAML or XLSX case files; - for stdin)')
      .addOption(
        new Option('--size <n>', 'draw n cases, stratified by case type in proportion to the register').argParser(positiveInt('--size')),
      )
      .addOption(
        new Option('--quota <type=n>', 'exactly n cases of this type (id or alias; repeatable); other types are not sampled').argParser(
          collect,
        ),
      )
      .addOption(
        new Option('--min-per-type <k>', 'with --size: at least k cases of every type (or all it has)').argParser(
          positiveInt('--min-per-type'),
        ),
      )
      .addOption(
        new Option('--seed <n>', 'the same register, options and seed give the same sample (default: picked and printed)').argParser(
          parseSeed,
        ),
      )
      .option('--exclude <files...>', 'case files already audited: their case ids are left out (put it after the register)')
      .addOption(new Option('--form-format <format>', "the form's format (overrides --format; xlsx needs --output)").choices(FORM_FORMATS))
      .option(
        '--second-marker <role>',
        'a moderation sample: cases already graded, drawn for this role to re-mark blind (a long-form form)',
      )
      .option('--first-marker <role>', 'with --second-marker: whose grading is moderated (default self)')
      .addOption(
        new Option('--rate <pct>', 'with --second-marker: this share of the graded cases, rounded up (e.g. 10%)').argParser(parseRate),
      )
      .addOption(
        new Option('--min-per-auditor <k>', "with --second-marker: at least k of every auditor's cases (default 1)").argParser(
          positiveInt('--min-per-auditor'),
        ),
      )
      .addOption(
        new Option('--focus <grade>', "with --second-marker: at least half of each auditor's draw from the cases graded this way"),
      ),
    formatsOf('sample'),
    'csv',
  ).action(action(() => import('../commands/sample.js').then((m) => m.sampleCommand)));

  // Bare `case-audit` (or `case-audit criteria`) asks what there is: help on stdout, exit 0.
  const bare = argv.length === 0 ? program : argv.length === 1 && argv[0] === 'criteria' ? criteria : undefined;
  if (bare) {
    io.stdout.write(bare.helpInformation());
    return 0;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    return handleError(e, io, debug);
  }
}

function handleError(e: unknown, io: Io, debug: boolean): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    // Commander printed its one-line message through outputError; usage errors are exit 2.
    return 2;
  }
  if (e instanceof Reported) return e.exitCode;
  if (e instanceof UsageError) {
    io.stderr.write(`case-audit: ${escapeText(e.message)} (see case-audit --help)\n`);
    return 2;
  }
  if (e instanceof InputError) {
    io.stderr.write(`${escapeText(e.file)}${e.line ? `:${e.line}` : ''}: ${escapeText(e.message)}\n`);
    return e.exitCode;
  }
  io.stderr.write(internalErrorText(e, debug));
  return 2;
}
