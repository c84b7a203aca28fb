// Writing a finished result: --output atomically (temporary file in the same folder, then rename),
// else stdout. The same writer as the streamed output, handed the whole result at once, or handed
// to a result that writes itself as it is made (a workbook).
import type { Writable } from 'node:stream';
import type { StreamedOutput } from '../domain/output.js';
import { openStreamOut } from './stream-out.js';

type Content = string | Iterable<string> | StreamedOutput;

const streamed = (content: Content): content is StreamedOutput => typeof content === 'object' && 'writeTo' in content;

/** Text, text in pieces (written as they come, waiting while stdout is full), or a streamed result. */
export async function emit(content: Content, output: string | undefined, stdout: Writable): Promise<void> {
  const out = openStreamOut(output, stdout);
  try {
    if (typeof content === 'string') out.write(content);
    else if (streamed(content)) await content.writeTo(out);
    else
      for (const piece of content) {
        out.write(piece);
        await out.ready();
      }
    await out.end();
  } catch (e) {
    out.abort();
    throw e;
  }
}
