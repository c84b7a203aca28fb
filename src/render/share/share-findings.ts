// `check-share`'s answer: each finding at its place (never the value), then one line of verdict.
import type { ShareFinding } from '../../domain/sharing.js';

export interface ShareReport {
  file: string;
  below: number;
  /** How many case files the ids were checked against (0: ids not checked). */
  against: number;
  findings: readonly ShareFinding[];
}

function checked(r: ShareReport): string {
  const ids =
    r.against > 0 ? `original ids of ${r.against} case file${r.against === 1 ? '' : 's'}` : 'no ids (give the case files with --against)';
  return `checked for ${ids}, counts below ${r.below}, free-text columns`;
}

export function shareText(r: ShareReport): string {
  const lines = r.findings.map((f) => `${f.place}: ${f.message}\n`);
  const verdict =
    r.findings.length === 0
      ? `${r.file}: nothing found that should not leave the force (${checked(r)})\n`
      : `${r.file}: ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}: not safe to share as it is (${checked(r)})\n`;
  return lines.join('') + verdict;
}

export function shareJson(r: ShareReport): string {
  return `${JSON.stringify({ file: r.file, safe: r.findings.length === 0, below: r.below, againstFiles: r.against, findings: r.findings }, null, 2)}\n`;
}
