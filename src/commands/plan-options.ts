// `plan`'s options: each figure parsed at the command line (points, shares, levels), then one goal
// chosen from them, with a usage error (exit 2) for anything missing, out of range or mixed.
import { UsageError } from '../domain/errors.js';
import { quote } from '../text/escape.js';
import type { PlanGoal } from '../summarise/plan/plan-sizes.js';

export interface PlanOptions {
  /** Points, e.g. 5 for +-5 points. */
  margin?: number;
  /** Fractions 0..1. */
  share?: number;
  from?: number;
  power?: number;
  level?: number;
  /** Signed points. */
  change?: number;
  agreement?: boolean;
}

const NUMBER = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(%?)\s*$/;

/** `--margin 5` or `5%`: points of a percentage, above 0 and below 50. */
export function parseMargin(value: string): number {
  const m = NUMBER.exec(value);
  const points = m ? Number(m[1]) : NaN;
  if (!(points > 0 && points < 50)) {
    throw new UsageError(
      `--margin takes percentage points above 0 and below 50 (for example --margin 5 for +-5 points), got ${quote(value)}`,
    );
  }
  return points / 100;
}

/** `--change 10` or `-10`: points of a percentage, not 0, from -100 to 100. */
export function parseChange(value: string): number {
  const m = NUMBER.exec(value);
  const points = m ? Number(m[1]) : NaN;
  if (!(points !== 0 && Math.abs(points) <= 100)) {
    throw new UsageError(
      `--change takes percentage points, not 0 (for example --change 10, or --change -10 for a fall), got ${quote(value)}`,
    );
  }
  return points / 100;
}

/** A share as 0.3 or 30%; `open`: strictly between 0 and 1 (a power or a level). */
function fraction(flag: string, example: string, open: boolean) {
  return (value: string): number => {
    const m = NUMBER.exec(value);
    const x = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
    const ok = open ? x > 0 && x < 1 : x >= 0 && x <= 1;
    if (!ok) {
      const range = open ? 'above 0 and below 1' : 'from 0 to 1';
      throw new UsageError(`${flag} takes a fraction ${range} or a percentage (for example ${example}), got ${quote(value)}`);
    }
    return x;
  };
}

export const parseShare = fraction('--share', '--share 0.3 or --share 30%', false);
export const parseFrom = fraction('--from', '--from 0.3 or --from 30%', false);
export const parsePower = fraction('--power', '--power 0.9 or --power 90%', true);
export const parseLevel = fraction('--level', '--level 0.9 or --level 90%', true);

const GOALS =
  'say what to plan for: --margin POINTS (a grade share within +-POINTS), --change POINTS --from P (a change between two rounds), or --agreement --margin POINTS (agreement in a moderation sample)';

/** The one goal the options ask for. */
export function planGoal(o: PlanOptions): PlanGoal {
  const level = o.level ?? 0.95;
  if (o.change !== undefined) {
    if (o.margin !== undefined || o.agreement) {
      throw new UsageError('--change plans for a change between rounds; --margin and --agreement plan for an estimate: give one goal');
    }
    if (o.share !== undefined) throw new UsageError("with --change, give the first round's share as --from P (--share goes with --margin)");
    if (o.from === undefined)
      throw new UsageError("--change needs --from P: the grade's share in the first round (for example --from 0.3)");
    const after = o.from + o.change;
    if (after < 0 || after > 1) {
      throw new UsageError(
        `--from ${o.from} with --change ${+(o.change * 100).toFixed(6)} gives a share of ${+(after * 100).toFixed(6)}% after the change; a share runs from 0% to 100%`,
      );
    }
    const power = o.power ?? 0.8;
    // The test's own false-alarm rate is the least power any sample has.
    if (power <= 1 - level) {
      throw new UsageError(
        `--power ${power} is no more than the test's false-alarm rate (${+(1 - level).toFixed(6)} at --level ${level}); ask for more power`,
      );
    }
    return { kind: 'change', from: o.from, change: o.change, power, level };
  }
  if (o.from !== undefined) throw new UsageError('--from goes with --change POINTS (a change between rounds)');
  if (o.power !== undefined) throw new UsageError('--power goes with --change POINTS (a change between rounds)');
  if (o.margin === undefined)
    throw new UsageError(o.agreement ? '--agreement needs --margin POINTS: how close the agreement figure must be' : GOALS);
  if (o.agreement) return { kind: 'agreement', margin: o.margin, agreement: o.share ?? 0.5, level };
  return { kind: 'share', margin: o.margin, share: o.share ?? 0.5, level };
}
