// A file read in chunks of one reused buffer: the chunks are the file's bytes in order (each range
// in turn), the file is closed at the end or on destroy, and loaders that decode each chunk before
// asking for the next read a file exactly as they read the same bytes from stdin.
import { fstatSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileChunks } from '../../src/load/inputs/file-chunks.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir();
const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7 + (i >> 9)) & 0xff));
const path = join(dir, 'bytes.bin');
writeFileSync(path, bytes);

/** Every chunk copied as it comes (the buffer is reused). */
async function collect(chunks: FileChunks): Promise<Buffer[]> {
  const seen: Buffer[] = [];
  for await (const chunk of chunks) seen.push(Buffer.from(chunk));
  return seen;
}

const closed = (fd: number) => {
  try {
    fstatSync(fd);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EBADF';
  }
};

describe('FileChunks', () => {
  it('the whole file in 64 KB chunks, then closed', async () => {
    const fd = openSync(path, 'r');
    const seen = await collect(new FileChunks(fd));
    expect(seen.map((c) => c.length)).toEqual([65_536, 65_536, 65_536, 3_392]);
    expect(Buffer.concat(seen).equals(bytes)).toBe(true);
    expect(closed(fd)).toBe(true);
  });

  it('ranges in turn (a header, then a part), each chunk given with its range', async () => {
    const fd = openSync(path, 'r');
    const given: Array<[number, number]> = [];
    const chunks = new FileChunks(fd, [{ start: 0, end: 100 }, { start: 100_000, end: 170_000 }, { start: 199_990 }], (chunk, range) =>
      given.push([range, chunk.length]),
    );
    const seen = await collect(chunks);
    expect(given).toEqual([
      [0, 100],
      [1, 65_536],
      [1, 4_464],
      [2, 10],
    ]);
    const expected = Buffer.concat([bytes.subarray(0, 100), bytes.subarray(100_000, 170_000), bytes.subarray(199_990)]);
    expect(Buffer.concat(seen).equals(expected)).toBe(true);
  });

  it('destroy closes the file, also before the first chunk; a loop left early closes it too', async () => {
    const unread = openSync(path, 'r');
    new FileChunks(unread).destroy();
    expect(closed(unread)).toBe(true);
    const left = openSync(path, 'r');
    for await (const chunk of new FileChunks(left)) if (chunk.length > 0) break;
    expect(closed(left)).toBe(true);
  });
});

describe('a file read in reused chunks gives what the same bytes from stdin give', () => {
  const HEADER = 'case_id,case_type,self_grade,independent_grade,override_reason,referred_back,notes,team,DA1,DA2,DA3,DA4,DA5,DA6,DA7,DA8';
  // Rows long enough, with multi-byte letters and quoted multi-line notes, that chunk ends fall inside them.
  const rows = Array.from({ length: 4000 }, (_, i) => {
    const notes = i % 3 === 0 ? '"Réunion, première\nsuite — été"' : 'naïve café';
    const self = ['good', 'requires improvement', 'inadequate', ''][i % 4];
    return `DA-${i},domestic-abuse,${self},,,no,${notes},Équipe ${i % 4},y,${i % 5 ? 'y' : 'n'},y,y,y,y,y,y`;
  });
  const text = `${HEADER}\n${rows.join('\n')}\n`;

  it.each(['report', 'compare'])('%s --format json', async (command) => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 65_536);
    const file = join(dir, `${command}.csv`);
    writeFileSync(file, text);
    const fromFile = await runCli([command, '--format', 'json', '--by', 'team', file]);
    const fromStdin = await runCli([command, '--format', 'json', '--by', 'team', '-'], { stdin: text });
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(fromStdin.stdout);
    expect(fromFile.stderr.replaceAll(file, '<stdin>')).toBe(fromStdin.stderr);
    if (command === 'report') expect(JSON.parse(fromFile.stdout).totals.read).toBe(4000);
  });

  it('a YAML case file of several chunks', async () => {
    const yaml = `cases:\n${Array.from({ length: 900 }, (_, i) => `  - id: Y-${i}\n    type: domestic-abuse\n    self_grade: good\n    notes: "été — naïve ${'é'.repeat(i % 40)}"\n    findings: { DA1: y, DA2: y, DA3: y, DA4: y, DA5: y, DA6: y, DA7: y, DA8: ${i % 2 ? 'y' : 'n'} }\n`).join('')}`;
    expect(Buffer.byteLength(yaml)).toBeGreaterThan(2 * 65_536);
    const file = join(dir, 'cases.yaml');
    writeFileSync(file, yaml);
    const fromFile = await runCli(['report', '--format', 'json', file]);
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout).totals).toEqual({ read: 900, graded: 900, ungraded: 0, rejected: 0 });
    expect(JSON.parse(fromFile.stdout).bothAssessed.independent).toEqual({ good: 450, requires_improvement: 450, inadequate: 0 });
  });
});
