// `why does X support|oppose|mention P`: the claims behind X's stance (exactly those the
// `who supports|opposes P` tally counted for X), each with the words that decided its side.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <sstream>

#include "fixture.hpp"
#include "query/engine.hpp"
#include "query/output/result.hpp"
#include "test_helpers.hpp"

using namespace sg;
using sg::query::Engine;
using sg::test::column;
using sg::test::error_of;
using sg::test::headers;

namespace {

// The fixture with evidence on some stance edges, as the loaders would record it.
struct WhyFixture : sg::test::Fixture {
    WhyFixture() {
        evidence(alice, "Lunch should be free.", {{"cue", "should", {6, 12}, doc_a}, {"target", "Lunch", {0, 5}, doc_a}});
        evidence(bob, "Lunch must never be free.", {{"negation", "never", {33, 38}, doc_a}});
        evidence(carol, "But not every day.", {{"contrast", "But", {0, 3}, doc_b}, {"negation", "not", {4, 7}, doc_b}});
        for (EdgeId e : g.out_edges(gadgets, EdgeKind::Opposes))
            g.add_evidence(e, {{"frame", "voted against", {120, 133}, doc_b}});
    }

    // Adds evidence to the stance edge of the claim of `who` with this text.
    void evidence(NodeId who, const std::string& text, std::vector<Evidence> items) {
        for (EdgeId s : g.out_edges(who, EdgeKind::Says)) {
            const NodeId c = g.edge(s).to;
            if (g.node(c).name != text) continue;
            for (EdgeId e : g.out_edges(c))
                if (g.edge(e).kind == EdgeKind::Supports || g.edge(e).kind == EdgeKind::Opposes) g.add_evidence(e, items);
            return;
        }
        FAIL("no claim " << text);
    }
};

std::string table(const Engine& e, const std::string& q) {
    std::ostringstream out;
    query::write_table(out, e.run_one(q));
    return out.str();
}

std::string json(const Engine& e, const std::string& q) {
    std::ostringstream out;
    query::write_json(out, e.run_one(q));
    return out.str();
}

}  // namespace

TEST_CASE("why: the claims behind a stance, in reading order, with their evidence") {
    WhyFixture f;
    Engine e(f.g);
    auto r = e.run_one("why does Alice Smith support free lunches for all");
    CHECK(headers(r) == std::vector<std::string>{"quote", "kind", "document", "evidence"});
    CHECK(column(r, 0) == std::vector<std::string>{"Lunch should be free.", "A free lunch is good for everyone."});
    CHECK(column(r, 1) == std::vector<std::string>{"direct", "direct"});
    CHECK(column(r, 2) == std::vector<std::string>{"a.txt", "b.txt"});
    CHECK(column(r, 3) == std::vector<std::string>{"cue \"should\" [6-12]; target \"Lunch\" [0-5]", ""});
}

TEST_CASE("why: an actor whose stance is the other side has no claims behind this one") {
    WhyFixture f;
    Engine e(f.g);
    // Alice supports free lunches and opposes the four day week; Bob the reverse.
    CHECK(e.run_one("why does Alice Smith oppose free lunches for all").rows.empty());
    CHECK(column(e.run_one("why does Dr Smith oppose a four day week"), 0) ==
          std::vector<std::string>{"Five days, please."});
    CHECK(column(e.run_one("why does Bob Jones oppose free lunches for all"), 3) ==
          std::vector<std::string>{"negation \"never\" [33-38]"});
}

TEST_CASE("why: an empty answer says what the actor's stance is instead") {
    WhyFixture f;
    Engine e(f.g);
    CHECK(table(e, "why does Alice Smith oppose free lunches for all") ==
          "quote  kind  document  evidence\n"
          "-----  ----  --------  --------\n"
          "(0 rows: Alice Smith does not oppose free-lunch (stance: supports))\n");
    // No claim on the position at all (a reader's comment does not count unless asked for).
    CHECK(e.run_one("why does Dave Reader support free lunches for all").note ==
          "Dave Reader does not support free-lunch (stance: neutral)");
    // An answer with rows has no note; JSON stays a plain array.
    CHECK(e.run_one("why does Alice Smith support free lunches for all").note.empty());
    CHECK(json(e, "why does Alice Smith oppose free lunches for all") == "[]\n");
}

