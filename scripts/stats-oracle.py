#!/usr/bin/python3
"""Reference values for src/statistics (issue 26), from code we did not write.

Writes test/statistics/oracle.json; the tests read that file and need no Python.

Run with Debian's python3 (python3-statsmodels, python3-scipy, python3-numpy, python3-pandas,
python3-mpmath from apt) and two public pure-Python packages on PYTHONPATH, used as published:
  - fast-krippendorff (github.com/pln-fing-udelar/fast-krippendorff, commit b1eb616c), the
    `krippendorff` package, for Krippendorff's alpha;
  - irrCAC (github.com/afergadis/irrCAC, commit 2b71b15a), the Python port of Gwet's own R
    package, for AC1/AC2 and Brennan-Prediger with Gwet's standard errors.
    PYTHONPATH=/path/to/fast-krippendorff:/path/to/irrCAC /usr/bin/python3 scripts/stats-oracle.py

Where each figure comes from:
  - normal, chi-square: scipy.stats.norm / chi2. Student t quantiles: mpmath at 40 digits
    (scipy 1.10's t.ppf is good to only ~4e-11 relative: at df = 99 it gives 1.9842169515086827
    where the root of the t CDF is 1.98421695158641749...).
  - Stuart-Maxwell: d' pinv(V) d with df = rank V (numpy), and statsmodels'
    SquareTable(t, shift_zeros=False).homogeneity() where V has rank k - 1.
  - Bowker: statsmodels' SquareTable(...).symmetry() statistic; df = pairs with a case (our
    convention, see src/statistics/symmetry.ts), p from scipy.
  - kappa, weighted kappa and their non-null standard errors: statsmodels' cohens_kappa.
  - AC1/AC2, Brennan-Prediger: irrCAC's CAC(table).gwet() / .bp() (its intervals use scipy's t,
    so they carry that ~4e-11 error).
  - Tango: a second computation written here on purpose differently from the library's: the
    constrained maximum-likelihood share found numerically (brentq on the log-likelihood's
    derivative) rather than by the closed form, and the limits by brentq.
  - mean difference: scipy.stats on the case-by-case differences (mean, sem) with the mpmath t
    quantile.
  - Cochran-Armitage: statsmodels' Table.test_ordinal_association z times sqrt(N / (N - 1)).
  - chi-square independence: scipy.stats.chi2_contingency(correction=False).
  - sample sizes: statsmodels NormalIndPower.solve_power with proportion_effectsize, polished by
    brentq on NormalIndPower.power (solve_power alone stops ~1e-7 short); the Wilson
    margin by searching statsmodels' proportion_confint(method='wilson').
  - Wilson / Newcombe at Bonferroni levels: statsmodels proportion_confint(method='wilson') and
    confint_proportions_2indep(method='newcomb').
"""

import json
import math
import os
import warnings

import mpmath
import numpy as np
import pandas as pd
from scipy import optimize, stats
from statsmodels.stats.contingency_tables import SquareTable, Table
from statsmodels.stats.inter_rater import cohens_kappa, fleiss_kappa
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint, proportion_effectsize

import krippendorff
from irrCAC.table import CAC

SEED = 20260426
rng = np.random.default_rng(SEED)
mpmath.mp.dps = 40
# A standard error below this is cancellation noise from a table whose every case counts alike
# (perfect agreement, one occupied cell or row): irrCAC prints 8e-9 for two cases in one cell. Real
# ones here are far larger: one differing case among the 1500 of the largest table gives ~1e-3.
DEGENERATE_SE = 1e-7
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'statistics', 'oracle.json')


def f(x):
    x = float(np.asarray(x).reshape(-1)[0]) if np.ndim(x) else float(x)
    if not math.isfinite(x):
        raise ValueError(f'non-finite oracle value {x}')
    return x


def t_quantile(p, df):
    """The t quantile by root-finding on mpmath's regularised incomplete beta."""
    p = mpmath.mpf(p)

    def sf(t):
        x = df / (df + t * t)
        return mpmath.betainc(mpmath.mpf(df) / 2, mpmath.mpf(1) / 2, 0, x, regularized=True) / 2

    tail = 1 - p if p > 0.5 else p
    root = mpmath.findroot(lambda t: sf(t) - tail, mpmath.mpf(stats.t.isf(float(tail), df)))
    return float(root if p > 0.5 else -root)


