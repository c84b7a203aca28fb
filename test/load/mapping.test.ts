// Register mapping (issue 16, item 1): --map, --map-file and --type-map read a records system's
// export as it comes; a bad mapping is one usage error, and unmapped required columns name --map.
import { describe, expect, it } from 'vitest';
import { mappingFileSchema } from '../../src/schema/mapping.js';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tmp.js';

const file = tempFiles();
// A register as a records system exports it: its own headers and its own type codes.
const REGISTER = 'Ref,Category,Outcome,Team\nR-1,DA,good,North\nR-2,S47,,South\nR-3,Domestic Abuse,ri,North\n';
const types = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ caseId: string; caseType: string; grade: string | null }>).map((r) => [r.caseId, r.caseType, r.grade]);

describe('--map and --type-map', () => {
  it('maps headers and type codes, and reads the rest as usual', async () => {
    const path = file('register.csv', REGISTER);
    const r = await runCli([
      'score',
      '--format',
      'json',
      '--map',
      'case_id=Ref',
      '--map',
      'case_type=Category',
      '--map',
      'independent_grade=Outcome',
      '--type-map',
      'S47=section-47',
      path,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(types(r.stdout)).toEqual([
      ['R-1', 'domestic-abuse', 'good'],
      ['R-2', 'section-47', null],
      ['R-3', 'domestic-abuse', 'requires_improvement'],
    ]);
    expect(r.stderr).toContain('column "Team" is not a criterion or a case file column: carried along');
  });

  it('without a mapping, the missing required columns are one error naming --map', async () => {
    const path = file('register2.csv', REGISTER);
    const r = await runCli(['score', path]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('missing'))).toEqual([
      `${path}:1: required columns "case_id" and "case_type" are missing; the header must include case_id and case_type (found: 4 columns); if your file names them differently, map them with --map case_id=<column> (or a columns: block in --map-file)`,
    ]);
  });

  it('warns when a mapped header is not in the file', async () => {
    const path = file('register3.csv', REGISTER);
    const r = await runCli(['score', '--map', 'case_id=Ref', '--map', 'case_type=Category', '--map', 'notes=Comments', path]);
    expect(r.stderr).toContain(`${path}:1: warning: no column here for --map "notes=Comments"`);
  });

  it.each([
    [['--map', 'case_id'], '--map takes NAME=VALUE (for example --map case_id=Ref), got "case_id"'],
    [['--map', 'case_idd=Ref'], '--map "case_idd": not a case file column or criterion id (did you mean "case_id"?)'],
    [['--map', 'assessor=Role'], 'the assessor column cannot be mapped'],
    [['--type-map', 'DA=burglary'], '--type-map "DA"="burglary": unknown case type; expected one of section-47'],
  ])('%j is a usage error (exit 2)', async (args, text) => {
    const path = file('register4.csv', REGISTER);
    const r = await runCli(['score', ...args, path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
  });
});

describe('--map-file', () => {
  it('reads columns: and types: blocks, and the command line adds to them', async () => {
    const map = file('map.yaml', 'columns:\n  case_id: Ref\n  case_type: Category\ntypes:\n  S47: section-47\n');
    const path = file('register5.csv', REGISTER);
    const r = await runCli(['score', '--format', 'json', '--map-file', map, '--map', 'independent_grade=Outcome', path]);
    expect(r.code, r.stderr).toBe(0);
    expect(types(r.stdout)).toEqual([
      ['R-1', 'domestic-abuse', 'good'],
      ['R-2', 'section-47', null],
      ['R-3', 'domestic-abuse', 'requires_improvement'],
    ]);
  });

  it('a mapping file with an unknown key is a usage error at its line', async () => {
    const map = file('bad-map.yaml', 'columns:\n  case_id: Ref\ncolums:\n  x: y\n');
    const r = await runCli(['score', '--map-file', map, file('register6.csv', REGISTER)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--map-file ${map}:3: unknown key(s) "colums"; expected columns and types`);
  });

  it('the zod schema is the format: columns and types are maps of names', () => {
    expect(mappingFileSchema.safeParse({ columns: { case_id: 'Ref' }, types: { DA: 'domestic-abuse' } }).success).toBe(true);
    expect(mappingFileSchema.safeParse({ columns: { case_id: '' } }).success).toBe(false);
    expect(mappingFileSchema.safeParse({ other: {} }).success).toBe(false);
  });
});
