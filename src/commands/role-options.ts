// The role options of `compare --between A,B` and `sample --second-marker`: parsed at the command
// line, then checked against the roles the programme declares (usage errors, exit 2).
import { didYouMean } from '../text/did-you-mean.js';
import { UsageError } from '../domain/errors.js';
import type { Grade } from '../domain/grades.js';
import type { Scale } from '../domain/scale.js';
import { quote } from '../text/escape.js';

/** `--between A,B`: two different role ids, as written (checked against the programme later). */
export function parseBetween(value: string): [string, string] {
  const parts = value.split(',').map((p) => p.trim().toLowerCase());
  if (parts.length !== 2 || parts.some((p) => p === '') || parts[0] === parts[1]) {
    throw new UsageError(
      `--between takes two different roles separated by a comma (for example --between self,independent), got ${quote(value)}`,
    );
  }
  return [parts[0]!, parts[1]!];
}

/** A role named on the command line must be one the programme knows. */
export function checkRole(flag: string, role: string, known: readonly string[]): string {
  const found = known.find((r) => r.toLowerCase() === role.toLowerCase());
  if (found) return found;
  throw new UsageError(
    `${flag}: unknown role ${quote(role)}${didYouMean(role, known)}; the roles are ${known.join(', ')} (declare others under roles: in programme.yaml)`,
  );
}

/** `--rate 10%`: a share of the assessed cases, more than 0% and at most 100%. */
export function parseRate(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  const pct = m ? Number(m[1]) : NaN;
  if (!(pct > 0 && pct <= 100))
    throw new UsageError(`--rate takes a percentage above 0% and at most 100% (for example --rate 10%), got ${quote(value)}`);
  return pct / 100;
}

/** `--focus GRADE`: a grade of the programme's scale, in any of its spellings. */
export function parseFocus(value: string, scale: Scale): Grade {
  const grade = scale.parse(value);
  if (!grade) throw new UsageError(`--focus takes a grade; expected one of ${scale.spellings.join(', ')}, got ${quote(value)}`);
  return grade;
}
