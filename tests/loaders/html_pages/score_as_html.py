#!/usr/bin/env python3
"""Runs ../shared/eval/score.py on the seed articles saved as web pages (seeds/*.html).

The reference annotation keys each document by its file name, 000_....txt; the pages are the same
articles as 000_....html. This writes a copy of the annotation with each document's name given
the .html extension (nothing else changed) and runs the scorer with it, passing every other
argument through:

  score_as_html.py SCORE_PY GOLD_JSON [score.py arguments: --bin ... --docs DIR --codebook ...]
"""
import json, os, subprocess, sys, tempfile

score, gold = sys.argv[1], sys.argv[2]
data = json.load(open(gold, encoding="utf-8"))
for d in data["documents"]:
    if d["doc"].endswith(".txt"):
        d["doc"] = d["doc"][:-4] + ".html"
with tempfile.TemporaryDirectory() as tmp:
    renamed = os.path.join(tmp, "gold-as-html.json")
    json.dump(data, open(renamed, "w", encoding="utf-8"))
    sys.exit(subprocess.call([sys.executable, score, "--gold", renamed] + sys.argv[3:]))