def distributions():
    normal = [{'x': x, 'cdf': f(stats.norm.cdf(x)), 'sf': f(stats.norm.sf(x))} for x in [-37.5, -20, -8.3, -5, -3, -1.96, -1, -0.1, 0, 0.3, 1, 2.5, 4, 7.1, 9]]
    quantiles = [{'p': p, 'x': f(stats.norm.ppf(p))} for p in [1e-300, 1e-100, 1e-20, 1e-10, 1e-6, 0.001, 0.0125, 0.025, 0.1, 0.3, 0.5, 0.6, 0.9, 0.975, 0.99, 0.999999, 1 - 1e-12]]
    chi = []
    for df in [1, 2, 3, 4, 5, 6, 7, 10, 15, 30, 101]:
        for x in [1e-8, 0.01, 0.5, 1, 2.7, 5, 10, 26.25, 50, 100, 300]:
            chi.append({'x': x, 'df': df, 'sf': f(stats.chi2.sf(x, df))})
    tdist = []
    for df in [1, 2, 3, 5, 9, 30, 99, 1000, 100000]:
        for t in [0, 0.5, 1.7, 3, 10, 40]:
            tdist.append({'t': t, 'df': df, 'sf': f(stats.t.sf(t, df))})
    tq = [{'p': p, 'df': df, 'x': t_quantile(p, df)} for df in [1, 2, 3, 4, 9, 30, 99, 1000] for p in [0.9, 0.975, 0.995, 0.999, 0.99999]]
    return {'normal': normal, 'normalQuantile': quantiles, 'chiSquare': chi, 'studentT': tdist, 'studentTQuantile': tq}


def random_table(k, n):
    # Mostly on the diagonal and near it, as two graders are: zeros come naturally at small n.
    closeness = np.array([[0.25 ** abs(i - j) for j in range(k)] for i in range(k)])
    probs = closeness * rng.dirichlet(np.ones(k))[:, None] * rng.uniform(0.5, 1.5, size=(k, k))
    probs /= probs.sum()
    return rng.multinomial(n, probs.reshape(-1)).reshape(k, k)


def laplacian_test(t):
    k = t.shape[0]
    d = t.sum(1) - t.sum(0)
    v = -(t + t.T).astype(float)
    np.fill_diagonal(v, 0)
    np.fill_diagonal(v, -v.sum(1))
    df = int(np.linalg.matrix_rank(v))
    if df == 0:
        return None, None
    stat = float(d @ np.linalg.pinv(v) @ d)
    sm = None
    if df == k - 1:
        sm = f(SquareTable(t, shift_zeros=False).homogeneity().statistic)
    return {'statistic': stat, 'df': df, 'p': f(stats.chi2.sf(stat, df))}, sm


def bowker(t):
    k = t.shape[0]
    pairs = sum(1 for i in range(k) for j in range(i + 1, k) if t[i, j] + t[j, i] > 0)
    if pairs == 0:
        return None
    stat = f(SquareTable(t, shift_zeros=False).symmetry().statistic)
    return {'statistic': stat, 'df': pairs, 'p': f(stats.chi2.sf(stat, pairs))}


def kappa(t, wt):
    n = t.sum()
    rows, cols = t.sum(1) / n, t.sum(0) / n
    if n < 2 or abs(1 - rows @ cols) < 1e-15 and wt is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        r = cohens_kappa(t) if wt is None else cohens_kappa(t, weights=np.arange(t.shape[0]), wt=wt)
    if not (math.isfinite(r.kappa) and math.isfinite(r.std_kappa)) or r.std_kappa < DEGENERATE_SE:
        return None
    z = stats.norm.ppf(0.975)
    return {'estimate': f(r.kappa), 'standardError': f(r.std_kappa), 'interval': [max(-1, f(r.kappa - z * r.std_kappa)), min(1, f(r.kappa + z * r.std_kappa))]}


def irr(t, weights, which):
    if t.sum() < 2 or t.shape[0] < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        est = getattr(CAC(pd.DataFrame(t), weights=weights, digits=17), which)()['est']
    se = f(est['se'])
    if se < DEGENERATE_SE:
        return None
    lo, hi = est['confidence_interval']
    return {'estimate': f(est['coefficient_value']), 'standardError': se, 'interval': [max(-1, f(lo)), min(1, f(hi))]}


