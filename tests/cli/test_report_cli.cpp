// `stancegraph report` end to end on the example corpus: the network section's numbers are those
// of `stancegraph network`, bad input is refused with the value named and nothing written, and
// the page is replaced whole or not at all.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::run_binary;
using sg::test::slurp;

namespace {

const std::string kExample = std::string(SG_SOURCE_DIR) + "/examples/nhs-cocommissioning";

std::string example_graph(const sg::test::TempDir& dir) {
    const std::string graph = (dir.path / "example.json").string();
    const auto r = run_binary({"build", "-q", "--codebook", kExample + "/codebook.json", "--annotations",
                               kExample + "/annotations.json", "-o", graph, kExample + "/articles"});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    return graph;
}

std::string unescape(std::string s) {
    for (const auto& [from, to] : std::map<std::string, std::string>{{"&#39;", "'"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
    }
    return s;
}

// "A" x "B" -> value, from `stancegraph network -f csv` of a one-mode network.
std::map<std::pair<std::string, std::string>, double> csv_matrix(const std::string& csv) {
    std::istringstream in(csv);
    std::string line;
    auto fields = [](const std::string& l) {
        std::vector<std::string> out(1);
        bool quoted = false;
        for (std::size_t i = 0; i < l.size(); ++i) {
            const char c = l[i];
            if (c == '"') {
                if (quoted && i + 1 < l.size() && l[i + 1] == '"') { out.back() += '"'; ++i; }
                else quoted = !quoted;
            } else if (c == ',' && !quoted) out.emplace_back();
            else out.back() += c;
        }
        return out;
    };
    std::getline(in, line);
    const auto header = fields(line);
    std::map<std::pair<std::string, std::string>, double> m;
    while (std::getline(in, line)) {
        const auto f = fields(line);
        for (std::size_t j = 1; j < f.size(); ++j) m[{f[0], header[j]}] = std::stod(f[j]);
    }
    return m;
}

}  // namespace

TEST_CASE("report: the network's pairs carry stancegraph network's congruence and conflict") {
    sg::test::TempDir dir;
    const std::string graph = example_graph(dir);
    const std::string page_path = (dir.path / "report.html").string();
    auto r = run_binary({"report", "-g", graph, "-o", page_path, "--network-edges", "0", "--network-actors", "0"});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const std::string page = slurp(page_path);
    r = run_binary({"network", "-g", graph, "--type", "onemode", "--rows", "actor", "--aggregation", "congruence"});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const auto congruence = csv_matrix(r.out);
    r = run_binary({"network", "-g", graph, "--type", "onemode", "--rows", "actor", "--aggregation", "conflict"});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const auto conflict = csv_matrix(r.out);

    const std::regex pair("<tr id=\"pair-[0-9]+-[0-9]+\"><td>([^<]*)</td><td>([^<]*)</td><td>([0-9.e+-]+)</td><td>([0-9.e+-]+)</td>");
    std::size_t pairs = 0;
    for (auto it = std::sregex_iterator(page.begin(), page.end(), pair); it != std::sregex_iterator(); ++it, ++pairs) {
        const std::string a = unescape((*it)[1]), b = unescape((*it)[2]);
        CAPTURE(a);
        CAPTURE(b);
        CHECK(std::stod((*it)[3]) == congruence.at({a, b}));
        CHECK(std::stod((*it)[4]) == conflict.at({a, b}));
    }
    // Every pair that meets is listed, each once.
    std::size_t meeting = 0;
    for (const auto& [key, v] : congruence)
        if (key.first < key.second && (v != 0 || conflict.at(key) != 0)) ++meeting;
    CHECK(pairs == meeting);
    CHECK(pairs > 10);
    // Drawn by graphviz where it is installed (scripts/setup installs it).
    if (fs::exists("/usr/bin/neato")) {
        CHECK(page.find("<div class=\"netsvg\"><svg") != std::string::npos);
        CHECK(page.find("<!DOCTYPE svg") == std::string::npos);
    }
}

TEST_CASE("report: bad input names the value, exits non-zero and leaves the page as it was") {
    sg::test::TempDir dir;
    const std::string graph = example_graph(dir);
    const std::string page = dir.write("report.html", "the previous page").string();

    auto r = run_binary({"report", "-g", graph, "-o", page, "--position", "no such position"});
    CHECK(r.code == 1);
    CHECK(r.err.find("--position \"no such position\"") != std::string::npos);
    CHECK(r.err.find("Lay majority on CCG boards") != std::string::npos);  // what the graph has
    r = run_binary({"report", "-g", graph, "-o", page, "--actor", "Nobody Known"});
    CHECK(r.code == 1);
    CHECK(r.err.find("Nobody Known") != std::string::npos);
    r = run_binary({"report", "-g", graph, "-o", page, "--from", "2014-13-01"});
    CHECK(r.code == 1);
    CHECK(r.err.find("2014-13-01") != std::string::npos);
    r = run_binary({"report", "-g", (dir.path / "missing.json").string(), "-o", page});
    CHECK(r.code == 2);
    CHECK(r.err.find("missing.json") != std::string::npos);
    r = run_binary({"report", "-g", graph, "-o", page, "--articles", (dir.path / "no-folder").string()});
    CHECK(r.code == 2);
    CHECK(r.err.find("no-folder") != std::string::npos);
    r = run_binary({"report", "-g", graph});
    CHECK(r.code == 1);
    CHECK(slurp(page) == "the previous page");

    // An output in a folder that cannot exist (its parent is a file): exit 2, naming it.
    const std::string blocked = (dir.path / "report.html" / "inside.html").string();
    r = run_binary({"report", "-g", graph, "-o", blocked});
    CHECK(r.code == 2);
    CHECK(r.err.find("report.html") != std::string::npos);
    CHECK(slurp(page) == "the previous page");

    // A good run replaces it whole, and filters narrow it.
    r = run_binary({"report", "-g", graph, "-o", page, "--actor", "Chaand Nagpaul", "--title", "GPC <on> CCGs"});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const std::string html = slurp(page);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("</html>") != std::string::npos);
    CHECK(html.find("<h1>GPC &lt;on&gt; CCGs</h1>") != std::string::npos);
    std::size_t rows = 0;
    for (auto at = html.find("<tr class=\"actor"); at != std::string::npos; at = html.find("<tr class=\"actor", at + 1)) ++rows;
    CHECK(rows == 1);
    for (const auto& e : fs::directory_iterator(dir.path))  // no temporary file left behind
        CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
}
