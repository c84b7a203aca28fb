"""The script an analyst would write: csv.reader and the grading rule, nothing else.

`npm run bench` times it against case-audit on the same file. Usage:
    python3 scripts/bench-python.py criteria.json cases.csv
criteria.json (written by scripts/bench-data.mjs beside the YAML criteria):
    {"types": {"domestic-abuse": {"aliases": ["DA"], "widespread": 3, "criteria": [["DA1", "expected"], ...]}}}
Prints {"read", "ungraded", "counts": {grade: n}} as JSON (counts of the grade each graded case ends
with), so the bench can check that both give the same figures. No validation: the bench's data is clean.
"""
import csv
import json
import sys

GRADES = ["good", "requires_improvement", "inadequate"]
MET = {"y", "yes", "met", "true", "1"}
UNMET = {"n", "no", "not met", "unmet", "false", "0"}
NA = {"na", "n/a"}
RECORDED = {"good": "good", "g": "good", "requires improvement": "requires_improvement", "ri": "requires_improvement",
            "requiring improvement": "requires_improvement", "requires_improvement": "requires_improvement",
            "inadequate": "inadequate", "i": "inadequate"}


def key(cell):
    """As case-audit reads a cell: trimmed, lower case, inner runs of spaces as one."""
    return " ".join(cell.split()).lower()


def main(criteria_file, cases_file):
    with open(criteria_file, encoding="utf-8") as f:
        spec = json.load(f)
    types = {}
    for type_id, t in spec["types"].items():
        for name in [type_id, *t["aliases"]]:
            types[name.lower()] = t
    counts = {g: 0 for g in GRADES}
    read = ungraded = 0
    # utf-8-sig: a spreadsheet's byte-order mark is not part of the first column's name.
    with open(cases_file, newline="", encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        col = {key(name): i for i, name in enumerate(next(rows))}
        type_col, independent_col = col["case_type"], col.get("independent_grade")
        # Each type's criteria resolved once to column positions.
        plans = {name: ([(col[cid.lower()], severity == "serious") for cid, severity in t["criteria"]], t["widespread"])
                 for name, t in types.items()}
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            read += 1
            criteria, widespread = plans[row[type_col].strip().lower()]
            unmet = missing = applicable = 0
            serious = False
            for i, is_serious in criteria:
                value = key(row[i])
                if value in NA:
                    continue
                applicable += 1
                if value in UNMET:
                    unmet += 1
                    serious = serious or is_serious
                elif value not in MET:
                    missing += 1
            derived = None
            if missing == 0 and applicable > 0:
                derived = "inadequate" if serious or unmet >= widespread else "requires_improvement" if unmet else "good"
            recorded = RECORDED.get(key(row[independent_col])) if independent_col is not None else None
            grade = recorded or derived
            if grade is None:
                ungraded += 1
            else:
                counts[grade] += 1
    print(json.dumps({"read": read, "ungraded": ungraded, "counts": counts}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
