// What each command's --help lists: its own options first (--between, --by...), then the options
// every command shares, leaving out the shared ones that do nothing for it (template reads no case
// files, so --strict, --map or --round mean nothing there). Only the help changes: the options are
// defined, and accepted, where they always were.
import type * as Commander from 'commander';
import { requireCjs } from '../text/require-cjs.js';

const { Help } = requireCjs('commander') as typeof Commander;
type Command = Commander.Command;
type Option = Commander.Option;

/** The shared options about reading case files: nothing to a command that reads none. */
const READING = [
  '--force-name',
  '--inspectorate',
  '--round',
  '--strict',
  '--delimiter',
  '--sheet',
  '--map',
  '--map-file',
  '--type-map',
  '--encoding',
  '--max-errors',
];

/** The options every command is given (program.ts `commonOptions`), by long name. */
const SHARED = new Set(['--criteria', '--format', '--output', '--no-color', '--quiet', '--debug', ...READING]);

/** Shared options a command has but never uses, by command path. */
const NOT_APPLICABLE: Readonly<Record<string, readonly string[]>> = {
  score: ['--inspectorate'],
  validate: ['--force-name', '--inspectorate'],
  // A register is ungraded by nature (sample.ts): --strict has nothing to say.
  sample: ['--inspectorate', '--strict'],
  template: READING,
  'criteria validate': READING,
  'criteria list': READING,
  'criteria schema': READING,
};

/** "criteria validate" for a subcommand of criteria, "score" for a command of the program. */
function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

const isShared = (o: Option) => o.long !== undefined && SHARED.has(o.long);

/** Commander's help with the options ordered and filtered as above. */
export const helpOrder: Partial<Commander.Help> = {
  visibleOptions(this: Commander.Help, cmd: Command): Option[] {
    const all = Help.prototype.visibleOptions.call(this, cmd);
    const hidden = NOT_APPLICABLE[commandPath(cmd)] ?? [];
    const shared = all.filter((o) => isShared(o) && !hidden.includes(o.long!));
    // Help (-h) is neither: it stays last, as commander puts it.
    const help = all.filter((o) => o.long === '--help');
    const own = all.filter((o) => !isShared(o) && o.long !== '--help');
    return [...own, ...shared, ...help];
  },
};
