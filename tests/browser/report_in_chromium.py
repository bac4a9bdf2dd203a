#!/usr/bin/env python3
"""The report of the example corpus, opened in a real browser (Debian's chromium, headless).

Checks what a reader relies on:
  - the DOM after the page's script ran: one matrix row per actor of the graph, each cell's side
    and colour those of the graph's stances (worked out here from the JSON snapshot, not by
    stancegraph), every evidence quote the claim's exact text (a quote holding <script> and an
    <img> too, shown as text, its script never run);
  - no request leaves the page: chromium's net log holds no request made by the page (a control
    page with an <img src=http://...> first proves the log shows such requests);
  - the time line: one bar per (position, month, side) of the statements (the documents dated here);
  - a screenshot of the window's size that is not blank (saved for a human to look at).

Exits 77 (ctest: skipped) when chromium is not installed, saying so.
"""
import argparse
import html.parser
import json
import os
import shutil
import struct
import subprocess
import sys
import zlib

HOSTILE = 'We <script>document.title="pwned"</script> say <img src="http://127.0.0.1:9/leak.png"> & "more"'
WIDTH, HEIGHT = 1280, 1600
VOID = ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr")


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def chromium_binary():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(chromium, work, url, extra, netlog=None, timeout=90):
    """Runs headless chromium on url with its own profile; returns its standard output."""
    profile = os.path.join(work, "profile")
    shutil.rmtree(profile, ignore_errors=True)
    args = [chromium, "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps", "--hide-scrollbars",
            "--user-data-dir=" + profile]
    if os.geteuid() == 0:
        args.append("--no-sandbox")  # chromium refuses to run as root with its sandbox
    if netlog:
        args.append("--log-net-log=" + netlog)
    args += extra + [url]
    result = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    if result.returncode != 0:
        fail("chromium exited %d: %s" % (result.returncode, result.stderr.decode(errors="replace")[-2000:]))
    return result.stdout.decode("utf-8", errors="replace")


def page_requests(netlog_path):
    """URLs the page asked for: requests whose initiator is an origin (the file page's is "null").
    The browser's own background requests have the initiator "not an origin"."""
    with open(netlog_path, encoding="utf-8") as f:
        text = f.read()
    # A net log cut short at exit lacks its closing brackets.
    try:
        log = json.loads(text)
    except json.JSONDecodeError:
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    out = []
    for event in log["events"]:
        if names.get(event["type"]) != "URL_REQUEST_START_JOB":
            continue
        p = event.get("params", {})
        url = p.get("url")
        if url is None:  # the job's end: its start carried the URL
            continue
        if p.get("initiator") == "not an origin" and "file://" not in p.get("network_isolation_key", ""):
            continue
        if url.startswith(("file:", "data:")):
            continue
        out.append(url)
    return out


class Dom(html.parser.HTMLParser):
    """The parts of the dumped DOM the checks read."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.rows = []        # (actor, kind)
        self.cells = []       # (actor, column, side, style)
        self.positions = []   # column headings (title attribute: the full label)
        self.claims = []      # [key, quote text]
        self.csp = None
        self.timeline_bars = 0  # <rect class="tl-s"> and "tl-o"
        self.links = []       # every src / href / action / xlink:href value
        self._stack = []
        self._row = None
        self._column = 0
        self._in_title = False
        self._quote_depth = 0
        self._claim = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("src", "href", "action", "xlink:href", "srcset", "poster", "data"):
            if name in a and tag != "meta":
                self.links.append((tag, name, a[name]))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content")
        if tag == "title" and not self._stack_has("svg"):
            self._in_title = True
        cls = (a.get("class") or "").split()
        if tag == "rect" and ("tl-s" in cls or "tl-o" in cls):
            self.timeline_bars += 1
        if tag == "th" and "pos" in cls:
            self.positions.append(a.get("title"))
        if tag == "tr" and "actor" in cls:
            self._row = a.get("data-actor")
            self.rows.append((self._row, a.get("data-kind")))
            self._column = 0
        if tag == "td" and "c" in cls and self._row is not None:
            self.cells.append((self._row, self._column, a.get("data-side"), a.get("style") or ""))
            self._column += 1
        if tag == "li" and "claim" in cls:
            self._claim = [a.get("data-claim"), None]
            self.claims.append(self._claim)
        if tag == "mark" and "quote" in cls and self._claim is not None:
            self._quote_depth = 1
            self._claim[1] = ""
        elif self._quote_depth and tag not in VOID:
            self._quote_depth += 1
        if tag not in VOID:
            self._stack.append(tag)

    def _stack_has(self, tag):
        return tag in self._stack

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "tr":
            self._row = None
        if tag == "li":
            self._claim = None
        if self._quote_depth:
            self._quote_depth -= 1
        if tag in self._stack:
            while self._stack.pop() != tag:
                pass

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._quote_depth and self._claim is not None:
            self._claim[1] += data


def expected_stances(snapshot):
    """(speaker name, position name) -> [supports, opposes], from the snapshot's edges alone."""
    nodes = {n["key"]: n for n in snapshot["nodes"]}
    speaker = {}
    for e in snapshot["edges"]:
        if e["kind"] == "says":
            speaker.setdefault(e["to"], e["from"])
    cells = {}
    for e in snapshot["edges"]:
        if e["kind"] not in ("supports", "opposes"):
            continue
        claim = nodes[e["from"]]
        if claim["kind"] != "claim" or claim["claim"]["comment"] or e["from"] not in speaker:
            continue
        key = (nodes[speaker[e["from"]]]["name"], nodes[e["to"]]["name"])
        counts = cells.setdefault(key, [0, 0])
        counts[0 if e["kind"] == "supports" else 1] += 1
    return cells, nodes