TEST_CASE("why: a mixed actor counts for both sides, and mention lists every side") {
    WhyFixture f;
    Engine e(f.g);
    CHECK(column(e.run_one("why does Carol White oppose free lunches for all"), 0) ==
          std::vector<std::string>{"But not every day."});
    CHECK(column(e.run_one("why does Carol White support free lunches for all"), 0) ==
          std::vector<std::string>{"I like a free lunch."});
    auto all = e.run_one("why does Carol White mention free lunches for all");
    CHECK(headers(all) == std::vector<std::string>{"quote", "kind", "document", "stance", "evidence"});
    CHECK(column(all, 0) ==
          std::vector<std::string>{"It depends on the lunch.", "I like a free lunch.", "But not every day."});
    CHECK(column(all, 3) == std::vector<std::string>{"about", "supports", "opposes"});
}

TEST_CASE("why: the rows are exactly the claims the who supports|opposes tally counted") {
    WhyFixture f;
    Engine e(f.g);
    for (const std::string clauses : {"", " with comments", " where document = a.txt"}) {
        for (const std::string position : {"free lunches for all", "a four day week"}) {
            for (const bool supports : {true, false}) {
                const auto who = e.run_one(std::string(supports ? "who supports " : "who opposes ") + position + clauses);
                const std::size_t counted = *who.column(supports ? "claims for" : "claims against");
                for (const std::string actor : {"Alice Smith", "Bob Jones", "Carol White", "Dave Reader", "Gadget Union"}) {
                    CAPTURE(actor);
                    CAPTURE(position);
                    CAPTURE(clauses);
                    std::int64_t expected = 0;
                    for (std::size_t i = 0; i < who.rows.size(); ++i)
                        if (query::to_text(who.rows[i][0]) == actor) expected = std::get<std::int64_t>(who.rows[i][counted]);
                    const auto why = e.run_one(std::string("why does ") + actor + (supports ? " support " : " oppose ") +
                                               position + clauses);
                    CHECK(static_cast<std::int64_t>(why.rows.size()) == expected);
                }
            }
        }
    }
}

TEST_CASE("why: readers' comments only with comments; reported stances carry their article") {
    WhyFixture f;
    Engine e(f.g);
    CHECK(e.run_one("why does Dave Reader support free lunches for all").rows.empty());
    CHECK(column(e.run_one("why does Dave Reader support free lunches for all with comments"), 0) ==
          std::vector<std::string>{"Free lunch now!"});
    auto reported = e.run_one("why does GU oppose free lunches for all");
    REQUIRE(reported.rows.size() == 1);
    CHECK(column(reported, 0) == std::vector<std::string>{""});
    CHECK(column(reported, 1) == std::vector<std::string>{"reported"});
    CHECK(column(reported, 3) == std::vector<std::string>{"frame \"voted against\" [b.txt:120-133]"});
    // A reported stance has no document of its own: a document filter leaves it out.
    CHECK(e.run_one("why does GU oppose free lunches for all where document = a.txt").rows.empty());
}

TEST_CASE("why: the table shows one evidence item a line under its claim") {
    WhyFixture f;
    Engine e(f.g);
    CHECK(table(e, "why does Carol White oppose free lunches for all") ==
          "quote               kind    document  evidence\n"
          "------------------  ------  --------  --------------------\n"
          "But not every day.  direct  b.txt     contrast \"But\" [0-3]\n"
          "                                      negation \"not\" [4-7]\n"
          "(1 row)\n");
    CHECK(table(e, "why does Alice Smith support free lunches for all") ==
          "quote                               kind    document  evidence\n"
          "----------------------------------  ------  --------  --------------------\n"
          "Lunch should be free.               direct  a.txt     cue \"should\" [6-12]\n"
          "                                                      target \"Lunch\" [0-5]\n"
          "A free lunch is good for everyone.  direct  b.txt\n"
          "(2 rows)\n");
}

