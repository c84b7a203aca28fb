// Writing a finished result: --output atomically (temporary file in the same folder, then rename),
// else stdout. The same writer as the streamed output, handed the whole text at once.
import type { Writable } from 'node:stream';
import { openStreamOut } from './stream-out.js';

export async function emit(text: string, output: string | undefined, stdout: Writable): Promise<void> {
  const out = openStreamOut(output, stdout);
  try {
    out.write(text);
    await out.end();
  } catch (e) {
    out.abort();
    throw e;
  }
}
