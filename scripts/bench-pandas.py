"""The same count with pandas, as an analyst at ease with it would write it (vectorised per type).

`npm run bench` times it against case-audit on the same file when Debian's python3-pandas (or any
python3 with pandas) is there. Usage: python3 scripts/bench-pandas.py criteria.json cases.csv
Prints the Python script's JSON: {"read", "ungraded", "counts": {grade: n}}.
"""
import json
import sys

import pandas as pd

GRADES = ["good", "requires_improvement", "inadequate"]
MET = ["y", "yes", "met", "true", "1"]
UNMET = ["n", "no", "not met", "unmet", "false", "0"]
NA = ["na", "n/a"]
RECORDED = {"good": "good", "g": "good", "requires improvement": "requires_improvement", "ri": "requires_improvement",
            "requiring improvement": "requires_improvement", "requires_improvement": "requires_improvement",
            "inadequate": "inadequate", "i": "inadequate"}


def key(column):
    """As case-audit reads a cell: trimmed, lower case, inner runs of spaces as one."""
    return column.str.strip().str.replace(r"\s+", " ", regex=True).str.lower()


def main(criteria_file, cases_file):
    with open(criteria_file, encoding="utf-8") as f:
        spec = json.load(f)
    df = pd.read_csv(cases_file, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    df = df[(df.apply(lambda c: c.str.strip()) != "").any(axis=1)]
    kind = key(df["case_type"])
    grade = key(df["independent_grade"]).map(RECORDED)
    for type_id, t in spec["types"].items():
        rows = kind.isin([type_id.lower(), *(a.lower() for a in t["aliases"])])
        cells = {cid: key(df.loc[rows, cid]) for cid, _ in t["criteria"]}
        applicable = sum((~c.isin(NA)).astype(int) for c in cells.values())
        unmet = sum(c.isin(UNMET).astype(int) for c in cells.values())
        missing = sum((~c.isin(NA + UNMET + MET)).astype(int) for c in cells.values())
        serious = pd.Series(False, index=applicable.index)
        for cid, severity in t["criteria"]:
            if severity == "serious":
                serious |= cells[cid].isin(UNMET)
        derived = pd.Series(None, index=applicable.index, dtype=object)
        ok = (missing == 0) & (applicable > 0)
        derived[ok] = "good"
        derived[ok & (unmet > 0)] = "requires_improvement"
        derived[ok & (serious | (unmet >= t["widespread"]))] = "inadequate"
        grade.loc[rows] = grade.loc[rows].fillna(derived)
    counts = {g: int((grade == g).sum()) for g in GRADES}
    print(json.dumps({"read": int(len(df)), "ungraded": int(grade.isna().sum()), "counts": counts}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
