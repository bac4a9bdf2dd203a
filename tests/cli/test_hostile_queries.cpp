// Bad queries through `stancegraph query` and `export`: unbalanced quotes, 10^4-token statements,
// 10^5 nested brackets, names the graph does not know, and the limits a user may raise. Each is
// exit 1 with a caret message (FILE:LINE:COLUMN when the query comes from -f); none may crash,
// hang or print a line as long as the input. The deep cases run under a 1 MiB stack.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "cli/hostile_corpus.hpp"

using namespace sg::test;

namespace {

std::size_t longest_line(const std::string& text) {
    std::istringstream in(text);
    std::size_t longest = 0;
    for (std::string line; std::getline(in, line);) longest = std::max(longest, line.size());
    return longest;
}

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

// Runs a query file under the small stack. It must end by itself, answer (0) or refuse (1) with
// a message that names the file and stays short.
RunResult run_query_file(const Corpus& c, const std::string& name, const std::string& text) {
    const std::string file = c.dir.file(name, text);
    RunOptions small;
    small.stack_kib = kSmallStackKib;
    small.timeout_seconds = 60;
    const RunResult r = run_binary({"query", "-g", c.graph, "-f", file}, small);
    CHECK_MESSAGE(r.signal == 0, r.describe());
    CHECK_MESSAGE(!r.timed_out, r.describe());
    CHECK_MESSAGE((r.code == 0 || r.code == 1), r.describe());
    if (r.code == 1) CHECK_MESSAGE(r.err.rfind(file + ":", 0) == 0, r.err.substr(0, 300));
    CHECK_MESSAGE(longest_line(r.err) <= 300, "a line of " << longest_line(r.err) << " bytes");
    CHECK_MESSAGE(r.err.size() <= 2000, r.err.size() << " bytes of messages");
    return r;
}

}  // namespace

TEST_CASE("an unbalanced quote is a syntax error at FILE:LINE:COLUMN of the -f file") {
    Corpus c;
    const std::string file = c.dir.file("queries.sgq", "list documents\nwho supports \"congestion charge\n");
    const RunResult r = run_binary({"query", "-g", c.graph, "-f", file});
    CHECK(r.code == 1);
    CHECK_MESSAGE(contains(r.err, file + ":2:14: syntax error: unterminated string"), r.err);
    CHECK_MESSAGE(contains(r.err, "who supports \"congestion charge\n             ^"), r.err);
    CHECK(contains(r.out, "council.txt"));  // the statement before it was answered

    const RunResult inline_query = run_binary({"query", "-g", c.graph, "what does \"Jane Okafor say"});
    CHECK(inline_query.code == 1);
    CHECK_MESSAGE(contains(inline_query.err, "unterminated string"), inline_query.err);
}

TEST_CASE("queries of 10^4 tokens answer or fail cleanly, with messages of bounded length") {
    Corpus c;
    constexpr std::size_t kTokens = 10000;
    RunResult r = run_query_file(c, "long-name.sgq", "who supports " + repeat("word ", kTokens) + "\n");
    CHECK(r.code == 1);
    r = run_query_file(c, "long-quote.sgq", "who supports \"" + repeat("word ", kTokens) + "\n");
    CHECK(r.code == 1);
    CHECK(contains(r.err, "unterminated string"));
    r = run_query_file(c, "long-or.sgq",
                       "match (a:person) where a.name = \"x\"" + repeat(" or a.name = \"x\"", kTokens / 4) +
                           " return a.name\n");
    CHECK(r.code == 1);
    CHECK(contains(r.err, "--max-nesting"));
    r = run_query_file(c, "many-statements.sgq", repeat(";", kTokens) + "list documents\n");
    CHECK(r.code == 0);
    CHECK(contains(r.out, "council.txt"));
    r = run_query_file(c, "many-lines.sgq", repeat("list documents\n", kTokens / 2));
    CHECK(r.code == 0);
}

