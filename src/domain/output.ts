// What a renderer hands the writer when its result is too big to hold (a workbook of a million
// rows): a result that writes itself, as it is made, into a sink that checks every byte count and
// keeps stdout's backpressure (src/write).

/** Where a result that writes itself puts its bytes. */
export interface ByteSink {
  /** Text is batched; bytes (a binary format) are written after any pending text. */
  write(content: string | Uint8Array): void;
  /** A promise while stdout is full: the producer waits on it. */
  ready(): Promise<void> | undefined;
}

/** A result made while it is written into the sink. */
export interface StreamedOutput {
  writeTo(out: ByteSink): Promise<void>;
}
