// The one line an unexpected error becomes, wherever it is caught (the CLI's run, or the process's
// last resort in main.ts): never a stack trace unless --debug asks for it.
import { escapeText } from '../text/escape.js';

export function internalErrorText(e: unknown, debug: boolean): string {
  const err = e as Error | undefined;
  const line = escapeText(String(err?.message ?? e).split('\n')[0] ?? '');
  const stack = debug && err?.stack ? `${err.stack}\n` : '';
  return `case-audit: internal error: ${line}${debug ? '' : ' (run with --debug for details)'}\n${stack}`;
}
