// The report's HTML writer without a browser: what comes from articles is shown as text, the rows
// stand in the order that puts agreeing actors together, and the counts are the graph's.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <filesystem>
#include <fstream>
#include <string>

#include "networks/network_fixture.hpp"
#include "report/evidence.hpp"
#include "report/html_escape.hpp"
#include "report/ordering.hpp"
#include "report/overview.hpp"
#include "report/page.hpp"
#include "report/stance_matrix.hpp"
#include "report/timeline.hpp"
#include "graph/dates.hpp"

using namespace sg;
using namespace sg::report;
using sg::test::Coding;
using sg::test::DocumentSpec;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// Two camps on two positions: the GPs (Ada, Ben, for the BMA) oppose co-commissioning and support
// lay boards; NHS England (Cat, Dan) supports co-commissioning and opposes lay boards. Eve takes
// both sides of co-commissioning. Dated in two months.
Graph two_camps() {
    const std::vector<DocumentSpec> docs = {{"a.txt", "2014-05-02", "Pulse"}, {"b.txt", "2014-07-20", "HSJ"}};
    return test::coded_graph(docs, {
        {"a.txt", "BMA", "co-commissioning", false, "Ada"},
        {"a.txt", "BMA", "co-commissioning", false, "Ada"},
        {"a.txt", "BMA", "lay boards", true, "Ben"},
        {"b.txt", "BMA", "co-commissioning", false, "Ben"},
        {"a.txt", "NHS England", "co-commissioning", true, "Cat"},
        {"b.txt", "NHS England", "lay boards", false, "Dan"},
        {"b.txt", "NHS England", "co-commissioning", true, "Dan"},
        {"b.txt", "", "co-commissioning", true, "Eve"},
        {"b.txt", "", "co-commissioning", false, "Eve"},
    });
}

std::string page_of(const Graph& graph, const Filters& filters = {}, PageOptions options = {}) {
    const auto g = store::GraphStore::from_graph(graph);
    ArticleTexts none;
    options.graph_name = "test.json";
    return report_page(g, filters, options, nullptr, none);
}

}  // namespace