def colour_family(style):
    """'supports' (green), 'opposes' (red) or 'mixed' (grey) from an inline background colour."""
    at = style.find("background:#")
    if at < 0:
        return None
    hexa = style[at + 12:at + 18]
    r, g, b = int(hexa[0:2], 16), int(hexa[2:4], 16), int(hexa[4:6], 16)
    if r == g == b:
        return "mixed"
    return "supports" if g > r else "opposes"


def png_check(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("the screenshot is not a PNG: " + path)
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (WIDTH, HEIGHT):
        fail("the screenshot is %dx%d, expected the window's %dx%d" % (width, height, WIDTH, HEIGHT))
    # The pixels, row by row: a blank page has every scanline alike.
    idat, at = b"", 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IDAT":
            idat += data[at + 8:at + 8 + length]
        at += 12 + length
    raw = zlib.decompress(idat)
    stride = len(raw) // height
    distinct = len({raw[i * stride + 1:(i + 1) * stride] for i in range(height)})
    if distinct < 100:
        fail("the screenshot looks empty: only %d distinct pixel rows of %d" % (distinct, height))
    return len(data), distinct


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()

    chromium = chromium_binary()
    if not chromium:
        print("SKIP: chromium is not installed (scripts/setup installs it: apt-get install chromium); "
              "the report was not checked in a browser")
        return 77
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    example = os.path.join(args.source, "examples", "nhs-cocommissioning")

    # The control: the net log does show a page's request, so an empty list below means something.
    control = os.path.join(work, "control.html")
    with open(control, "w") as f:
        f.write('<!DOCTYPE html><html><body><p>control</p><img src="http://127.0.0.1:9/control.png"></body></html>')
    control_log = os.path.join(work, "control-netlog.json")
    run_chromium(chromium, work, "file://" + control, ["--virtual-time-budget=1000", "--dump-dom"], control_log)
    if not any("127.0.0.1:9/control.png" in u for u in page_requests(control_log)):
        fail("the net log did not show the control page's request: this check cannot see requests")

    # The example graph, with one claim's text made hostile.
    graph = os.path.join(work, "example.json")
    subprocess.run([args.bin, "build", "-q", "--codebook", os.path.join(example, "codebook.json"), "--annotations",
                    os.path.join(example, "annotations.json"), "-o", graph, os.path.join(example, "articles")],
                   check=True)
    with open(graph, encoding="utf-8") as f:
        snapshot = json.load(f)
    stances, _ = expected_stances(snapshot)
    hostile_key = None
    for n in snapshot["nodes"]:
        if n["kind"] == "claim" and not n["claim"]["comment"] and any(
                e["from"] == n["key"] and e["kind"] in ("supports", "opposes") for e in snapshot["edges"]):
            n["name"] = HOSTILE
            hostile_key = n["key"]
            break
    # Dates (the example states none): one month per document, so the time line has something to show.
    documents = sorted(n["key"] for n in snapshot["nodes"] if n["kind"] == "document")
    month_of = {}
    for i, key in enumerate(documents):
        month_of[key] = "2014-%02d" % (5 + i)
        node = next(n for n in snapshot["nodes"] if n["key"] == key)
        node.setdefault("document", {})["date"] = month_of[key] + "-10"
    with open(graph, "w", encoding="utf-8") as f:
        json.dump(snapshot, f, ensure_ascii=False)
    stances, nodes = expected_stances(snapshot)

    report = os.path.join(work, "report.html")
    subprocess.run([args.bin, "report", "-g", graph, "-o", report, "--articles", os.path.join(example, "articles"),
                    "--claims-per-cell", "0", "--max-actors", "0"], check=True)
    url = "file://" + report
    netlog = os.path.join(work, "report-netlog.json")
    dom_text = run_chromium(chromium, work, url, ["--virtual-time-budget=3000", "--dump-dom"], netlog)
    with open(os.path.join(work, "report-dom.html"), "w", encoding="utf-8") as f:
        f.write(dom_text)
    dom = Dom()
    dom.feed(dom_text)

    # No request leaves the page: none in the net log, no link in the DOM to anywhere but the page.
    leaked = page_requests(netlog)
    if leaked:
        fail("the page made requests: %s" % leaked)
    if not dom.csp or "default-src 'none'" not in dom.csp:
        fail("no Content-Security-Policy with default-src 'none' in the page")
    for tag, name, value in dom.links:
        if not (value.startswith("#") or value.startswith("data:")):
            fail("<%s %s=%r> points outside the page" % (tag, name, value))
    if "pwned" in dom.title:
        fail("a script from an article ran (the title is %r)" % dom.title)

    # One matrix row per actor that has a side on a position, and nothing else.
    actors = sorted({speaker for speaker, _ in stances})
    rows = [name for name, _ in dom.rows]
    if sorted(rows) != actors:
        fail("matrix rows %s, expected one per actor %s" % (sorted(rows), actors))
    # Every cell: the graph's side, in that side's colour.
    positions = dom.positions
    if len(dom.cells) != len(rows) * len(positions):
        fail("%d cells for %d rows x %d positions" % (len(dom.cells), len(rows), len(positions)))
    for actor, column, side, style in dom.cells:
        counts = stances.get((actor, positions[column]), [0, 0])
        expected = ("mixed" if counts[0] and counts[1] else "supports" if counts[0]
                    else "opposes" if counts[1] else "none")
        if side != expected:
            fail("cell %s / %s is %s, the graph says %s %s" % (actor, positions[column], side, expected, counts))
        if expected != "none" and colour_family(style) != expected:
            fail("cell %s / %s is coloured %r, not as %s" % (actor, positions[column], style, expected))
    # Every evidence quote is its claim's exact text; every statement is there.
    statements = sum(s + o for s, o in stances.values())
    if len(dom.claims) != statements:
        fail("%d claims in the evidence, the graph has %d statements" % (len(dom.claims), statements))
    for key, quote in dom.claims:
        if quote != nodes[key]["name"]:
            fail("the quote of %s reads %r, the claim is %r" % (key, quote, nodes[key]["name"]))
    if not any(key == hostile_key for key, _ in dom.claims):
        fail("the hostile claim is not in the evidence")

    # The time line: a bar per (position, month, side) that has statements.
    bars = set()
    for e in snapshot["edges"]:
        claim = nodes.get(e["from"])
        if e["kind"] in ("supports", "opposes") and claim and claim["kind"] == "claim" and not claim["claim"]["comment"]:
            if any(x["kind"] == "says" and x["to"] == e["from"] for x in snapshot["edges"]):
                bars.add((e["to"], month_of[claim["claim"]["document"]], e["kind"]))
    if not bars or dom.timeline_bars != len(bars):
        fail("the time line has %d bars, the graph's statements fall in %d (position, month, side)"
             % (dom.timeline_bars, len(bars)))

    # A screenshot of the window's size that shows something.
    shot = os.path.join(work, "report.png")
    run_chromium(chromium, work, url, ["--virtual-time-budget=3000", "--screenshot=" + shot,
                                       "--window-size=%d,%d" % (WIDTH, HEIGHT)])
    size, distinct = png_check(shot)
    print("ok: %d rows x %d positions, %d claims with their exact text, %d time line bars, no request left the page; "
          "screenshot %s (%dx%d, %d bytes, %d distinct rows)" % (len(rows), len(positions), len(dom.claims), len(bars), shot,
                                                                WIDTH, HEIGHT, size, distinct))
    return 0


if __name__ == "__main__":
    sys.exit(main())
