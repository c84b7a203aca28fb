// Reading the HTML renderers' output without a browser: each table's caption and cell texts, and
// each chart's markup. Enough for the markup our renderers write, not a general HTML parser.

/** Each table as its caption and rows of cell texts (header cells included), as written. */
export function tables(page: string): Array<{ caption: string; rows: string[][] }> {
  return [...page.matchAll(/<table><caption>(.*?)<\/caption>(.*?)<\/table>/gs)].map(([, caption, body]) => ({
    caption: caption!,
    rows: [...body!.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) => [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map(([, c]) => c!)),
  }));
}

export const charts = (page: string) => [...page.matchAll(/<svg class="chart"[^>]*>.*?<\/svg>/gs)].map(([svg]) => svg);
