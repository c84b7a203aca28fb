// Colour as an option, decided once by the shell: renderers never look at the terminal.
import { Chalk } from 'chalk';

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  /** A grade's colour by its place on the scale: the best green, the worst red, the rest amber. */
  grade(place: { index: number; of: number }, s: string): string;
  warn(s: string): string;
}

export function paint(color: boolean): Paint {
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    grade: ({ index, of }, s) => (index === 0 ? c.green(s) : index === of - 1 ? c.red(s) : c.yellow(s)),
    warn: (s) => c.yellow(s),
  };
}

/** Whether to colour: a TTY, no NO_COLOR, no --no-color (chalk 5 ignores NO_COLOR itself). */
export function wantColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>, flag: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
