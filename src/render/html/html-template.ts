// HTML built with a tagged template that escapes every interpolated value unless it is already
// HTML built the same way: a case id, a caption or a force name can never become markup.
import { escapeHtml } from '../../text/escape.js';

/** Markup made by `html` (or a constant of ours): inserted as it is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Value = Html | string | number | null | undefined | false | readonly Value[];

function piece(value: Value): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(piece).join('');
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'number') return String(value);
  return escapeHtml(value as string);
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => (out += piece(value) + strings[i + 1]!));
  return new Html(out);
}

/** A constant of ours (CSS, a fixed fragment) that holds no value from the input. */
export const trusted = (text: string) => new Html(text);

/**
 * Fragments, or escaped texts, one after another.
 * @internal exported for its own tests
 */
export const join = (values: readonly Value[], separator = ''): Html => new Html(values.map(piece).join(separator));
