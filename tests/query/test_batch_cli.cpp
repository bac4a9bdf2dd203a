// `stancegraph query`: batch files, standard input, formats and exit codes, run as a user would.
#include <doctest/doctest.h>

#include "query/run_binary.hpp"

using sg::test::run_binary;

TEST_CASE("batch: stops at the first error with FILE:LINE:COLUMN and exit 1") {
    sg::test::TempDir dir;
    const std::string g = sg::test::fixture_snapshot(dir);
    const std::string q = dir.file("q.sgq", "list positions\n# a comment\nwho suports free-lunch\nlist documents\n");
    const auto r = run_binary(dir, "query -g '" + g + "' -f '" + q + "'");
    CHECK(r.code == 1);
    CHECK(r.out.find("free-lunch") != std::string::npos);
    CHECK(r.out.find("a.txt") == std::string::npos);  // the statement after the error did not run
    CHECK(r.err.find(q + ":3:5: syntax error: unexpected \"suports\"; expected one of: supports") != std::string::npos);
    CHECK(r.err.find("who suports free-lunch\n    ^\n") != std::string::npos);
}

TEST_CASE("batch: --keep-going runs the rest and still exits 1") {
    sg::test::TempDir dir;
    const std::string g = sg::test::fixture_snapshot(dir);
    const std::string q = dir.file("q.sgq", "list positions; who supports nobody-here\nlist documents\n");
    const auto r = run_binary(dir, "query -g '" + g + "' --keep-going -f '" + q + "'");
    CHECK(r.code == 1);
    CHECK(r.out.find("a.txt") != std::string::npos);
    CHECK(r.err.find(q + ":1:30: no position named \"nobody-here\"") != std::string::npos);
}

TEST_CASE("batch: -f - and piped standard input; a clean run exits 0") {
    sg::test::TempDir dir;
    const std::string g = sg::test::fixture_snapshot(dir);
    const std::string in = dir.file("in.sgq", "who opposes four-day-week\n");
    auto r = run_binary(dir, "query -g '" + g + "' -f -", in);
    CHECK(r.code == 0);
    CHECK(r.out.find("Alice Smith") != std::string::npos);
    r = run_binary(dir, "query -g '" + g + "' --format csv", in);
    CHECK(r.code == 0);
    CHECK(r.out == "actor,kind,organisation,claims for,claims against,documents\r\nAlice Smith,person,Widget Council,0,1,1\r\n");
}

TEST_CASE("command-line query in json, the form the scorer calls") {
    sg::test::TempDir dir;
    const std::string g = sg::test::fixture_snapshot(dir);
    const auto r = run_binary(dir, "query -g '" + g + "' --format json 'who supports free-lunch'");
    CHECK(r.code == 0);
    CHECK(r.out.rfind("[{\"name\":\"Alice Smith\",\"kind\":\"person\"", 0) == 0);
    const auto bad = run_binary(dir, "query -g '" + g + "' 'who suports free-lunch'");
    CHECK(bad.code == 1);
    CHECK(bad.err.find("who suports free-lunch\n    ^ syntax error") != std::string::npos);
}

TEST_CASE("exit 2 for an unreadable graph or query file; exit 1 for usage errors; --help") {
    sg::test::TempDir dir;
    const std::string g = sg::test::fixture_snapshot(dir);
    CHECK(run_binary(dir, "query -g '" + dir.file("missing.json") + "x' 'list positions'").code == 2);
    CHECK(run_binary(dir, "query -g '" + dir.file("junk.json", "{\"nodes\": [") + "' 'list positions'").code == 2);
    CHECK(run_binary(dir, "query -g '" + g + "' -f '" + dir.path.string() + "/nope.sgq'").code == 2);
    CHECK(run_binary(dir, "query -g '" + g + "' --format xml 'list positions'").code == 1);
    CHECK(run_binary(dir, "query 'list positions'").code == 1);
    const auto help = run_binary(dir, "query --help");
    CHECK(help.code == 0);
    CHECK(help.out.find("--keep-going") != std::string::npos);
}

TEST_CASE("limits: an error names the option that raises it; the option, and .limits, raise it") {
    sg::test::TempDir dir;
    const std::string g = sg::test::fixture_snapshot(dir);
    auto r = run_binary(dir, "query -g '" + g + "' --max-rows 1 'list people'");
    CHECK(r.code == 1);
    CHECK(r.err.find("(the --max-rows limit, 1)") != std::string::npos);
    r = run_binary(dir, "query -g '" + g + "' --max-rows 100 'list people'");
    CHECK(r.code == 0);
    CHECK(r.out.find("Alice Smith") != std::string::npos);

    r = run_binary(dir, "query -g '" + g + "' 'neighbours of Alice Smith depth 5'");
    CHECK(r.code == 1);
    CHECK(r.err.find("(the --max-depth limit, 4)") != std::string::npos);
    CHECK(run_binary(dir, "query -g '" + g + "' --max-depth 5 'neighbours of Alice Smith depth 5'").code == 0);

    r = run_binary(dir, "query -g '" + g + "' --max-path 1 'path from Alice Smith to Bob Jones'");
    CHECK(r.code == 1);
    CHECK(r.err.find("more than it may (the --max-path limit, 1)") != std::string::npos);
    CHECK(run_binary(dir, "query -g '" + g + "' 'path from Alice Smith to Bob Jones'").code == 0);

    // Out-of-range values are usage errors naming the option and its range.
    for (const char* bad : {"0", "-3", "ten", "2001", "12abc"}) {
        r = run_binary(dir, "query -g '" + g + "' --max-nesting '" + std::string(bad) + "' 'list people'");
        CHECK_MESSAGE(r.code == 1, bad);
        CHECK_MESSAGE(r.err.find("--max-nesting: expected a whole number from 1 to 2000") != std::string::npos, bad);
    }

    // The REPL shows and sets them; a later statement runs under the new value.
    const std::string in = dir.file("repl.in", "list people\n.limits max-rows 1\nlist people\n.limits max-depth x\n");
    r = run_binary(dir, "repl -g '" + g + "'", in);
    CHECK(r.code == 1);
    CHECK(r.out.find("max-rows     1 ") != std::string::npos);
    CHECK(r.out.find("Alice Smith") != std::string::npos);  // the first `list people`
    CHECK(r.err.find("(the --max-rows limit, 1)") != std::string::npos);
    CHECK(r.err.find("--max-depth: expected a whole number") != std::string::npos);
}