TEST_CASE("10^5 nested brackets or nots are refused by the nesting limit, not by a stack overflow") {
    Corpus c;
    RunResult r = run_query_file(c, "parens.sgq", std::string(kDeep, '(') + "\n");
    CHECK(r.code == 1);
    CHECK_MESSAGE(contains(r.err, "--max-nesting"), r.err);
    r = run_query_file(c, "match-parens.sgq",
                       "match (a:person) where " + std::string(kDeep, '(') + "a.name = \"x\"" + std::string(kDeep, ')') +
                           " return a.name\n");
    CHECK(r.code == 1);
    CHECK_MESSAGE(contains(r.err, "--max-nesting"), r.err);
    r = run_query_file(c, "nots.sgq", "match (a:person) where " + repeat("not ", kDeep) + "a.name = \"x\" return a.name\n");
    CHECK(r.code == 1);
    CHECK_MESSAGE(contains(r.err, "--max-nesting"), r.err);
    r = run_query_file(c, "closers.sgq", std::string(kDeep, ')') + "\n");
    CHECK(r.code == 1);
    CHECK_MESSAGE(contains(r.err, "syntax error"), r.err);
}

TEST_CASE("at the highest --max-nesting allowed, the deepest statements still run under a 1 MiB stack") {
    // The option's ceiling is what keeps the recursion over a where expression (check, evaluate,
    // explain, destroy) bounded; it must leave room even in a small stack.
    Corpus c;
    const std::string eq = "a.name = \"Jane Okafor\"";
    const std::vector<std::pair<std::string, std::string>> deep = {
        {"and.sgq", "match (a:person) where " + eq + repeat(" and " + eq, 1999) + " return a.name"},
        {"not.sgq", "match (a:person) where " + repeat("not not ", 999) + eq + " return a.name"},
        {"explain.sgq", "explain match (a:person) where " + eq + repeat(" or " + eq, 1999) + " return a.name"},
    };
    for (const auto& [name, text] : deep) {
        CAPTURE(name);
        const std::string file = c.dir.file(name, text + "\n");
        RunOptions small;
        small.stack_kib = kSmallStackKib;
        small.timeout_seconds = 60;
        const RunResult r = run_binary({"query", "-g", c.graph, "--max-nesting", "2000", "-f", file}, small);
        CHECK_MESSAGE(r.code == 0, r.describe());
    }
}

TEST_CASE("a name the graph does not know is exit 1 with the closest names") {
    Corpus c;
    RunResult r = run_binary({"query", "-g", c.graph, "who supports congestion-charg"});
    CHECK(r.code == 1);
    CHECK_MESSAGE(contains(r.err, "no position named \"congestion-charg\"; did you mean: congestion-charge"), r.err);
    CHECK_MESSAGE(contains(r.err, "who supports congestion-charg\n             ^"), r.err);

    r = run_binary({"query", "-g", c.graph, "what does Jane Okafr say"});
    CHECK(r.code == 1);
    CHECK_MESSAGE(contains(r.err, "no actor named \"Jane Okafr\"; did you mean: Jane Okafor"), r.err);

    r = run_binary({"export", "-g", c.graph, "--format", "dot", "who supports congestion-charg"});
    CHECK(r.code == 1);
    CHECK_MESSAGE(contains(r.err, "did you mean: congestion-charge"), r.err);
}

TEST_CASE("a query over a limit names the option, and raising the option lets it through") {
    Corpus c;
    struct Case {
        std::string option, low, high, query;
    };
    const std::vector<Case> cases = {
        {"--max-rows", "1", "1000", "list claims"},
        {"--max-nesting", "2", "10", "match (a:person) where (((a.name = \"Jane Okafor\"))) return a.name"},
        {"--max-depth", "1", "6", "neighbours of Jane Okafor depth 6"},
        {"--max-path", "1", "100", "path from Jane Okafor to Tom Brennan"},
    };
    for (const auto& k : cases) {
        CAPTURE(k.option);
        for (const std::string command : {"query", "export"}) {
            CAPTURE(command);
            std::vector<std::string> args = {command, "-g", c.graph, k.option, k.low};
            if (command == "export") args.insert(args.end(), {"--format", "dot"});
            args.push_back(k.query);
            RunResult r = run_binary(args);
            CHECK(r.code == 1);
            CHECK_MESSAGE(contains(r.err, "(the " + k.option + " limit, " + k.low + ")"), r.err);
            args[4] = k.high;
            r = run_binary(args);
            CHECK_MESSAGE(r.code == 0, r.describe());
            CHECK_FALSE(r.out.empty());
        }
    }
}
