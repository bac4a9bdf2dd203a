#!/usr/bin/env python3
"""Score stancegraph's actors (people, organisations, affiliations) against the real-news gold.

It drives the stancegraph command line only:
  stancegraph build -q -o GRAPH DOCS_DIR            (no codebook: actors do not depend on one)
  stancegraph export -g GRAPH --format actors-jsonl

and compares the exported actor nodes with gold.json (schema in README.md). The export is one
list for the whole corpus, so the gold is read as one list too: the same canonical name (after
normalising) in two documents is one gold actor, and its aliases and affiliations are the union
of the documents'. A node matches a gold actor by its name, else by one of its aliases, compared
case-insensitively without punctuation and without leading titles (Mr, Sen., Rep., President,
Congressman, U.S. ...). Measures:

  person precision        person nodes that are gold people / person nodes
  organisation precision  organisation nodes that are gold bodies / organisation nodes
                          (a node that is a gold actor of the other kind, a not_actor or
                          unknown is wrong)
  fragmentation           nodes matched to gold actors / distinct gold actors matched (goal 1.00)
  affiliation precision   (person, organisation) pairs of the export that the gold states /
                          pairs of the export (pairs of wrong nodes count as wrong)
  affiliation recall      gold pairs the export has / gold pairs
  person / organisation recall (informational): gold actors (not optional) with a node

Prints one line per measure and a summary line; -v lists every wrong node by category, every
split actor, every node that joins two gold actors, every missed and extra affiliation. Exits 1
when a --min-*/--max-* bar is not met, 2 when the program could not be run or read.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict

APOSTROPHES = "'\u2018\u2019\u00b4\u0060\u201c\u201d\""
# Leading words that are a title or role, not part of a person's name ("Sherriff" is a spelling in
# one of the texts). "u s" is "U.S." after punctuation is dropped.
PERSON_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "doctor", "sir", "dame", "lord", "lady", "prof", "professor",
    "rev", "reverend", "hon", "honorable", "honourable", "rt", "the", "former", "u", "s", "us",
    "rep", "representative", "congressman", "congresswoman", "sen", "senator", "president",
    "vice", "secretary", "administrator", "chairman", "chairwoman", "chair", "ranking", "member",
    "governor", "gov", "mayor", "sheriff", "sherriff", "chief", "judge", "justice", "minister",
    "prime", "deputy", "speaker", "leader", "majority", "minority", "director", "commissioner",
    "transportation", "epa", "ambassador", "general", "gen", "attorney", "cllr", "councillor",
    "gentleman", "friend",
}
ORG_PREFIXES = {"the", "u", "s", "us"}


def norm_text(s):
    s = unicodedata.normalize("NFKD", (s or "").lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    for ch in APOSTROPHES:
        s = s.replace(ch, "")
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " ".join(s.split())


def strip_leading(words, drop):
    words = list(words)
    while words and words[0] in drop:
        words.pop(0)
    return words


def norm_person(s):
    return " ".join(strip_leading(norm_text(s).split(), PERSON_TITLES))


def norm_org(s):
    return " ".join(strip_leading(norm_text(s).split(), ORG_PREFIXES))


def norm_as(kind, s):
    return norm_person(s) if kind == "person" else norm_org(s)


class Gold:
    """The corpus-level view of gold.json: one entry per actor, indexes from spellings to actors."""

    def __init__(self, data):
        self.actors = {}                   # key -> {"kind", "name", "aliases", "docs", "optional"}
        self.pairs = defaultdict(set)      # (person key, org key) -> documents stating it
        self.not_actors = {}               # normalised text -> spelling
        self.index = {"person": defaultdict(set), "organisation": defaultdict(set)}
        pending = []
        for doc, entry in data["documents"].items():
            for kind, field in (("person", "people"), ("organisation", "organisations")):
                for actor in entry.get(field, []):
                    key = (kind, norm_as(kind, actor["name"]))
                    a = self.actors.setdefault(key, {"kind": kind, "name": actor["name"], "aliases": set(),
                                                     "docs": set(), "optional": True})
                    a["docs"].add(doc)
                    a["optional"] = a["optional"] and bool(actor.get("optional"))
                    for spelling in [actor["name"]] + list(actor.get("aliases", [])):
                        a["aliases"].add(spelling)
                        n = norm_as(kind, spelling)
                        if n:
                            self.index[kind][n].add(key)
                    for aff in actor.get("affiliations", []):
                        org = aff["organisation"] if isinstance(aff, dict) else aff
                        pending.append((key, org, doc))
            for spelling in entry.get("not_actors", []):
                self.not_actors.setdefault(norm_text(spelling), spelling)
                self.not_actors.setdefault(norm_org(spelling), spelling)
        for person, org, doc in pending:
            keys = self.index["organisation"].get(norm_org(org), set())
            if len(keys) != 1:
                sys.exit(f"score_actors: gold affiliation {self.actors[person]['name']} -> {org!r} ({doc}) "
                         f"names {'no' if not keys else 'more than one'} gold organisation")
            self.pairs[(person, next(iter(keys)))].add(doc)

    def lookup(self, kind, spelling):
        return self.index[kind].get(norm_as(kind, spelling), set())

    def label(self, key):
        return self.actors[key]["name"]


def run(cmd, timeout=600):
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as err:
        print(f"score_actors: could not run {' '.join(cmd)}: {err}", file=sys.stderr)
        sys.exit(2)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-2000:])
        print(f"score_actors: {' '.join(cmd)} exited {done.returncode}", file=sys.stderr)
        sys.exit(2)
    return done.stdout


def read_actors(text):
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        try:
            rows.append(json.loads(line))
        except ValueError as err:
            print(f"score_actors: actors-jsonl line {n} is not JSON: {err}", file=sys.stderr)
            sys.exit(2)
    return rows


def node_kind(row):
    kind = str(row.get("kind", "")).lower()
    if kind.startswith("person") or kind == "people":
        return "person"
    if kind.startswith("org"):
        return "organisation"
    return kind


def match_node(gold, kind, row):
    """The gold actors a node stands for: by its name, else by its aliases. Returns (keys, how)."""
    keys = gold.lookup(kind, row.get("name", ""))
    if keys:
        return keys, "name"
    found = set()
    for alias in row.get("aliases", []) or []:
        found |= gold.lookup(kind, alias)
    return found, "alias"


def why_wrong(gold, kind, row):
    """A category for a node that is no gold actor of its kind (the report groups by it)."""
    name = row.get("name", "")
    other = "organisation" if kind == "person" else "person"
    if gold.lookup(other, name) or any(gold.lookup(other, a) for a in row.get("aliases", []) or []):
        return f"a gold {other} extracted as {kind}"
    n = norm_text(name)
    if kind == "person" and not norm_person(name):
        return "a title or role with no name"
    if n in gold.not_actors or norm_org(name) in gold.not_actors:
        return "not an actor (law, programme, place, event or unnamed role in the gold's not_actors)"
    parts = re.split(r"\s+(?:and|&)\s+", name)
    if len(parts) > 1 and sum(1 for p in parts if gold.lookup("organisation", p) or gold.lookup("person", p)) >= 1:
        return "a conjunction of two names as one node"
    padded = f" {n} "
    for spelling in list(gold.not_actors) + [norm_text(s) for a in gold.actors.values() for s in a["aliases"]]:
        if spelling and len(spelling.split()) > len(n.split()) and padded in f" {spelling} ":
            return "a fragment of a longer name (law, programme or body cut short)"
    for a in gold.actors.values():
        for s in a["aliases"]:
            s = norm_text(s)
            if len(s.split()) >= 2 and f" {s} " in padded and s != n:
                return "a gold name with extra words around it"
    return "other (not in the gold at all)"


def score(gold, actors, verbose):
    out = {}
    matched = defaultdict(list)            # gold key -> node names
    wrong = {"person": defaultdict(list), "organisation": defaultdict(list)}
    totals = {"person": 0, "organisation": 0}
    good = {"person": 0, "organisation": 0}
    joined = []                            # nodes whose spellings name two gold actors
    ambiguous = []
    node_of = {}                           # id(row) -> gold key
    for row in actors:
        kind = node_kind(row)
        if kind not in totals:
            continue
        totals[kind] += 1
        keys, how = match_node(gold, kind, row)
        if not keys:
            wrong[kind][why_wrong(gold, kind, row)].append(row.get("name", ""))
            continue
        good[kind] += 1
        key = sorted(keys)[0]
        if len(keys) > 1:
            ambiguous.append((row.get("name", ""), sorted(gold.label(k) for k in keys)))
        matched[key].append(row.get("name", ""))
        node_of[id(row)] = key
        # The node also carries a spelling that names another gold actor unambiguously: two
        # actors in one node.
        others = set()
        for alias in [row.get("name", "")] + list(row.get("aliases", []) or []):
            ks = gold.lookup(kind, alias)
            if len(ks) == 1 and key not in ks:
                others |= ks
        if others:
            joined.append((row.get("name", ""), gold.label(key), sorted(gold.label(k) for k in others)))

    for kind, label in (("person", "person"), ("organisation", "org")):
        out[f"{label}_precision"] = good[kind] / totals[kind] if totals[kind] else 0.0
        required = [k for k, a in gold.actors.items() if a["kind"] == kind and not a["optional"]]
        out[f"{label}_recall"] = sum(1 for k in required if k in matched) / len(required) if required else 0.0
    out["fragmentation"] = (sum(len(v) for v in matched.values()) / len(matched)) if matched else 0.0
    out["joined_nodes"] = len(joined)

    # Affiliations: (gold person, gold organisation) pairs.
    pred = set()
    extra_raw = []
    for row in actors:
        if node_kind(row) != "person":
            continue
        person = node_of.get(id(row))
        for aff in row.get("affiliations", []) or []:
            org = aff.get("organisation") if isinstance(aff, dict) else aff
            role = aff.get("role") if isinstance(aff, dict) else None
            orgs = gold.lookup("organisation", org or "")
            if person is None or len(orgs) != 1:
                extra_raw.append((row.get("name", ""), org, role,
                                  "person is not a gold person" if person is None else "organisation is not a gold body"))
                continue
            pred.add((person, next(iter(orgs))))
    gold_pairs = set(gold.pairs)
    hit = pred & gold_pairs
    npred = len(pred) + len(extra_raw)
    out["affiliation_precision"] = len(hit) / npred if npred else 0.0
    out["affiliation_recall"] = len(hit) / len(gold_pairs) if gold_pairs else 0.0
    out["counts"] = (f"{totals['person']} person nodes, {totals['organisation']} organisation nodes; "
                     f"gold {sum(1 for a in gold.actors.values() if a['kind'] == 'person')} people, "
                     f"{sum(1 for a in gold.actors.values() if a['kind'] == 'organisation')} organisations, "
                     f"{len(gold_pairs)} affiliations; export {npred} affiliations")

    if verbose:
        for kind in ("person", "organisation"):
            for why, names in sorted(wrong[kind].items(), key=lambda kv: -len(kv[1])):
                print(f"  wrong {kind} [{why}]: " + "; ".join(sorted(names)))
        splits = sorted(((k, v) for k, v in matched.items() if len(v) > 1), key=lambda kv: (-len(kv[1]), kv[0]))
        for key, names in splits:
            print(f"  split actor   {gold.label(key)}: {len(names)} nodes {sorted(names)}")
        for name, key, others in joined:
            print(f"  joined        node {name!r} is {key} but also spells {others}")
        for name, keys in ambiguous:
            print(f"  ambiguous     node {name!r} could be {keys}")
        for kind in ("person", "organisation"):
            missed = sorted(a["name"] for k, a in gold.actors.items()
                            if a["kind"] == kind and not a["optional"] and k not in matched)
            if missed:
                print(f"  missed {kind}: " + "; ".join(missed))
        for person, org in sorted(gold_pairs - pred):
            print(f"  missed affiliation {gold.label(person)} -> {gold.label(org)} "
                  f"({', '.join(sorted(gold.pairs[(person, org)]))})")
        for person, org in sorted(pred - gold_pairs):
            print(f"  extra affiliation  {gold.label(person)} -> {gold.label(org)}")
        for name, org, role, why in extra_raw:
            print(f"  extra affiliation  {name} -> {org}" + (f" ({role})" if role else "") + f" [{why}]")
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True, help="path to the stancegraph executable")
    ap.add_argument("--docs", default=os.path.join(here, "articles"), help="folder of the articles")
    ap.add_argument("--gold", default=os.path.join(here, "gold.json"), help="gold actors (JSON)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every wrong node, split actor and affiliation error")
    ap.add_argument("--min-person-precision", type=float, default=0.0)
    ap.add_argument("--min-org-precision", type=float, default=0.0)
    ap.add_argument("--max-fragmentation", type=float, default=None)
    ap.add_argument("--min-affiliation-precision", type=float, default=0.0)
    ap.add_argument("--min-affiliation-recall", type=float, default=0.0)
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as fh:
        gold = Gold(json.load(fh))
    missing = [d for d in json.load(open(args.gold, encoding="utf-8"))["documents"]
               if not os.path.isfile(os.path.join(args.docs, d))]
    if missing:
        print(f"score_actors: gold documents not in {args.docs}: {', '.join(missing)}", file=sys.stderr)
        sys.exit(2)
    with tempfile.TemporaryDirectory() as tmp:
        graph = os.path.join(tmp, "graph.json")
        run([args.bin, "build", "-q", "-o", graph, args.docs])
        actors = read_actors(run([args.bin, "export", "-g", graph, "--format", "actors-jsonl"]))
    s = score(gold, actors, args.verbose)
    for key in ("person_precision", "person_recall", "org_precision", "org_recall", "fragmentation",
                "joined_nodes", "affiliation_precision", "affiliation_recall", "counts"):
        value = s[key]
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
    short = []
    if s["person_precision"] < args.min_person_precision:
        short.append("person-precision")
    if s["org_precision"] < args.min_org_precision:
        short.append("org-precision")
    if args.max_fragmentation is not None and s["fragmentation"] > args.max_fragmentation:
        short.append("fragmentation")
    if s["affiliation_precision"] < args.min_affiliation_precision:
        short.append("affiliation-precision")
    if s["affiliation_recall"] < args.min_affiliation_recall:
        short.append("affiliation-recall")
    summary = (f"person_precision={s['person_precision']:.2f} org_precision={s['org_precision']:.2f} "
               f"fragmentation={s['fragmentation']:.2f} affiliation_precision={s['affiliation_precision']:.2f} "
               f"affiliation_recall={s['affiliation_recall']:.2f}")
    print(("below bar (" + ", ".join(short) + "): " if short else "score: ") + summary)
    sys.exit(1 if short else 0)


if __name__ == "__main__":
    main()
