#!/usr/bin/env python3
"""Checks gold.json and codebook.json of this set with python3 only (no stancegraph build or run):
the checks of tests/tools/realnews_gold_check.py, with this set's stray opening marks and article
layout, plus one check of this set: every actor named in the stances (required, optional or
ambiguous) is written in at least one article under its name or one of its aliases.
Run from the repository root:  python3 tests/realnews-stance-k/tools/check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(os.path.dirname(SET), "tools"))
from realnews_gold_check import actors_named_in_texts, check  # noqa: E402

# opening marks that are not quotations: (file, 5 characters from the mark)
# the name of the rally, "Reject and Protect", in straight double marks twice in Boxer's message
STRAY = {("senator-boxer-reject-and-protect-message.txt", '"Reje')}


rc = check(SET, STRAY, layout="paragraphs")
rc = actors_named_in_texts(SET) or rc
print("OK (stance actors named in the texts)" if rc == 0 else "FAILED")
sys.exit(rc)