def mean_difference(t):
    k = t.shape[0]
    diffs = np.concatenate([np.full(t[i, j], j - i) for i in range(k) for j in range(k)]).astype(float)
    if len(diffs) < 2 or np.all(diffs == diffs[0]):
        return None
    m, se = diffs.mean(), stats.sem(diffs)
    half = t_quantile(0.975, len(diffs) - 1) * se
    lo, hi = m - half, m + half
    return {'meanDifference': f(m), 'meanDifferenceInterval': [max(-(k - 1), f(lo)), min(k - 1, f(hi))]}


def tango(b, c, n, level=0.95):
    """Tango's interval with the constrained MLE found numerically, not by the closed form."""
    z = stats.norm.ppf(1 - (1 - level) / 2)

    def score(delta):
        # The constrained MLE of q = P(lower): the root of the log-likelihood's derivative
        #   b / (q + delta) + c / q - 2 (n - b - c) / (1 - 2q - delta)
        # (falling in q) found by brentq, or an end of the feasible range where it has no root.
        lo = max(0.0, -delta)
        hi = (1 - delta) / 2

        def slope(q):
            total = 0.0
            for cnt, p, sign in ((b, q + delta, 1), (c, q, 1), (n - b - c, 1 - 2 * q - delta, -2)):
                if cnt > 0:
                    total += sign * cnt / p if p > 0 else sign * math.inf
            return total

        tiny = 1e-300
        if hi - lo < 1e-15 or slope(lo + tiny) <= 0:
            q = lo
        elif slope(hi - tiny) >= 0:
            q = hi
        else:
            q = optimize.brentq(slope, lo + tiny, hi - tiny, xtol=1e-17, rtol=8.9e-16, maxiter=500)
        var = n * (2 * q + delta * (1 - delta))
        num = b - c - n * delta
        return 0.0 if num == 0 else num / math.sqrt(var)

    est = (b - c) / n
    eps = 1e-13
    lower = -1.0 if score(-1 + eps) <= z else optimize.brentq(lambda d: score(d) - z, -1 + eps, est, xtol=1e-14)
    upper = 1.0 if score(1 - eps) >= -z else optimize.brentq(lambda d: score(d) + z, est, 1 - eps, xtol=1e-14)
    return [lower, upper]


def square_tables():
    out = []
    for k in [2, 3, 4, 5]:
        for n in [2, 3, 7, 12, 30, 80, 250, 1500]:
            for _ in range(3):
                t = random_table(k, n)
                higher = int(np.triu(t, 1).sum())
                lower = int(np.tril(t, -1).sum())
                sm_stat, sm_homog = laplacian_test(t)
                out.append({
                    'table': t.tolist(),
                    'higher': higher,
                    'lower': lower,
                    'tango': tango(higher, lower, int(t.sum())),
                    'meanDifference': mean_difference(t),
                    'stuartMaxwell': sm_stat,
                    'statsmodelsHomogeneity': sm_homog,
                    'bowker': bowker(t),
                    'kappa': {'none': kappa(t, None), 'linear': kappa(t, 'linear'), 'quadratic': kappa(t, 'quadratic')},
                    'ac': {w: irr(t, name, 'gwet') for w, name in [('none', 'identity'), ('linear', 'linear'), ('quadratic', 'quadratic')]},
                    'bp': {w: irr(t, name, 'bp') for w, name in [('none', 'identity'), ('linear', 'linear'), ('quadratic', 'quadratic')]},
                })
    return out


def reliability():
    out = []
    for coders in [2, 3, 4, 6]:
        for units in [5, 20, 200]:
            for missing in [0.0, 0.25]:
                truth = rng.integers(0, 4, size=units)
                data = np.array([[float(min(3, max(0, g + rng.choice([-1, 0, 0, 0, 1])))) for g in truth] for _ in range(coders)])
                data[rng.uniform(size=data.shape) < missing] = np.nan
                entry = {'data': [[None if math.isnan(v) else v for v in row] for row in data.T.tolist()]}
                for level in ['nominal', 'ordinal', 'interval']:
                    with warnings.catch_warnings():
                        warnings.simplefilter('ignore')
                        try:
                            a = krippendorff.alpha(reliability_data=data, level_of_measurement=level)
                        except ValueError:
                            a = float('nan')
                    entry[level] = f(a) if math.isfinite(a) else None
                if missing == 0.0:
                    counts = np.array([[np.sum(data[:, u] == v) for v in range(4)] for u in range(units)])
                    entry['fleissKappa'] = f(fleiss_kappa(counts, method='fleiss'))
                out.append(entry)
    return out


