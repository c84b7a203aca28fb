// The whole document: one self-contained file with no script and no request. Its
// Content-Security-Policy allows nothing but its own stylesheet (by hash), so even markup that
// slipped through escaping could not run a script, load an image or a font, or send a form.
import { sharingLines, type Sharing } from '../../domain/sharing.js';
import { createHash } from 'node:crypto';
import { html, trusted, type Html } from './html-template.js';
import { STYLE } from './style.js';

/** The policy for a page whose one stylesheet is `style`. */
const csp = (style: string) =>
  [
    "default-src 'none'",
    "script-src 'none'",
    `style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

/**
 * `sharing`: what was done for sharing, said first on the page (src/domain/sharing.ts). `more`: rules
 * a page adds after the shared stylesheet, in the same one style element (so under the same hash).
 */
export function page(title: string, body: Html, sharing?: Sharing, more = ''): string {
  const style = STYLE + more;
  const said = sharingLines(sharing);
  const doc = html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp(style)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="case-audit">
<title>${title}</title>
<style>${trusted(style)}</style>
</head>
<body>
${
  said.length
    ? html`<p class="sharing">${said.join(' ')}</p>
`
    : ''
}${body}
</body>
</html>
`;
  return doc.text;
}
