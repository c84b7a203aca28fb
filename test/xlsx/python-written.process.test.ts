// Workbooks written by pandas and openpyxl themselves (issue 23, items 4 and 8), read as
// layouts.test.ts reads the layouts it builds. A process is the point: Debian's python3 writes the
// files (CI installs python3-openpyxl and python3-pandas); without them the test is skipped, saying why.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetRows } from '../helpers/sheet-rows.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir();
const at = (name: string) => join(dir, name);

const PYTHON = '/usr/bin/python3';
const hasPandas = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import openpyxl, pandas'], { encoding: 'utf8' }).status === 0;
if (!hasPandas && process.env.CI)
  throw new Error(
    `this test must run in CI, but ${PYTHON} cannot import openpyxl and pandas (.ci/run installs python3-openpyxl and python3-pandas)`,
  );

describe.skipIf(!hasPandas)('workbooks written by pandas and openpyxl themselves (needs /usr/bin/python3 with openpyxl and pandas)', () => {
  it('reads what pandas to_excel and openpyxl write: sheets, text, numbers, dates', async () => {
    const script = `
import datetime, openpyxl, pandas as pd
df = pd.DataFrame({'case_id': ['DA-01', 'R&D-1', 'GOGLEDD-00521-Siân-Llŷn'], 'case_type': ['domestic-abuse'] * 3,
                   'opened': [pd.Timestamp('2017-02-03'), pd.Timestamp('2017-02-03 14:30'), pd.Timestamp('2020-01-31')], 'n': [7, 0.5, 0]})
with pd.ExcelWriter(${JSON.stringify(at('pandas.xlsx'))}) as w:
    pd.DataFrame({'x': [1]}).to_excel(w, sheet_name='Notes', index=False)
    df.to_excel(w, sheet_name='Cases', index=False)
wb = openpyxl.load_workbook(${JSON.stringify(at('pandas.xlsx'))})
wb['Notes'].sheet_state = 'hidden'
wb.save(${JSON.stringify(at('openpyxl.xlsx'))})
`;
    const made = spawnSync(PYTHON, ['-c', script], { encoding: 'utf8' });
    expect(made.stderr).toBe('');
    const expected = [
      ['case_id', 'case_type', 'opened', 'n'],
      ['DA-01', 'domestic-abuse', '2017-02-03', '7'],
      ['R&D-1', 'domestic-abuse', '2017-02-03T14:30:00', '0.5'],
      ['GOGLEDD-00521-Siân-Llŷn', 'domestic-abuse', '2020-01-31', '0'],
    ];
    expect(await sheetRows(at('pandas.xlsx'), 'cases')).toEqual(expected);
    // The hidden first sheet is passed over.
    expect(await sheetRows(at('openpyxl.xlsx'))).toEqual(expected);
  });
});
