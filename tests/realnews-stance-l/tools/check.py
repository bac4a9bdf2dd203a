#!/usr/bin/env python3
"""Checks gold.json and codebook.json of this set with python3 only (no stancegraph build or run):
the checks of tests/tools/realnews_gold_check.py, with this set's stray opening marks and article
layout, plus one check of this set: every actor named in the stances (required, optional or
ambiguous) is written in at least one article under its name or one of its aliases.
Run from the repository root:  python3 tests/realnews-stance-l/tools/check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(os.path.dirname(SET), "tools"))
from realnews_gold_check import check  # noqa: E402

# opening marks that are not quotations: (file, 5 characters from the mark); none in this set
# (the scare-quoted term and the quoted names of this set are listed as not_quotes in gold.json)
STRAY = set()


def actors_in_texts():
    """Errors for stance actors that no article names (whole words, case-sensitive)."""
    gold = json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))
    arts = os.path.join(SET, "articles")
    texts = [open(os.path.join(arts, f), encoding="utf-8").read() for f in sorted(os.listdir(arts))]
    spellings = {e["name"]: [e["name"]] + e.get("aliases", []) for e in gold["people"] + gold["organisations"]}
    errors = []
    for pos, sides in gold["stances"].items():
        for key, names in sides.items():
            for a in names:
                found = any(re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", t)
                            for s in spellings.get(a, [a]) for t in texts)
                if not found:
                    errors.append(f"{pos}/{key}: {a!r} is named in no article")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


rc = check(SET, STRAY, layout="paragraphs")
rc = actors_in_texts() or rc
print("OK (stance actors named in the texts)" if rc == 0 else "FAILED")
sys.exit(rc)