TEST_CASE("escaping: markup, quotes, control characters and invalid UTF-8 from articles are text") {
    CHECK(escaped("<script>alert('x')</script> & \"q\"") ==
          "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    CHECK(escaped("caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D") == "caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D");
    CHECK(escaped(std::string("a\xFF" "b\xC3", 4)) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    CHECK(escaped(std::string("a\x01\x1B[0mb\r\n", 10)) == "a[0mb\n\n");
    CHECK(escaped("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate is not UTF-8
    CHECK(shortened("\xC3\xA9\xC3\xA9", 3) == "\xC3\xA9\xE2\x80\xA6");  // never cut inside a character
}

TEST_CASE("a quote holding <script> is shown as text in the page, and the page's only script is its own") {
    Graph graph = two_camps();
    const NodeId claim = graph.nodes_of_kind(NodeKind::Claim).front();
    graph.rename(claim, "We say <script>alert(1)</script> and \"</mark><img src=x onerror=alert(2)>\"");
    const std::string page = page_of(graph);
    CHECK(page.find("<script>alert") == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("We say &lt;script&gt;alert(1)&lt;/script&gt; and &quot;&lt;/mark&gt;&lt;img src=x onerror=alert(2)&gt;&quot;") !=
          std::string::npos);
    CHECK(count_of(page, "<script") == 1);
    // The policy admits that one script by its hash and lets nothing be fetched.
    const std::string csp = "default-src 'none'; script-src " + script_hash_source(page_script());
    CHECK(page.find(csp) != std::string::npos);
    CHECK(page.find("<script>" + page_script() + "</script>") != std::string::npos);
    CHECK(page.find("src=\"http") == std::string::npos);
}

TEST_CASE("leading eigenvector: two camps get opposite signs, and the sign is fixed") {
    // 0 and 1 agree, 2 and 3 agree, the camps conflict; 4 meets nobody.
    const std::size_t n = 5;
    std::vector<double> m(n * n, 0.0);
    auto set = [&](std::size_t i, std::size_t j, double v) { m[i * n + j] = m[j * n + i] = v; };
    set(0, 1, 3);
    set(2, 3, 2);
    set(0, 2, -2);
    set(1, 3, -1);
    set(0, 3, -1);
    const auto v = leading_eigenvector(m, n);
    CHECK(v[0] * v[1] > 0);
    CHECK(v[2] * v[3] > 0);
    CHECK(v[0] * v[2] < 0);
    CHECK(coalition_of(v[4]) == 0);
    CHECK(coalition_of(v[0]) != coalition_of(v[2]));
    const auto largest = std::max_element(v.begin(), v.end(), [](double a, double b) { return std::abs(a) < std::abs(b); });
    CHECK(*largest > 0);
    CHECK(leading_eigenvector(std::vector<double>(9, 0.0), 3) == std::vector<double>(3, 0.0));
}

TEST_CASE("matrix rows: agreeing actors stand together, members under their organisation") {
    const auto g = store::GraphStore::from_graph(two_camps());
    const Selection sel = select(g, {});
    const StanceMatrix m = build_matrix(g, sel, 0);
    std::vector<std::string> names;
    for (const auto& a : m.actors) names.push_back(a.name);
    REQUIRE(names.size() == 5);  // Ada, Ben, Cat, Dan, Eve: the speakers (organisations here never speak)
    auto row = [&](const std::string& n) { return std::find(names.begin(), names.end(), n) - names.begin(); };
    // Each camp's members are adjacent, and the camps stand at the two ends with Eve (both sides,
    // in no organisation) not between two of one camp.
    CHECK(std::abs(row("Ada") - row("Ben")) == 1);
    CHECK(std::abs(row("Cat") - row("Dan")) == 1);
    CHECK(m.actors[static_cast<std::size_t>(row("Ada"))].group == "BMA");
    CHECK(m.actors[static_cast<std::size_t>(row("Dan"))].group == "NHS England");
    CHECK(m.actors[static_cast<std::size_t>(row("Ada"))].coalition != m.actors[static_cast<std::size_t>(row("Cat"))].coalition);
    // Cells: counts and sides as coded.
    const auto col = [&](const std::string& p) { return std::find(m.positions.begin(), m.positions.end(), p) - m.positions.begin(); };
    const Cell& ada = m.at(static_cast<std::size_t>(row("Ada")), static_cast<std::size_t>(col("co-commissioning")));
    CHECK(ada.opposes == 2);
    CHECK(ada.supports == 0);
    CHECK(ada.side() == Side::Opposes);
    CHECK(m.at(static_cast<std::size_t>(row("Eve")), static_cast<std::size_t>(col("co-commissioning"))).side() == Side::Mixed);
    CHECK(m.at(static_cast<std::size_t>(row("Eve")), static_cast<std::size_t>(col("lay boards"))).side() == Side::None);
    // The congruence network is networks/' own: Ada and Ben meet on co-commissioning, 2 x 1.
    CHECK(test::cell(m.congruence, "Ada", "Ben") == 2);
    CHECK(test::cell(m.conflict, "Ada", "Cat") == 2);
}

TEST_CASE("order_rows keeps a group together even when a member scores like the other camp") {
    std::vector<MatrixActor> actors = {
        {"X", NodeKind::Person, "", 1, 0.9, 1},       {"Org", NodeKind::Organisation, "Org", 1, -0.5, 2},
        {"M1", NodeKind::Person, "Org", 1, -0.6, 2}, {"M2", NodeKind::Person, "Org", 1, 0.8, 1},
        {"Y", NodeKind::Person, "", 1, -0.9, 2},
    };
    order_rows(actors);
    std::vector<std::string> names;
    for (const auto& a : actors) names.push_back(a.name);
    // Org's mean is (-0.5 - 0.6 + 0.8) / 3 = -0.1: after X (0.9), before Y (-0.9); the
    // organisation first in its group, then its members by score.
    CHECK(names == std::vector<std::string>{"X", "Org", "M2", "M1", "Y"});
}

TEST_CASE("the page: one row per actor, counts in the overview, colours by side, filters") {
    const std::string page = page_of(two_camps());
    CHECK(count_of(page, "<tr class=\"actor") == 5);
    CHECK(count_of(page, "<li class=\"claim ") == 9);  // every statement as evidence
    CHECK(page.find("id=\"corpus-claims\"><dt>claims</dt><dd>9</dd>") != std::string::npos);
    CHECK(page.find("id=\"corpus-dates\"><dt>dates</dt><dd>2014-05-02 \xE2\x80\x93 2014-07-20</dd>") != std::string::npos);
    // co-commissioning: Cat and Dan for, Ada and Ben against, Eve mixed; 3 claims for (Cat, Dan,
    // Eve), 4 against (Ada twice, Ben, Eve).
    CHECK(page.find("data-supporters=\"2\" data-opponents=\"2\" data-mixed=\"1\"") != std::string::npos);
    CHECK(page.find("2 for (3 claims) \xC2\xB7 2 against (4 claims) \xC2\xB7 1 mixed") != std::string::npos);
    // Its bar: the longest side of any position is 2 + 1/2 actors (co-commissioning's, either
    // way), so its 2 opponents fill 80 % of the left half and Eve's half 20 %.
    CHECK(page.find("<span class=\"o\" style=\"width:80.00%\"></span><span class=\"m\" style=\"width:20.00%\"></span>") !=
          std::string::npos);
    // Ada's two opposing claims: the opposing colour of level 2.
    CHECK(std::regex_search(page, std::regex("data-actor=\"Ada\"[^\\n]*data-side=\"opposes\" data-supports=\"0\" "
                                             "data-opposes=\"2\" style=\"background:#fb6a4a\"")));
    CHECK(page.find("The network was not drawn") != std::string::npos);

    Filters only_lay;
    only_lay.positions = {"lay boards"};
    const std::string narrow = page_of(two_camps(), only_lay);
    CHECK(count_of(narrow, "<tr class=\"actor") == 2);  // Ben and Dan
    CHECK(count_of(narrow, "<li class=\"claim ") == 2);

    Filters from_july;
    from_july.from = *parse_instant("2014-07-01");
    CHECK(count_of(page_of(two_camps(), from_july), "<li class=\"claim ") == 5);

    Filters unknown;
    unknown.positions = {"no such position"};
    CHECK_THROWS_WITH_AS(page_of(two_camps(), unknown), doctest::Contains("no such position"), UnknownName);
    Filters unknown_actor;
    unknown_actor.actors = {"Zed"};
    CHECK_THROWS_AS(page_of(two_camps(), unknown_actor), UnknownName);
    Filters bma;
    bma.actors = {"BMA"};  // an organisation brings its members
    CHECK(count_of(page_of(two_camps(), bma), "<tr class=\"actor") == 2);  // Ada and Ben spoke for it
}

TEST_CASE("limits: the most active actors and at most N claims per cell, with what was left out said") {
    PageOptions o;
    o.max_actors = 2;
    o.claims_per_cell = 1;
    const std::string page = page_of(two_camps(), {}, o);
    CHECK(count_of(page, "<tr class=\"actor") == 2);
    CHECK(page.find("3 more are left out") != std::string::npos);
    CHECK(page.find("1 more claims not shown") != std::string::npos);
}

TEST_CASE("time line: supports and opposes per month from the first to the last") {
    const auto g = store::GraphStore::from_graph(two_camps());
    const Timeline t = timeline_of(select(g, {}));
    CHECK(t.months == std::vector<std::string>{"2014-05", "2014-06", "2014-07"});
    REQUIRE(t.positions.size() == 2);
    const std::size_t co = t.positions[0] == "co-commissioning" ? 0 : 1;
    CHECK(t.opposes[co * 3 + 0] == 2);   // Ada twice in May
    CHECK(t.supports[co * 3 + 0] == 1);  // Cat
    CHECK(t.supports[co * 3 + 1] == 0);
    CHECK(t.supports[co * 3 + 2] == 2);  // Dan, Eve in July
    CHECK(t.opposes[co * 3 + 2] == 2);   // Ben, Eve
}

TEST_CASE("the sentence around a quote, and the decisive words marked in it") {
    const std::string text = "First one. Then Ada said: \"We are not in favour of it.\" Next sentence.\nOther line.";
    const auto at = text.find("We are");
    const auto end = text.find("it.") + 3;
    const Context c = sentence_around(text, at, end);
    CHECK(text.substr(c.begin, c.end - c.begin) == "Then Ada said: \"We are not in favour of it.\"");
    const Context cut = sentence_around(text, at, end, 5);
    CHECK(cut.cut_before);

    // Through the page: the article at hand, the quote inside its sentence, cue and negation marked.
    Graph graph = test::coded_graph({{"art.txt", "", ""}}, {{"art.txt", "BMA", "lay boards", false, "Ada"}});
    const NodeId claim = graph.nodes_of_kind(NodeKind::Claim).front();
    graph.rename(claim, "We are not in favour of it.");
    graph.node_mut(claim).claim.span = Span{at, end};
    const EdgeId side = graph.out_edges(claim, EdgeKind::Opposes).front();
    const NodeId doc = graph.nodes_of_kind(NodeKind::Document).front();
    graph.add_evidence(side, {Evidence{"cue", "in favour of", Span{text.find("in favour"), text.find("in favour") + 12}, doc},
                              Evidence{"negation", "not", Span{text.find("not"), text.find("not") + 3}, doc}});
    const std::string folder = std::string(SG_BINARY_DIR_FOR_TESTS) + "/report-articles";
    std::filesystem::create_directories(folder);
    { std::ofstream(folder + "/art.txt", std::ios::binary) << text; }
    const auto g = store::GraphStore::from_graph(graph);
    ArticleTexts articles(folder);
    const std::string page = report_page(g, {}, {}, nullptr, articles);
    CHECK(page.find("Then Ada said: &quot;<mark class=\"quote\">We are <b class=\"ev ev-negation\" title=\"negation\">not</b> "
                    "<b class=\"ev ev-cue\" title=\"cue\">in favour of</b> it.</mark>&quot;") != std::string::npos);
    // Without the article: the quote alone, the words found in it by their text.
    ArticleTexts none;
    const std::string alone = report_page(g, {}, {}, nullptr, none);
    CHECK(alone.find("<mark class=\"quote\">We are <b class=\"ev ev-negation\" title=\"negation\">not</b>") != std::string::npos);
}
