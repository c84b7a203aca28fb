#!/usr/bin/python3
"""Reference values for trend's adjusted verdicts (issue 26 item 5), from code we did not write.

Writes test/summarise/trend-oracle.json; test/summarise/trend-oracle.test.ts checks the values the
trend tests quote (test/summarise/trend.test.ts, test/render/trend.test.ts,
test/commands/trend.test.ts) against it, so a figure in a test comment cannot drift from its source.

Run with Debian's python3 (python3-statsmodels, python3-scipy):
    /usr/bin/python3 scripts/trend-oracle.py

Where each figure comes from:
  - z at 1 - 0.05/m (Bonferroni, two-sided): scipy.stats.norm.ppf(1 - 0.05 / (2 m)).
  - Newcombe's hybrid score interval of p2 - p1 at that level: statsmodels
    confint_proportions_2indep(x2, n2, x1, n1, method='newcomb', compare='diff', alpha=0.05 / m).
  - Cochran-Armitage per grade across rounds in order: statsmodels Table(t, shift_zeros=False)
    .test_ordinal_association() z, squared and times N / (N - 1) (R's prop.trend.test scaling),
    with its chi-square (1 df) p from scipy.
  - The case mix (type x round): scipy.stats.chi2_contingency(t, correction=False).
"""
import json
import os

import numpy as np
from scipy.stats import chi2, chi2_contingency, norm
from statsmodels.stats.contingency_tables import Table
from statsmodels.stats.proportion import confint_proportions_2indep


def z(m):
    return float(norm.ppf(1 - 0.05 / (2 * m)))


def newcombe(x2, n2, x1, n1, m):
    lo, hi = confint_proportions_2indep(x2, n2, x1, n1, method='newcomb', compare='diff', alpha=0.05 / m)
    return [float(lo), float(hi)]


def cochran_armitage(counts, ns):
    t = np.array([[c, n - c] for c, n in zip(counts, ns)], dtype=float)
    N = t.sum()
    zz = Table(t, shift_zeros=False).test_ordinal_association(row_scores=np.arange(len(ns)), col_scores=np.array([0, 1])).zscore
    stat = float(zz * zz * N / (N - 1))
    return {'statistic': stat, 'p': float(chi2.sf(stat, 1))}


out = {
    'z': {'3': z(3), '12': z(12)},
    'newcombe': {
        # test/summarise/trend.test.ts: 6/20 -> 15/25 good, and 12/12 -> 0/12, three changes.
        '15/25 - 6/20, m=3': newcombe(15, 25, 6, 20, 3),
        '0/12 - 12/12, m=3': newcombe(0, 12, 12, 12, 3),
        # test/render/trend.test.ts: twelve verdicts.
        '0/25 - 10/30, m=12': newcombe(0, 25, 10, 30, 12),
        '7/7 - 13/25, m=12': newcombe(7, 7, 13, 25, 12),
        '7/7 - 10/30, m=12': newcombe(7, 7, 10, 30, 12),
    },
    'cochranArmitage': {
        # test/render/trend.test.ts: rounds of 30, 25 and 7 cases.
        'good 10/30, 13/25, 7/7': cochran_armitage([10, 13, 7], [30, 25, 7]),
        'inadequate 10/30, 0/25, 0/7': cochran_armitage([10, 0, 0], [30, 25, 7]),
        # test/commands/trend.test.ts: fixtures/rounds, 32 cases a round.
        'good 5, 11, 18 of 32': cochran_armitage([5, 11, 18], [32, 32, 32]),
        'inadequate 15, 6, 2 of 32': cochran_armitage([15, 6, 2], [32, 32, 32]),
    },
    'caseMix': {},
}
stat, p, df, _ = chi2_contingency(np.array([[30, 25, 0], [0, 0, 7]]), correction=False)
out['caseMix']['[[30, 25, 0], [0, 0, 7]]'] = {'statistic': float(stat), 'df': int(df), 'p': float(p)}

path = os.path.join(os.path.dirname(__file__), '..', 'test', 'summarise', 'trend-oracle.json')
with open(path, 'w') as f:
    json.dump(out, f, indent=2)
    f.write('\n')
print(json.dumps(out, indent=2))
