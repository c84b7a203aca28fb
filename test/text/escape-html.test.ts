// HTML escaping and the template that applies it: values from the input are text, never markup.
import { describe, expect, it } from 'vitest';
import { html, join, trusted } from '../../src/render/html/html-template.js';
import { escapeHtml } from '../../src/text/escape.js';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["O'Brien & Sons", 'O&#39;Brien &amp; Sons'],
    ['&lt;', '&amp;lt;'],
    ['plain GC-001', 'plain GC-001'],
  ])('%s', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });

  it('shows control, bidi and invisible characters as the terminal escaping does, so nothing is hidden or reordered', () => {
    expect(escapeHtml('a\u202eb\u200bc\x1b[31m\nd')).toBe('a\\u202eb\\u200bc\\x1b[31m\\nd');
  });
});

describe('the html template', () => {
  it('escapes every value, keeps markup made by html, joins lists and drops empties', () => {
    const id = '<b>x</b>';
    const inner = html`<i>${id}</i>`;
    const out = html`<p title="${'a"b'}">${inner} ${[id, inner]} ${3} ${null}${undefined}${false}</p>`;
    expect(out.text).toBe('<p title="a&quot;b"><i>&lt;b&gt;x&lt;/b&gt;</i> &lt;b&gt;x&lt;/b&gt;<i>&lt;b&gt;x&lt;/b&gt;</i> 3 </p>');
  });

  it('trusted text and join', () => {
    expect(html`${trusted('<hr>')}`.text).toBe('<hr>');
    expect(join(['<', html`<br>`], ',').text).toBe('&lt;,<br>');
  });
});