def trends():
    out = []
    for rounds in [2, 3, 4, 6]:
        for _ in range(4):
            n = rng.integers(5, 200, size=rounds)
            x = np.array([rng.binomial(ni, rng.uniform(0.1, 0.9)) for ni in n])
            scores = np.arange(rounds, dtype=float)
            res = Table(np.column_stack([x, n - x]), shift_zeros=False).test_ordinal_association(row_scores=scores, col_scores=np.array([1.0, 0.0]))
            z = f(res.zscore) * math.sqrt(n.sum() / (n.sum() - 1))
            out.append({'successes': x.tolist(), 'totals': n.tolist(), 'z': z, 'p': f(2 * stats.norm.sf(abs(z)))})
    return out


def independence():
    out = []
    for r, c in [(2, 2), (2, 4), (3, 3), (5, 4), (8, 6)]:
        for _ in range(3):
            table = rng.multinomial(rng.integers(20, 500), rng.dirichlet(np.ones(r * c))).reshape(r, c)
            live = table[table.sum(1) > 0][:, table.sum(0) > 0]
            stat, p, df, expected = stats.chi2_contingency(live, correction=False)
            out.append({'table': table.tolist(), 'statistic': f(stat), 'df': int(df), 'p': f(p), 'smallestExpected': f(expected.min())})
    return out


def sample_sizes():
    change = []
    for p1, d in [(0.5, 0.15), (0.2, 0.1), (0.1, -0.05), (0.7, 0.2), (0.05, 0.3), (0.9, -0.4)]:
        for power in [0.8, 0.9]:
            for level in [0.95, 0.99]:
                h = abs(proportion_effectsize(p1 + d, p1))
                analysis = NormalIndPower()
                n = analysis.solve_power(effect_size=h, nobs1=None, alpha=1 - level, power=power, ratio=1, alternative='two-sided')
                # solve_power stops some 1e-7 short; polish on statsmodels' own power function.
                n = optimize.brentq(lambda m: analysis.power(h, m, 1 - level, ratio=1, alternative='two-sided') - power, n * 0.9, n * 1.1, xtol=1e-13)
                change.append({'from': p1, 'change': d, 'power': power, 'level': level, 'n': f(n)})
    share = []
    for margin in [0.03, 0.05, 0.1, 0.2]:
        for p in [0.5, 0.3, 0.1, 0.02]:
            for level in [0.9, 0.95]:
                def width(nn):
                    lo, hi = proportion_confint(p * nn, nn, alpha=1 - level, method='wilson')
                    return hi - lo
                nn = 1
                while width(nn) > 2 * margin:
                    nn += 1
                share.append({'margin': margin, 'share': p, 'level': level, 'n': nn})
    return {'change': change, 'share': share}


def adjusted_intervals():
    out = []
    for m in [1, 3, 9, 12]:
        alpha = 0.05 / m
        for x1, n1, x2, n2 in [(5, 32, 12, 30), (0, 20, 3, 25), (40, 40, 31, 44), (100, 400, 150, 420)]:
            w = proportion_confint(x1, n1, alpha=alpha, method='wilson')
            d = confint_proportions_2indep(x2, n2, x1, n1, method='newcomb', compare='diff', alpha=alpha)
            out.append({'m': m, 'x1': x1, 'n1': n1, 'x2': x2, 'n2': n2, 'wilson': [f(w[0]), f(w[1])], 'newcombe': [f(d[0]), f(d[1])]})
    return out


def main():
    oracle = {
        'seed': SEED,
        'distributions': distributions(),
        'squareTables': square_tables(),
        'reliability': reliability(),
        'trend': trends(),
        'independence': independence(),
        'sampleSize': sample_sizes(),
        'adjustedIntervals': adjusted_intervals(),
    }
    with open(OUT, 'w') as fh:
        json.dump(oracle, fh, indent=1)
        fh.write('\n')
    print(f'wrote {OUT}: {len(oracle["squareTables"])} square tables, {len(oracle["reliability"])} reliability data sets')


if __name__ == '__main__':
    main()
