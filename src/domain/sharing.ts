// What an output made for sharing says about how it was made (issue 28): the fingerprint of the
// pseudonym key, and the small-number rule. Renderers print it at the top of JSON and on the front
// of HTML and workbooks; it never holds the key itself.
export interface Sharing {
  /** The first 12 hex characters of SHA-256 of the key (`--pseudonymise`). */
  pseudonymKey?: string;
  /** `--suppress N`: counts from 1 to N-1 are not shown. */
  suppression?: { below: number };
}

/** The top-level JSON keys of a shared output (none without a key or a threshold). */
export function sharingJson(sharing: Sharing | undefined): Sharing {
  if (!sharing) return {};
  return {
    ...(sharing.pseudonymKey === undefined ? {} : { pseudonymKey: sharing.pseudonymKey }),
    ...(sharing.suppression === undefined ? {} : { suppression: sharing.suppression }),
  };
}

/** The words on the front of an HTML page or a workbook; none when nothing was done for sharing. */
export function sharingLines(sharing: Sharing | undefined): string[] {
  const lines: string[] = [];
  if (sharing?.pseudonymKey !== undefined)
    lines.push(`Case ids and auditor codes are pseudonyms made with the key whose fingerprint is ${sharing.pseudonymKey}.`);
  if (sharing?.suppression !== undefined) lines.push(suppressionRule(sharing.suppression.below));
  return lines;
}

/** The rule, as stated under every table and on the front page. */
export function suppressionRule(below: number): string {
  return `Counts from 1 to ${below - 1} are shown as <${below}; [x] is a count hidden so that no total gives a smaller one away; shares on fewer than ${below} cases are not shown; case ids are not listed.`;
}

/** What `check-share` found at a place of an output: never the value itself. */
export interface ShareFinding {
  place: string;
  rule: 'original-id' | 'original-auditor' | 'small-count' | 'free-text';
  message: string;
}