TEST_CASE("why: JSON gives each claim with its evidence list") {
    WhyFixture f;
    Engine e(f.g);
    rapidjson::Document d;
    d.Parse(json(e, "why does Carol White oppose free lunches for all").c_str());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() == 1);
    const auto& claim = d[0];
    CHECK(std::string(claim["text"].GetString()) == "But not every day.");
    CHECK(std::string(claim["document"].GetString()) == "b.txt");
    REQUIRE(claim["evidence"].IsArray());
    REQUIRE(claim["evidence"].Size() == 2);
    const auto& first = claim["evidence"][0];
    CHECK(std::string(first["role"].GetString()) == "contrast");
    CHECK(std::string(first["words"].GetString()) == "But");
    CHECK(first["span"][0].GetUint64() == 0);
    CHECK(first["span"][1].GetUint64() == 3);
    CHECK(std::string(first["document"].GetString()) == "b.txt");
    // A claim without evidence has an empty list, not a missing member.
    d.Parse(json(e, "why does Alice Smith support free lunches for all").c_str());
    REQUIRE(d.Size() == 2);
    CHECK(d[1]["evidence"].IsArray());
    CHECK(d[1]["evidence"].Empty());
    // CSV: the items of a claim joined in one field.
    std::ostringstream csv;
    query::write_csv(csv, e.run_one("why does Carol White oppose free lunches for all"));
    CHECK(csv.str() == "quote,kind,document,evidence\r\n"
                       "But not every day.,direct,b.txt,\"contrast \"\"But\"\" [0-3]; negation \"\"not\"\" [4-7]\"\r\n");
}

TEST_CASE("why: unknown names and a missing verb are errors with a caret") {
    WhyFixture f;
    Engine e(f.g);
    CHECK(error_of(e, "why does Alice Smyth oppose free lunches for all") ==
          "why does Alice Smyth oppose free lunches for all\n"
          "         ^ no actor named \"Alice Smyth\"; did you mean: Alice Smith");
    CHECK(error_of(e, "why does Alice Smith oppose free lunch for al") ==
          "why does Alice Smith oppose free lunch for al\n"
          "                            ^ no position named \"free lunch for al\"; did you mean: free-lunch");
    CHECK(error_of(e, "why does Alice Smith opposes free lunches for all") ==
          "why does Alice Smith opposes free lunches for all\n"
          "                                                 ^ syntax error: unexpected end of query; expected one of: "
          "support, oppose, mention, a name, a number");
    CHECK(error_of(e, "why does oppose free lunches for all") ==
          "why does oppose free lunches for all\n"
          "         ^ syntax error: unexpected \"oppose\"; expected one of: a name, a quoted string, a number (to use "
          "\"oppose\" in a name, put the name in quotes)");
}

TEST_CASE("why: support, oppose and mention stay plain words outside why statements") {
    WhyFixture f;
    f.g.add_node(sg::test::Fixture::make(NodeKind::Organisation, "org:lunch-support-group", "Lunch Support Group"));
    const NodeId group = *f.g.find_key("org:lunch-support-group");
    Node c = sg::test::Fixture::make(NodeKind::Claim, "claim:a.txt:500-520", "We oppose free lunches.");
    c.claim.document = f.doc_a;
    c.claim.span = {500, 520};
    const NodeId claim = f.g.add_node(c);
    f.g.add_edge(group, claim, EdgeKind::Says);
    f.g.add_edge(claim, f.doc_a, EdgeKind::In);
    f.g.add_edge(claim, f.lunch, EdgeKind::Opposes);
    f.g.freeze();
    Engine e(f.g);
    CHECK(column(e.run_one("members of Lunch Support Group"), 0).empty());
    CHECK(column(e.run_one("search oppose free"), 1) == std::vector<std::string>{"We oppose free lunches."});
    // In a why statement a known name holding the verb is one name; quoting always works.
    CHECK(column(e.run_one("why does Lunch Support Group oppose free lunches for all"), 0) ==
          std::vector<std::string>{"We oppose free lunches."});
    CHECK(column(e.run_one("why does \"Lunch Support Group\" oppose free lunches for all"), 0) ==
          std::vector<std::string>{"We oppose free lunches."});
    CHECK(column(e.run_one("WHY DOES lunch support group OPPOSE Free Lunches For All"), 0) ==
          std::vector<std::string>{"We oppose free lunches."});
}

