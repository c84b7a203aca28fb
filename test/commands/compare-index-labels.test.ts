// The prevalence and bias indexes (Byrt, Bishop & Carlin 1993) per grade, on the 2017 fixture's
// 33 cases, worked by hand from the report's own matrix (force rows, HMIC columns; Good 5 14 9,
// Requiring improvement 1 2 2, Inadequate 0 0 0), with the grades named as every table names them.
// Prevalence index of a grade against the rest: (both that grade - both another) / n.
//   Good: (5 - (2 + 2 + 0 + 0)) / 33 = +0.03; Requiring improvement: (2 - (5 + 9 + 0 + 0)) / 33 = -0.36;
//   Inadequate: (0 - (5 + 14 + 1 + 2)) / 33 = -0.67.
// Bias index: (force that grade, HMIC not - HMIC that grade, force not) / n.
//   Good: (23 - 1) / 33 = +0.67; Requiring improvement: (3 - 14) / 33 = -0.33; Inadequate: (0 - 11) / 33 = -0.33.
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

describe('compare: prevalence and bias indexes per grade', () => {
  it("the figures worked by hand, under the tables' grade names", async () => {
    const r = await runCli(['compare', '--format', 'markdown', fixture('gloucestershire-2017.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('| Prevalence index per grade | Good +0.03, Requiring improvement -0.36, Inadequate -0.67 |');
    expect(r.stdout).toContain('| Bias index per grade | Good +0.67, Requiring improvement -0.33, Inadequate -0.33 |');
  });
});
