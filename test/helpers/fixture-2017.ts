// What stderr says about the 2017 fixture besides the accounting: its 56 Table 2 cases have no self
// grade, and the CSV has a self_grade column (issue 16, item 5). The YAML twin leaves the key out of
// those cases, which says they were not graded by the force: no warning.
import { displayPath } from '../../src/render/diagnostics.js';

export const blankSelfWarning2017 = (file: string) =>
  file.endsWith('.yaml')
    ? ''
    : `${displayPath(file, process.cwd())}: warning: 56 cases have a blank self_grade, so they count in Table 2 (independent only), not Table 1: "G17-034", "G17-035", "G17-036", "G17-037", "G17-038", "G17-039", "G17-040", "G17-041", "G17-042", "G17-043" and 46 more; fill in self_grade where the force graded the case\n`;
