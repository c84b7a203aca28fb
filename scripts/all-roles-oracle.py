#!/usr/bin/python3
"""Reference values for `compare --all-roles` (issue 26, item 3) on a hand-built three-role file.

Writes test/commands/all-roles-oracle.json; test/commands/compare-all-roles.test.ts writes the
same grades as a long-form case file, runs the command and compares each pair's figures.

Run with Debian's python3 (python3-statsmodels from apt):
    /usr/bin/python3 scripts/all-roles-oracle.py

Per pair of roles, over the cases both graded: n and exact agreement counted here; kappa and its
large-sample (non-null) standard error from statsmodels' cohens_kappa (Fleiss, Cohen & Everitt
1969), the interval kappa +- 1.959963984540054 se kept within [-1, 1]; null where statsmodels'
standard error is 0 (every case counts alike).
"""

import json
import os

import numpy as np
from statsmodels.stats.inter_rater import cohens_kappa

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'commands', 'all-roles-oracle.json')
GRADES = ['good', 'requires_improvement', 'inadequate']
ROLES = ['self', 'independent', 'moderator']
# Case -> grade per role (None: that role did not grade it). QA-12 has one grade only: in no comparison.
CASES = {
    'QA-01': ['good', 'good', 'good'],
    'QA-02': ['good', 'good', None],
    'QA-03': ['good', 'requires_improvement', 'requires_improvement'],
    'QA-04': ['good', 'requires_improvement', None],
    'QA-05': ['requires_improvement', 'requires_improvement', 'requires_improvement'],
    'QA-06': ['requires_improvement', 'requires_improvement', None],
    'QA-07': ['requires_improvement', 'inadequate', 'inadequate'],
    'QA-08': ['requires_improvement', 'inadequate', None],
    'QA-09': ['inadequate', 'inadequate', 'inadequate'],
    'QA-10': ['inadequate', 'inadequate', None],
    'QA-11': ['inadequate', 'good', None],
    'QA-12': ['good', None, None],
}
Z = 1.959963984540054


def pair(i, j):
    t = np.zeros((3, 3))
    for grades in CASES.values():
        a, b = grades[i], grades[j]
        if a is not None and b is not None:
            t[GRADES.index(a), GRADES.index(b)] += 1
    n = int(t.sum())
    r = cohens_kappa(t)
    se = float(r.std_kappa)
    interval = None if se < 1e-12 else [max(-1.0, r.kappa - Z * se), min(1.0, r.kappa + Z * se)]
    return {'a': ROLES[i], 'b': ROLES[j], 'n': n, 'exactAgreement': float(np.trace(t)) / n, 'kappa': float(r.kappa), 'kappaInterval': interval}


def main():
    pairs = [pair(i, j) for i in range(3) for j in range(i + 1, 3)]
    with open(OUT, 'w') as fh:
        json.dump({'roles': ROLES, 'cases': CASES, 'pairs': pairs}, fh, indent=1)
        fh.write('\n')


if __name__ == '__main__':
    main()
