"""Checks a real-news stance set's gold.json and codebook.json with python3 only (no stancegraph
build or run): the checks the sets tests/realnews-stance*/ share. Each set's tools/check.py calls
check() with its own stray marks and article layout.

Imports norm_text, norm_name and Names from ../shared/eval/score.py (the scorer's own loading and
name mapping) and checks what the scorer relies on, plus the conventions of the held-out sets:
  - both JSON files load; the position ids of gold.json and the codebook are the same;
  - every document exists in articles/ and every required key the scorer reads is present;
  - every stance name, quote speaker and affiliation maps (through Names) to a gold actor;
  - no alias maps to two actors; no actor is on two sides of one position;
  - every quote start and not_quote is an exact substring of its article, and its normalised form
    (norm_text) is found in the normalised article;
  - every opening quotation mark in an article starts a gold quote or a not_quote (or is listed
    by the set as a stray mark);
  - the articles are UTF-8 with LF only, one trailing newline, and start with a visible character;
    layout "one-line": a single line; layout "paragraphs": single blank lines between paragraphs
    and no trailing white space.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "shared", "eval"))
from score import Names, norm_name, norm_text  # noqa: E402

def quoted(text, s):
    """Positions of the opening marks directly before an exact occurrence of s."""
    return [m.start() - 1 for m in re.finditer(re.escape(s), text)
            if m.start() > 0 and text[m.start() - 1] in "“\"‘'"]

def check(set_dir, stray=frozenset(), layout="one-line"):
    """Prints the errors and the set's counts; returns the exit code (0: OK)."""
    SET = set_dir
    STRAY = stray
    errors = []

    def err(msg):
        errors.append(msg)

    gold = json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))
    codebook = json.load(open(os.path.join(SET, "codebook.json"), encoding="utf-8"))
    ids = [p["id"] for p in codebook["positions"]]
    if sorted(ids) != sorted(gold["positions"]) or sorted(ids) != sorted(gold["stances"]):
        err(f"position ids differ: codebook {ids}, gold positions {list(gold['positions'])}, stances {list(gold['stances'])}")

    names = Names(gold)
    actors = {norm_name(e["name"]) for e in gold["people"] + gold["organisations"]}
    orgs = {norm_name(e["name"]) for e in gold["organisations"]}
    seen = {}
    for e in gold["people"] + gold["organisations"]:
        for s in [e["name"]] + e.get("aliases", []):
            k = norm_name(s)
            if k in seen and seen[k] != e["name"]:
                err(f"spelling {s!r} names both {seen[k]} and {e['name']}")
            seen[k] = e["name"]
    for p in gold["people"]:
        for o in p.get("affiliations", []):
            if names(o) not in orgs:
                err(f"affiliation {o!r} of {p['name']} is not a gold organisation")

    for pos, sides in gold["stances"].items():
        where = {}
        for key in ("supports", "supports_optional", "opposes", "opposes_optional", "ambiguous"):
            for a in sides.get(key, []):
                k = names(a)
                if k not in actors:
                    err(f"{pos}/{key}: {a!r} is not a gold actor")
                if k in where:
                    err(f"{pos}: {a!r} is in {where[k]} and {key}")
                where[k] = key

    arts = os.path.join(SET, "articles")
    files = sorted(os.listdir(arts))
    if sorted(d["doc"] for d in gold["documents"]) != files:
        err(f"documents {sorted(d['doc'] for d in gold['documents'])} differ from articles/ {files}")
    nquotes = nopt = 0
    for d in gold["documents"]:
        for key in ("doc", "quotes"):
            if key not in d:
                err(f"document without {key}: {d}")
        raw = open(os.path.join(arts, d["doc"]), "rb").read()
        text = raw.decode("utf-8")
        if b"\r" in raw or not text.endswith("\n") or text.endswith("\n\n"):
            err(f"{d['doc']}: expected LF lines and one trailing newline")
        if layout == "one-line" and text.count("\n") != 1:
            err(f"{d['doc']}: expected one line")
        if layout == "paragraphs" and "\n\n\n" in text:
            err(f"{d['doc']}: expected single blank lines between paragraphs")
        if layout == "paragraphs" and any(line != line.rstrip() for line in text.split("\n")):
            err(f"{d['doc']}: a line ends with white space")
        if not text[0].isprintable() or text[0].isspace() or text[0] in "\ufeff\u200b":
            err(f"{d['doc']}: starts with an invisible character")
        covered = set()
        for q in d["quotes"]:
            nquotes += 1
            nopt += bool(q.get("optional"))
            if "starts" not in q or "speaker" not in q:
                err(f"{d['doc']}: quote without starts/speaker: {q}")
                continue
            if q["speaker"] is not None and names(q["speaker"]) not in actors:
                err(f"{d['doc']}: speaker {q['speaker']!r} is not a gold actor")
            if norm_text(q["starts"]) not in norm_text(text):
                err(f"{d['doc']}: normalised start {q['starts']!r} not in normalised article")
            at = quoted(text, q["starts"])
            if len(at) != 1:
                err(f"{d['doc']}: quote start {q['starts']!r} follows an opening mark {len(at)} times")
            covered.update(at)
        for nq in d.get("not_quotes", []):
            at = quoted(text, nq)
            if len(at) != 1:
                err(f"{d['doc']}: not_quote {nq!r} is quoted {len(at)} times in the article")
            covered.update(at)
        # opening marks: every curly opening mark, and every straight mark that is followed by a letter
        for m in re.finditer(r"“|\"(?=\w)", text):
            if m.start() in covered:
                continue
            if (d["doc"], text[m.start():m.start() + 5]) in STRAY:
                continue
            err(f"{d['doc']}: opening mark at {m.start()} ({text[m.start():m.start()+40]!r}) is not covered")

    for e in errors:
        print("ERROR", e)
    count = {pos: {k: len(v) for k, v in sides.items()} for pos, sides in gold["stances"].items()}
    print(f"{len(gold['documents'])} documents, {len(gold['people'])} people, {len(gold['organisations'])} organisations, "
          f"{nquotes} quotes ({nquotes - nopt} required, {nopt} optional)")
    for pos, c in count.items():
        print(f"  {pos}: {c}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


def actors_named_in_texts(set_dir):
    """Errors for stance actors (required, optional or ambiguous) that no article of the set names
    under their name or an alias (whole words, case-sensitive); 1 if any, else 0."""
    gold = json.load(open(os.path.join(set_dir, "gold.json"), encoding="utf-8"))
    arts = os.path.join(set_dir, "articles")
    texts = [open(os.path.join(arts, f), encoding="utf-8").read() for f in sorted(os.listdir(arts))]
    spellings = {e["name"]: [e["name"]] + e.get("aliases", []) for e in gold["people"] + gold["organisations"]}
    errors = []
    for pos, sides in gold["stances"].items():
        for key, names in sides.items():
            for a in names:
                found = any(re.search(r"(?<!\w)" + re.escape(sp) + r"(?!\w)", t)
                            for sp in spellings.get(a, [a]) for t in texts)
                if not found:
                    errors.append(f"{pos}/{key}: {a!r} is named in no article")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0
