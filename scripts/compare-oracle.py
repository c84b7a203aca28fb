#!/usr/bin/python3
"""Reference values for `compare`'s bias and agreement figures (issue 26), end to end.

Writes test/commands/compare-oracle.json; the tests run `compare` on the bundled fixtures and read
that file, so they need no Python. Run with Debian's python3 (python3-statsmodels, python3-numpy,
python3-scipy from apt):  /usr/bin/python3 scripts/compare-oracle.py

The tables are the grade matrices the fixtures give (rows = the first role, columns = the second,
grades best first), written out here by hand from the fixtures' counts:
  - gloucestershire-2017.csv: the force against HMIC, the 2017 report's Table 1 margins;
  - qa-round/cases.csv: the QA team (self) against the central review team (independent).
Where each figure comes from:
  - Stuart-Maxwell: statsmodels SquareTable(t, shift_zeros=False).homogeneity() (both tables are
    connected, so its df = k - 1 is ours).
  - Bowker: statsmodels SquareTable(...).symmetry(); its df counts every pair, ours only pairs with
    a case, so df and p are recomputed with scipy from the statistic where a pair is empty.
  - kappa and linear weighted kappa, with intervals: statsmodels cohens_kappa (kappa_low,
    kappa_upp: kappa +- z std_kappa).
  - Gwet's AC1 and Brennan-Prediger: Gwet's formulas (Handbook, 4th ed., ch. 3) written here case
    by case from the expanded ratings, not from the table, with scipy's t quantile.
  - net and mean difference: from the expanded ratings; the mean difference's interval is
    scipy.stats.t.interval on the case-by-case differences.
"""

import json
import math
import os

import numpy as np
from scipy import stats
from statsmodels.stats.contingency_tables import SquareTable
from statsmodels.stats.inter_rater import cohens_kappa

TABLES = {
    "gloucestershire-2017": [[5, 14, 9], [1, 2, 2], [0, 0, 0]],
    "qa-round": [[15, 3, 3], [2, 17, 3], [1, 0, 16]],
}


def ratings(t):
    """The table as one (A, B) pair of grade indexes per case."""
    return [(i, j) for i, row in enumerate(t) for j, n in enumerate(row) for _ in range(n)]


def gwet(pairs, k, uniform):
    n = len(pairs)
    agree = [1.0 if a == b else 0.0 for a, b in pairs]
    pa = sum(agree) / n
    if uniform:
        pe = 1.0 / k
        influence = agree
    else:
        pi = [sum((a == g) + (b == g) for a, b in pairs) / (2 * n) for g in range(k)]
        pe = sum(p * (1 - p) for p in pi) / (k - 1)
        ac = (pa - pe) / (1 - pe)
        influence = [x - 2 * (1 - ac) * (1 - (pi[a] + pi[b]) / 2) / (k - 1) for x, (a, b) in zip(agree, pairs)]
    value = (pa - pe) / (1 - pe)
    mean = sum(influence) / n
    var = sum((x - mean) ** 2 for x in influence) / n / (n * (1 - pe) ** 2)
    q = stats.t.ppf(0.975, n - 1)
    se = math.sqrt(var)
    return {"value": value, "interval": [max(-1, value - q * se), min(1, value + q * se)]}


def figures(t):
    k = len(t)
    st = SquareTable(np.array(t, dtype=float), shift_zeros=False)
    hom = st.homogeneity()
    sym = st.symmetry()
    pairs_with_case = sum(1 for i in range(k) for j in range(i + 1, k) if t[i][j] + t[j][i] > 0)
    kap = cohens_kappa(np.array(t))
    wkap = cohens_kappa(np.array(t), wt="linear")
    pairs = ratings(t)
    d = np.array([b - a for a, b in pairs], dtype=float)  # best first: A higher where its index is lower
    lo, hi = stats.t.interval(0.95, len(d) - 1, loc=d.mean(), scale=stats.sem(d))
    return {
        "n": len(pairs),
        "higher": int(sum(d > 0)),
        "lower": int(sum(d < 0)),
        "net": float((sum(d > 0) - sum(d < 0)) / len(d)),
        "meanDifference": float(d.mean()),
        "meanDifferenceInterval": [float(lo), float(hi)],
        "marginalHomogeneity": {"statistic": float(hom.statistic), "df": int(hom.df), "p": float(hom.pvalue)},
        "symmetry": {
            "statistic": float(sym.statistic),
            "df": pairs_with_case,
            "p": float(stats.chi2.sf(sym.statistic, pairs_with_case)),
        },
        "kappa": float(kap.kappa),
        "kappaInterval": [float(kap.kappa_low), float(kap.kappa_upp)],
        "weightedKappa": float(wkap.kappa),
        "weightedKappaInterval": [float(wkap.kappa_low), float(wkap.kappa_upp)],
        "ac1": gwet(pairs, k, uniform=False),
        "brennanPrediger": gwet(pairs, k, uniform=True),
    }


out = {name: figures(t) for name, t in TABLES.items()}
path = os.path.join(os.path.dirname(__file__), "..", "test", "commands", "compare-oracle.json")
with open(path, "w") as f:
    json.dump(out, f, indent=2)
    f.write("\n")
print(json.dumps(out, indent=1)[:1500])