TEST_CASE("why: explain shows the plan: the claims semijoined with the actor's tally") {
    WhyFixture f;
    Engine e(f.g);
    const std::string plan = query::to_text(e.run_one("explain why does Bob Jones oppose free lunches for all").rows[0][0]);
    CHECK(plan.find("match") == 0);
    const std::string all = [&] {
        std::string s;
        for (const auto& row : e.run_one("explain why does Bob Jones oppose free lunches for all").rows)
            s += query::to_text(row[0]) + "\n";
        return s;
    }();
    CHECK(all.find("-[e:opposes]->(p:position {= free-lunch})") != std::string::npos);
    CHECK(all.find("semijoin") != std::string::npos);
    CHECK(all.find("majority(e.kind else neutral)") != std::string::npos);
}

TEST_CASE("why claim: one claim's stances with their evidence, named by key, text or a part of it") {
    WhyFixture f;
    Engine e(f.g);
    auto r = e.run_one("why claim \"But not every day.\"");
    CHECK(headers(r) == std::vector<std::string>{"position", "stance", "kind", "evidence"});
    CHECK(column(r, 0) == std::vector<std::string>{"free-lunch"});
    CHECK(column(r, 1) == std::vector<std::string>{"opposes"});
    CHECK(column(r, 3) == std::vector<std::string>{"contrast \"But\" [0-3]; negation \"not\" [4-7]"});
    const std::string key = f.g.node(f.g.edge(f.g.out_edges(f.bob, EdgeKind::Says)[0]).to).key;  // "Lunch must never be free."
    CHECK(column(e.run_one("why claim \"" + key + "\""), 3) == std::vector<std::string>{"negation \"never\" [33-38]"});
    CHECK(column(e.run_one("why claim \"" + key.substr(6) + "\""), 3) ==
          std::vector<std::string>{"negation \"never\" [33-38]"});  // without "claim:"
    CHECK(column(e.run_one("WHY CLAIM \"must NEVER be\""), 3) == std::vector<std::string>{"negation \"never\" [33-38]"});
    // A reader's comment named on purpose is shown (scope filters apply to tallies, not to this).
    CHECK(column(e.run_one("why claim \"Free lunch now!\""), 1) == std::vector<std::string>{"supports"});
}

TEST_CASE("why claim: an unknown or ambiguous claim is an error with a caret") {
    WhyFixture f;
    Engine e(f.g);
    CHECK(error_of(e, "why claim \"zebra crossing\"") ==
          "why claim \"zebra crossing\"\n"
          "          ^ no claim has the key or text \"zebra crossing\" (search \"zebra crossing\" finds claims by their words)");
    const std::string ambiguous = error_of(e, "why claim \"free lunch\"");
    CHECK(ambiguous.find("^ \"free lunch\" is in 3 claims; quote more of it or give its key: claim:") != std::string::npos);
    CHECK(error_of(e, "why claim") ==
          "why claim\n"
          "         ^ syntax error: unexpected end of query; expected one of: a name, a quoted string, a number");
    // `claim` is a keyword only right after `why`: a name elsewhere may hold it.
    CHECK(error_of(e, "search claim") == "");
}
