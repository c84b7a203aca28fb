// GitHub-flavoured Markdown tables: pipes and newlines in cells escaped so a table never breaks.

function mdCell(value: string | number): string {
  return String(value).replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

export function mdTable(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>, align?: ReadonlyArray<'left' | 'right'>): string {
  const sep = head.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  return [head, sep, ...rows].map((r) => `| ${r.map((c, i) => (r === sep ? c : mdCell(c ?? ''))).join(' | ')} |`).join('\n') + '\n';
}
