// The benchmark's baseline: the naive way to read a CSV with csv-parse (stream API, `columns: true`,
// one object per row), counting rows and nothing else. Prints the count.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let rows = 0;
createReadStream(process.argv[2])
  .pipe(parse({ columns: true }))
  .on('data', () => rows++)
  .on('end', () => process.stdout.write(`${rows}\n`));
