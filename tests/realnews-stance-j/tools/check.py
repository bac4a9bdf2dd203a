#!/usr/bin/env python3
"""Checks gold.json and codebook.json of this set with python3 only (no stancegraph build or run):
the checks of tests/tools/realnews_gold_check.py, with this set's stray opening marks and article
layout. Run from the repository root:  python3 tests/realnews-stance-j/tools/check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "tools"))
from realnews_gold_check import check  # noqa: E402

# opening marks that are not quotations: (file, 5 characters from the mark)
STRAY = frozenset()  # this set has no stray opening marks

sys.exit(check(os.path.dirname(HERE), STRAY, layout="paragraphs"))
