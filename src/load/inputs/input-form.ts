// Which form each input is in, found before any is read: a CSV header with an `assessor` column,
// or a YAML case with an `assessments:` list, is long form. A run with any long-form input joins
// rows across files; a wide-only run streams each row through as a whole case.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { cleanHeaderName } from '../rows/header-plan.js';
import { isXlsxFile } from '../xlsx/container.js';
import { readHeaderRow } from '../xlsx/read-sheet.js';
import { headerName } from '../xlsx/xlsx-header.js';
import { detectDelimiter } from '../csv/csv-cases.js';
import { StreamDecoder } from './decode.js';
import { STDIN } from './file-args.js';
import { isYamlName } from '../yaml/yaml-name.js';

const HEAD_BYTES = 64 * 1024;

/** True when a CSV header line names an `assessor` column (any capitalisation). */
function headerIsLong(head: Buffer, delimiter?: string): boolean {
  let text: string;
  try {
    text = new StreamDecoder().write(head);
  } catch {
    // Not UTF-8 (a Windows-1252 register read with --encoding): the column names are plain ASCII.
    text = head.toString('latin1');
  }
  let lines = text.split(/\r\n|\n|\r/);
  const hint = /^sep=(.)$/i.exec(lines[0] ?? '');
  if (hint) lines = lines.slice(1);
  const header = lines[0] ?? '';
  const d = delimiter ?? hint?.[1] ?? detectDelimiter(header);
  return header.split(d).some((cell) => cleanHeaderName(cell.replaceAll('"', '')).toLowerCase() === 'assessor');
}

/** True when a YAML case file has a case with an `assessments:` list (parsed: flow style, any encoding). */
async function yamlIsLong(name: string): Promise<boolean> {
  try {
    // Loaded only when a YAML file is given: CSV-only runs never load the YAML parser here.
    const { yamlIsLong: look } = await import('../yaml/yaml-form.js');
    return await look(name, statSync(name).size);
  } catch {
    return false; // the loader reports what is wrong with the file
  }
}

function csvIsLong(name: string, delimiter?: string): boolean {
  try {
    const fd = openSync(name, 'r');
    try {
      const head = Buffer.alloc(HEAD_BYTES);
      const n = readSync(fd, head, 0, HEAD_BYTES, 0);
      return headerIsLong(head.subarray(0, n), delimiter);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // opening is checked (and reported) by the loader
  }
}

/** True when a workbook's header row (its sheet's first non-empty row) has an `assessor` column. */
async function xlsxIsLong(name: string, sheet?: string): Promise<boolean> {
  try {
    const header = await readHeaderRow(name, sheet === undefined ? {} : { sheet });
    return header?.cells.some((cell) => cleanHeaderName(headerName(cell)).toLowerCase() === 'assessor') ?? false;
  } catch {
    // the loader reports what is wrong with the workbook
  }
  return false;
}

/** Reads stdin up to its first line break, and gives back a stream that replays what was read. */
async function peekStdin(stdin: Readable): Promise<{ head: Buffer; stream: Readable }> {
  const it = (stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const read: Buffer[] = [];
  let done = false;
  while (!done) {
    const next = await it.next();
    if (next.done) done = true;
    else {
      read.push(Buffer.from(next.value));
      if (next.value.includes(0x0a) || next.value.includes(0x0d)) break;
    }
  }
  const head = Buffer.concat(read);
  async function* replay() {
    if (head.length) yield head;
    while (!done) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, stream: Readable.from(replay(), { objectMode: false }) };
}

/** Whether any input is long form; stdin (if read) is replaced by a stream that replays its head. */
export async function anyLongForm(
  files: readonly string[],
  stdin: Readable,
  delimiter?: string,
  sheet?: string,
): Promise<{ long: boolean; stdin: Readable }> {
  let long = files.some((f) => f !== STDIN && !isYamlName(f) && !isXlsxFile(f) && csvIsLong(f, delimiter));
  for (const f of files) if (!long && f !== STDIN && isYamlName(f)) long = await yamlIsLong(f);
  for (const f of files) if (!long && f !== STDIN && isXlsxFile(f)) long = await xlsxIsLong(f, sheet);
  if (!files.includes(STDIN)) return { long, stdin };
  const peeked = await peekStdin(stdin);
  long ||= headerIsLong(peeked.head, delimiter);
  return { long, stdin: peeked.stream };
}
