#!/usr/bin/env python3
"""The scorer's own provenance check (score_spans of ../shared/eval/score.py) on files that have no
reference annotation: builds a graph of FILES with the stancegraph binary, exports its claims and
asks score_spans whether each claim's span, read from its file in DOCS (a document FILE#N is read
from FILE), holds the claim's text. Exits 1 on any span error, or when no claim was checked.

  check_spans_with_scorer.py SCORE_PY STANCEGRAPH DOCS FILE...

Not for .docx exports: the scorer reads the file's bytes, and a .docx is a zip (its documents'
spans are bytes of its word/document.xml; see README.md)."""
import importlib.util, json, os, subprocess, sys, tempfile

score_py, binary, docs, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
spec = importlib.util.spec_from_file_location("score", score_py)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
with tempfile.TemporaryDirectory() as tmp:
    graph = os.path.join(tmp, "graph.sg")
    subprocess.run([binary, "build", "-q", "-o", graph] + files, check=True)
    out = subprocess.run([binary, "export", "-g", graph, "--format", "claims-jsonl"], check=True,
                         capture_output=True, text=True).stdout
claims = [json.loads(line) for line in out.splitlines() if line.strip()]
result = score.score_spans(claims, docs, True)
print(result)
sys.exit(0 if result["span_errors"] == 0 and result["spans_checked"] > 0 else 1)
