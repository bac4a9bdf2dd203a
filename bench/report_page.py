#!/usr/bin/env python3
"""Times `stancegraph report` on a generated graph (scripts/bench report; bench/README.md).

    bench/report_page.py STANCEGRAPH GRAPH OUT_DIR [RUNS]

Runs the report RUNS times (default 3), each a fresh process writing OUT_DIR/report.html, and
prints the median and slowest wall time, the largest peak RSS (wait4's ru_maxrss) and the page's
size, then what the page holds (rows, evidence claims, whether the network was drawn). Writes the
same as a line of OUT_DIR/report-results.tsv.
"""
import os
import statistics
import sys
import time


def run(argv):
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execv(argv[0], argv)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("report failed: exit %d" % os.waitstatus_to_exitcode(status))
    return elapsed, usage.ru_maxrss


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, graph, out = sys.argv[1], sys.argv[2], sys.argv[3]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    page = os.path.join(out, "report.html")
    times, rss = [], 0
    for _ in range(runs):
        t, r = run([binary, "report", "-g", graph, "-o", page])
        times.append(t)
        rss = max(rss, r)
    with open(page, encoding="utf-8", errors="replace") as f:
        html = f.read()
    rows = html.count('<tr class="actor')
    claims = html.count('<li class="claim ')
    drawn = '<div class="netsvg"><svg' in html
    size = os.path.getsize(page)
    print("report of %s: median %.2f s, slowest %.2f s over %d runs; peak RSS %.0f MiB; page %.1f MiB: "
          "%d matrix rows, %d evidence claims, network %s" % (graph, statistics.median(times), max(times), runs,
                                                               rss / 1024, size / 2**20, rows, claims,
                                                               "drawn" if drawn else "NOT drawn"))
    with open(os.path.join(out, "report-results.tsv"), "w") as f:
        f.write("median_s\tslowest_s\tpeak_rss_mib\tpage_mib\trows\tclaims\tdrawn\n")
        f.write("%.3f\t%.3f\t%.0f\t%.1f\t%d\t%d\t%s\n" % (statistics.median(times), max(times), rss / 1024,
                                                       size / 2**20, rows, claims, drawn))


if __name__ == "__main__":
    main()
