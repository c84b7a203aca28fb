// Five cases graded by the force's auditors (X, Y) and the inspectorate, folded by `compare --between`;
// the renderer tests check the figures against the values worked by hand beside them.
import { BetweenFold } from '../../src/summarise/compare/between-fold.js';
import type { CompareModel } from '../../src/summarise/compare/compare-model.js';
import { assembled } from '../helpers/assembled.js';
import { smallCriteria } from '../helpers/criteria.js';

export function betweenModel(a = 'self', b = 'independent', labels = { a: 'Testshire Police', b: 'HMIC' }): CompareModel {
  const fold = new BetweenFold(smallCriteria(), { a, b, byAuditor: true, weights: 'linear' });
  // [type, A's grade, auditor, A's findings, B's grade, B's findings]; alpha: A1 A2 A3, beta: B1 B2.
  const rows = [
    ['alpha', 'good', 'X', 'mmm', 'requires_improvement', 'mum'],
    ['alpha', 'good', 'X', 'mmu', 'inadequate', 'uuu'],
    ['alpha', 'requires_improvement', 'X', 'mun', 'requires_improvement', 'mum'],
    ['alpha', 'good', 'Y', 'umm', 'good', 'mm.'],
    ['beta', 'good', 'Y', 'mm', 'good', 'mm'],
  ] as const;
  rows.forEach(([type, ga, auditor, fa, gb, fb], i) =>
    fold.add(assembled(`c${i + 1}`, type, { [a]: { grade: ga, auditor, findings: fa }, [b]: { grade: gb, auditor: 'I1', findings: fb } })),
  );
  return fold.finish({ read: 5, graded: 5, ungraded: 0, rejected: 0 }, { force: 'Testshire Police', inspectorate: 'HMIC' }, labels);
}
