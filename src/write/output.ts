// Writing a finished result: --output atomically (temporary file in the same folder, then rename),
// else stdout. The same writer as the streamed output, handed the whole result at once.
import type { Writable } from 'node:stream';
import { openStreamOut } from './stream-out.js';

/** Text, text in pieces (written as they come, waiting while stdout is full), or bytes (xlsx). */
export async function emit(content: string | Iterable<string> | Uint8Array, output: string | undefined, stdout: Writable): Promise<void> {
  const out = openStreamOut(output, stdout);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) out.write(content);
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
