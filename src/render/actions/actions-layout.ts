// What every text format of `actions` shows, as rows of words: the headline, the self-assessment
// gap for actions (recorded achieved where the audits do not show it, and the reverse), one row per
// recommendation, and each recommendation's rounds. Renderers escape and lay these out.
import type { ActionsItem, ActionsModel, ActionsRound } from '../../summarise/actions/actions-model.js';
import { STATUS_LABELS } from '../../summarise/actions/actions-model.js';
import { percent } from '../terminal/text-kit.js';

const pct = (x: number | null) => (x === null ? 'n/a' : percent(x, 1));
const range = (i: readonly [number, number] | null) => (i === null ? '' : `${percent(i[0], 1)} to ${percent(i[1], 1)}`);
/** A difference of shares in percentage points, signed: "-30.0", "+3.7", "0.0". */
const points = (x: number) => {
  const text = (Math.abs(x) * 100).toFixed(1);
  return `${x > 0 && text !== '0.0' ? '+' : x < 0 && text !== '0.0' ? '-' : ''}${text}`;
};

export const SUMMARY_HEAD = ['Recommendations', 'Recorded achieved', 'Improved', 'No clear change', 'Worse', 'Not re-audited', 'Overdue'];

export function summaryRow(m: ActionsModel): number[] {
  const s = m.summary;
  return [s.total, s.recordedAchieved, s.improved, s.noClearChange, s.worse, s.notReaudited, s.overdue];
}

export function title(m: ActionsModel): string {
  return m.source ? `Recommendations: ${m.source}` : 'Recommendations';
}

/** The headline, then when due dates were counted to. */
export function lead(m: ActionsModel): string[] {
  return [`${m.headline}.`, `Due dates counted to ${m.asOf}: ${m.summary.overdue} overdue.`];
}

/** The self-assessment gap for actions, as sentences (none when recorded and shown agree). */
export function gapLines(m: ActionsModel): string[] {
  const ids = (kind: ActionsItem['mismatch']) => m.recommendations.filter((r) => r.mismatch === kind).map((r) => r.id);
  const notShown = ids('recorded achieved, not shown');
  const notRecorded = ids('shown, not recorded');
  const out: string[] = [];
  if (notShown.length) out.push(`Recorded as achieved where the audits do not show improvement: ${notShown.join(', ')}.`);
  if (notRecorded.length) out.push(`Improvement shown by the audits but not recorded as achieved: ${notRecorded.join(', ')}.`);
  return out;
}

export const MAIN_HEAD = ['ID', 'Status', 'Due', 'Owner', 'Evidence', 'Unmet: baseline, latest', 'Change (interval), pts', 'Verdict'];

function evidence(r: ActionsItem): string {
  return [...r.criteria, ...r.areas.map((a) => `area ${a}`)].join(', ');
}

export function mainRows(m: ActionsModel): string[][] {
  return m.recommendations.map((r) => {
    const base = r.rounds[0]!;
    const latest = r.change ? r.rounds.find((x) => x.round === r.change!.to)! : null;
    const c = r.change;
    return [
      r.id,
      STATUS_LABELS[r.status],
      `${r.due}${r.overdue ? ' (overdue)' : ''}`,
      r.owner,
      evidence(r),
      latest ? `${pct(base.share)}, ${pct(latest.share)}` : pct(base.share),
      c ? `${points(c.difference)} (${points(c.differenceInterval[0])} to ${points(c.differenceInterval[1])})` : '',
      `${r.verdict}${r.mismatch ? `; ${r.mismatch}` : ''}`,
    ];
  });
}

export const ROUND_HEAD = ['ID', 'Round', 'Cases', 'Applied', 'Unmet', 'Share unmet', '95% interval'];

export function roundRows(m: ActionsModel): Array<Array<string | number>> {
  return m.recommendations.flatMap((r) =>
    r.rounds.map((x: ActionsRound) => [r.id, x.round, x.n, x.applied, x.unmet, pct(x.share), range(x.interval)]),
  );
}

export const TEXT_HEAD = ['ID', 'Recommendation'];

export function textRows(m: ActionsModel): string[][] {
  return m.recommendations.map((r) => [r.id, r.text]);
}

export const NOTES_HEADING = 'How to read this';

export function notes(m: ActionsModel): string[] {
  return [
    `Evidence: per round, the ${'graded'} independent assessments where the recommendation's criteria applied; the share is unmet findings of applied ones (met, partly met or unmet).`,
    'Improved: the share unmet fell from the baseline round to the latest round that re-audited the criteria, and the change is significant.',
    m.intervalNote,
  ];
}
