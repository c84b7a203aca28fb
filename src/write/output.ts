// Writing a finished result: --output atomically (temporary file in the same folder, then rename),
// else stdout. The same writer as the streamed output, handed the whole result at once.
import type { Writable } from 'node:stream';
import { openStreamOut } from './stream-out.js';

/** Text or bytes (binary formats such as xlsx). */
export async function emit(content: string | Uint8Array, output: string | undefined, stdout: Writable): Promise<void> {
  const out = openStreamOut(output, stdout);
  try {
    out.write(content);
    await out.end();
  } catch (e) {
    out.abort();
    throw e;
  }
}
