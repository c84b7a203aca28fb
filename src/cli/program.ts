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
import { helpOrder } from './help-order.js';
import { WEIGHTS } from '../statistics/kappa.js';
import { parseBetween, parseRate } from '../commands/role-options.js';
import { parseChange, parseFrom, parseLevel, parseMargin, parsePower, parseShare } from '../commands/plan-options.js';
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

/** Commands that print case ids or auditor codes: each becomes a keyed pseudonym (docs/sharing.md). */
function pseudonymiseOption(): Option {
  return new Option(
    '--pseudonymise <keyfile>',
    'print keyed pseudonyms (c-..., a-...) for case ids and auditor codes (key: case-audit key new)',
  );
}

/** `--suppress N` on every command that publishes counts (docs/sharing.md). */
function suppressOption(): Option {
  return new Option(
    '--suppress <n>',
    'for publication: counts from 1 to n-1 shown as <n, the cells that would give them away hidden, no case ids; the accounting line on stderr is not hidden (it is for the operator, not for publication)',
  ).argParser(positiveInt('--suppress'));
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  let debug = argv.includes('--debug');
  const program = new Command('case-audit')
    .description('Audit child-protection case files the way police inspectorates do.')
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .showSuggestionAfterError(true)
    // Before any command is made: commands copy their parent's help configuration.
    .configureHelp(helpOrder)
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
    .addOption(pseudonymiseOption())
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
    .option(
      '--by <column>',
      'also break the tables down by the values of a carried column (team, officer...); --by auditor: the auditor code of the assessment counted',
    )
    .addOption(threadsOption())
    .addOption(pseudonymiseOption())
    .addOption(suppressOption())
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
    .option('--all-roles', "every assessor role at once: Krippendorff's alpha with a bootstrap interval, and each two roles' agreement")
    .addOption(threadsOption())
    .addOption(pseudonymiseOption())
    .addOption(suppressOption())
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
    .addOption(pseudonymiseOption())
    .option('--per-comparison', 'each change and trend test at 95% on its own (default: all together at 95%, Bonferroni)')
    .addOption(suppressOption())
    .addOption(threadsOption())
    .action(action(async () => (await import('../commands/trend.js')).trendCommand));

  commonOptions(
    program
      .command('actions')
      .description("recommendations against the audits' evidence: recorded status, due dates, change since the baseline round")
      .argument('<recommendations>', 'the recommendations file (YAML; see case-audit criteria schema --of recommendations)')
      .argument('<files...>', 'case files of every round (CSV, YAML or XLSX; - for stdin)'),
    formatsOf('actions'),
    'table',
  )
    .option('--as-of <date>', 'count due dates to this day, yyyy-mm-dd or dd/mm/yyyy (default: today)')
    .addOption(suppressOption())
    .action(action(() => import('../commands/actions.js').then((m) => m.actionsCommand)));

  commonOptions(
    program
      .command('referrals')
      .description('the referral safety net: cases referred back or suggested for referral, joined with the referrals log')
      .argument('<files...>', 'case files (CSV, YAML or XLSX)'),
    formatsOf('referrals'),
    'table',
  )
    .option('--log <file>', 'the referrals log (CSV or XLSX): case_id, round, status, date, by, reason, note')
    .addOption(
      new Option('--overdue-days <n>', 'a referral with no response after this many days is overdue')
        .default(28)
        .argParser(positiveInt('--overdue-days')),
    )
    .option('--as-of <date>', 'count days to this day, yyyy-mm-dd or dd/mm/yyyy (default: today)')
    .addOption(threadsOption())
    .addOption(pseudonymiseOption())
    .action(action(() => import('../commands/referrals.js').then((m) => m.referralsCommand)));

  commonOptions(
    program
      .command('dashboard')
      .description(
        "the performance dashboard: the latest round's tables, the trend, the self-assessment gap, recommendations and referrals on one page",
      )
      .argument('<files...>', 'case files of every round (CSV, YAML or XLSX; - for stdin)'),
    formatsOf('dashboard'),
    'html',
  )
    .option('--recommendations <file>', "also each recommendation's evidence, as actions gives it (the recommendations file, YAML)")
    .option('--log <file>', 'also the referral safety net, as referrals gives it (the referrals log, CSV or XLSX)')
    .option('--as-of <date>', 'count due dates and overdue days to this day, yyyy-mm-dd or dd/mm/yyyy (default: today)')
    .addOption(
      new Option('--overdue-days <n>', 'with --log: a referral with no response after this many days is overdue')
        .default(28)
        .argParser(positiveInt('--overdue-days')),
    )
    .option('--order <r1,r2,...>', 'the rounds in this order, the last the latest (default: as first met in the files)')
    .addOption(pseudonymiseOption())
    .addOption(suppressOption())
    .action(action(() => import('../commands/dashboard.js').then((m) => m.dashboardCommand)));

  commonOptions(
    program
      .command('validate')
      .description('check case files against the criteria without scoring')
      .argument('<files...>', 'case files (CSV, YAML or XLSX; - for stdin)'),
    formatsOf('validate'),
    'table',
  )
    .addOption(pseudonymiseOption())
    .action(action(() => import('../commands/validate.js').then((m) => m.validateCommand)));

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
  )
    .addOption(new Option('--of <file>', 'the schema of which file').choices(['criteria', 'recommendations']).default('criteria'))
    .action(action(() => import('../commands/criteria-schema.js').then((m) => m.criteriaSchemaCommand)));

  commonOptions(
    program.command('template').description('a blank form to fill in for one case type').argument('<case-type>', 'case type id or alias'),
    formatsOf('template'),
    'csv',
  )
    .addOption(pseudonymiseOption())
    .action(action(() => import('../commands/template.js').then((m) => m.templateCommand)));

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
      .addOption(new Option('--focus <grade>', "with --second-marker: at least half of each auditor's draw from the cases graded this way"))
      .option('--recommendation <id>', "a targeted re-audit: draw only the case types this recommendation's criteria apply to")
      .option('--recommendations <file>', 'with --recommendation: the recommendations file that holds it'),
    formatsOf('sample'),
    'csv',
  )
    .addOption(pseudonymiseOption())
    .action(action(() => import('../commands/sample.js').then((m) => m.sampleCommand)));

  const key = program.command('key').description('pseudonym keys for sharing outside the force');
  key
    .command('new')
    .description('write a fresh 256-bit pseudonym key, readable by its owner only (never overwrites a file)')
    .argument('<keyfile>', 'the key file to write')
    .action(action(() => import('../commands/key.js').then((m) => m.keyNewCommand)));

  commonOptions(
    program
      .command('reveal')
      .description('each case id and auditor code of a register beside its pseudonym: for the key holder to trace a case back')
      .argument('<files...>', 'the register (CSV, YAML or XLSX case files; - for stdin)'),
    formatsOf('reveal'),
    'csv',
  )
    .addOption(pseudonymiseOption())
    .action(action(() => import('../commands/reveal.js').then((m) => m.revealCommand)));

  commonOptions(
    program
      .command('check-share')
      .description('before an output leaves the force: does it hold an original id, a small count or a free-text column? (exit 1 if so)')
      .argument('<file>', 'the output to check (CSV, JSON, XLSX or HTML)'),
    formatsOf('check-share'),
    'text',
  )
    .option('--against <files...>', 'the case files whose original case ids and auditor codes must not appear (put it after the file)')
    .addOption(new Option('--suppress <n>', 'counts from 1 to n-1 must not appear (default 5)').argParser(positiveInt('--suppress')))
    .action(action(() => import('../commands/check-share.js').then((m) => m.checkShareCommand)));

  commonOptions(
    program
      .command('plan')
      .description('how many cases to dip: per case type and in all, for a margin on a share, a change between rounds, or agreement')
      .argument('[register...]', "the register, for each case type's number of cases (CSV, YAML or XLSX; - for stdin)")
      .addOption(
        new Option('--margin <points>', "estimate a grade's share within +-points (with --agreement: the agreement)").argParser(
          parseMargin,
        ),
      )
      .addOption(new Option('--share <p>', 'the share expected, 0.3 or 30% (default 0.5, the most cases)').argParser(parseShare))
      .addOption(
        new Option('--change <points>', "detect a change of this many points in a grade's share between two rounds").argParser(parseChange),
      )
      .addOption(new Option('--from <p>', "with --change: the grade's share in the first round, 0.3 or 30%").argParser(parseFrom))
      .addOption(new Option('--power <p>', 'with --change: the chance of seeing a real change (default 0.8)').argParser(parsePower))
      .option('--agreement', 'with --margin: agreement in a moderation sample (--share: the agreement expected)')
      .addOption(new Option('--level <p>', 'confidence level (default 0.95)').argParser(parseLevel)),
    formatsOf('plan'),
    'table',
  ).action(action(() => import('../commands/plan.js').then((m) => m.planCommand)));

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
