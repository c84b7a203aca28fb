// Case ids seen so far, for uniqueness across all inputs. The only per-case state a streaming
// run keeps, so it stores a packed number per id rather than an object.
import type { Source } from '../domain/types.js';

export class SeenIds {
  private readonly ids = new Map<string, number>();
  private readonly files: string[] = [];

  /** Records the id; returns where it was first seen if it is a duplicate. */
  add(id: string, source: Source): Source | undefined {
    const previous = this.ids.get(id);
    if (previous !== undefined) {
      return { file: this.files[Math.floor(previous / 2 ** 32)]!, line: previous % 2 ** 32 };
    }
    let fileIndex = this.files.lastIndexOf(source.file);
    if (fileIndex === -1) fileIndex = this.files.push(source.file) - 1;
    this.ids.set(id, fileIndex * 2 ** 32 + source.line);
    return undefined;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }
}
