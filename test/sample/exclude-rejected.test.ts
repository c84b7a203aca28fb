// `sample --exclude` (issue 15, item 5): a case whose row in the filled form was rejected was still
// audited, so it is excluded too, and the summary says how many ids came only from rejected rows.
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { DA_HEADER, daRow, tempFiles } from '../helpers/tmp.js';

const file = tempFiles();

it('excludes every id of an --exclude file, rejected row or not, and counts the rejected ones', async () => {
  const register = file(
    'register.csv',
    ['case_id,case_type', ...['R-1', 'R-2', 'R-3', 'R-4', 'R-5', 'R-6'].map((id) => `${id},da`)].join('\n'),
  );
  const form = file(
    'filled.csv',
    [
      DA_HEADER,
      daRow('R-1'),
      daRow('R-2', '', 'y,y,goood,y,y,y,y,y'),
      'R-3,domestic-abuse,excellent,,,no,,y,y,y,y,y,y,y,y',
      'R-4,da,,,',
    ].join('\n'),
  );
  const r = await runCli(['sample', '--size', '2', '--seed', '7', '--format', 'json', register, '--exclude', form]);
  expect(r.code).toBe(1); // the form's rejected rows are still problems
  const drawn = (JSON.parse(r.stdout) as { strata: Array<{ ids: string[] }> }).strata.flatMap((s) => s.ids);
  expect(drawn.sort()).toEqual(['R-5', 'R-6']);
  expect(r.stderr).toContain('excluded 4 register cases already audited (4 ids in the --exclude files, 3 of them only on rejected rows)');
});
