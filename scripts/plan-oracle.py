#!/usr/bin/python3
"""Reference values for `case-audit plan` (issue 26, item 7), from code we did not write.

Writes test/commands/plan-oracle.json; test/commands/plan.test.ts runs the command line of each
entry on the register fixtures/gloucestershire-2017.csv and compares its JSON with these figures.

Run with Debian's python3 (python3-statsmodels, python3-scipy from apt):
    /usr/bin/python3 scripts/plan-oracle.py

Where each figure comes from:
  - a share (or agreement) within +-m: the smallest n whose Wilson interval from statsmodels'
    proportion_confint(method='wilson') at the expected share is no wider than 2m, by a plain
    search from n = 1;
  - with a register: Cochran's finite-population correction (Sampling Techniques, 3rd ed., 1977,
    ch. 4), n = n0 / (1 + (n0 - 1) / N) rounded up and never above N, with N each type's rows in
    the register counted here with Python's csv module (and their sum for "in all");
  - a change of d points: statsmodels' NormalIndPower.solve_power on proportion_effectsize (the
    arcsine effect size), two-sided, ratio 1, polished by brentq on NormalIndPower.power, then
    rounded up; the same for every type (no correction).
"""

import csv
import json
import math
import os
from collections import Counter

from scipy import optimize
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import proportion_confint, proportion_effectsize

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
REGISTER = 'fixtures/gloucestershire-2017.csv'
OUT = os.path.join(ROOT, 'test', 'commands', 'plan-oracle.json')


def wilson_n(margin, share, level):
    def width(n):
        lo, hi = proportion_confint(share * n, n, alpha=1 - level, method='wilson')
        return hi - lo
    n = 1
    while width(n) > 2 * margin:
        n += 1
    return n


def corrected(n0, population):
    if population == 0:
        return 0
    return min(population, math.ceil(n0 / (1 + (n0 - 1) / population)))


def change_n(p1, d, power, level):
    h = abs(proportion_effectsize(p1 + d, p1))
    analysis = NormalIndPower()
    n = analysis.solve_power(effect_size=h, nobs1=None, alpha=1 - level, power=power, ratio=1, alternative='two-sided')
    n = optimize.brentq(lambda m: analysis.power(h, m, 1 - level, ratio=1, alternative='two-sided') - power, n * 0.9, n * 1.1, xtol=1e-13)
    # The library stops within 1e-12 above the root; statsmodels may land a hair either side of it.
    return math.ceil(n - 1e-9)


def main():
    with open(os.path.join(ROOT, REGISTER), newline='', encoding='utf-8-sig') as fh:
        sizes = Counter(row['case_type'] for row in csv.DictReader(fh))
    total = sum(sizes.values())
    goals = []
    for args, margin, share, level in [
        (['--margin', '5'], 0.05, 0.5, 0.95),
        (['--margin', '10', '--share', '0.3', '--level', '0.9'], 0.10, 0.3, 0.9),
        (['--agreement', '--margin', '10', '--share', '80%'], 0.10, 0.8, 0.95),
        (['--margin', '3', '--share', '0.1', '--level', '99%'], 0.03, 0.1, 0.99),
    ]:
        n0 = wilson_n(margin, share, level)
        goals.append({'args': args, 'register': False, 'n': n0, 'perType': {}})
        goals.append({
            'args': args,
            'register': True,
            'n': corrected(n0, total),
            'perType': {t: {'population': c, 'n': corrected(n0, c)} for t, c in sorted(sizes.items())},
        })
    for args, p1, d, power, level in [
        (['--change', '15', '--from', '0.5'], 0.5, 0.15, 0.8, 0.95),
        (['--change', '-10', '--from', '30%', '--power', '0.9', '--level', '0.99'], 0.3, -0.1, 0.9, 0.99),
        (['--change', '20', '--from', '0.05', '--power', '85%'], 0.05, 0.2, 0.85, 0.95),
    ]:
        n = change_n(p1, d, power, level)
        goals.append({'args': args, 'register': False, 'n': n, 'perType': {}})
        goals.append({'args': args, 'register': True, 'n': n, 'perType': {t: {'population': c, 'n': n} for t, c in sorted(sizes.items())}})
    with open(OUT, 'w') as fh:
        json.dump({'register': REGISTER, 'goals': goals}, fh, indent=1)
        fh.write('\n')


if __name__ == '__main__':
    main()
