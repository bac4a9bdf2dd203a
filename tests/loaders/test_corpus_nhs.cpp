// End-to-end on the example corpus (examples/nhs-cocommissioning): specific claims, their
// speakers, kinds and spans, comment counts, affiliations and one-node-per-actor resolution.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "loaders/build.hpp"

using namespace sg;
using namespace sg::loaders;

namespace {

const std::filesystem::path kArticles = std::filesystem::path(SG_SOURCE_DIR) / "examples/nhs-cocommissioning/articles";

const Graph& corpus() {
    static const Graph g = [] {
        BuildReport report;
        return build_graph({kArticles}, {}, report);
    }();
    return g;
}

// The claim of document `doc` whose text starts with `start` (and is not a comment).
std::optional<NodeId> claim(const std::string& doc, const std::string& start, bool comment = false) {
    const Graph& g = corpus();
    for (NodeId n : g.nodes_of_kind(NodeKind::Claim)) {
        const Node& c = g.node(n);
        if (g.node(c.claim.document).name == doc && c.claim.comment == comment && c.name.rfind(start, 0) == 0) return n;
    }
    return std::nullopt;
}

std::string speaker(NodeId claim) {
    const Graph& g = corpus();
    auto in = g.in_edges(claim, EdgeKind::Says);
    return in.empty() ? "" : g.node(g.edge(in[0]).from).name;
}

std::size_t comments(const std::string& doc) {
    const Graph& g = corpus();
    std::size_t n = 0;
    for (NodeId id : g.nodes_of_kind(NodeKind::Claim))
        n += g.node(id).claim.comment && g.node(g.node(id).claim.document).name == doc;
    return n;
}

std::string file_bytes(const std::string& doc) {
    std::ifstream in(kArticles / doc, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool member_of(const std::string& person, const std::string& org, const std::string& role = {}) {
    const Graph& g = corpus();
    for (NodeId p : g.find_name(person, NodeKind::Person))
        for (EdgeId e : g.out_edges(p, EdgeKind::MemberOf))
            if (g.node(g.edge(e).to).name == org && (role.empty() || g.edge(e).role == role)) return true;
    return false;
}

const std::string kA = "000_1f3b7b468d541e9d.txt";
const std::string kB = "001_66e57ac81cfc8fa1.txt";
const std::string kC = "002_0284bbf2e3ffd8fb.txt";
const std::string kD = "003_8698a7574eb8ab7b.txt";
const std::string kE = "004_785245e15bad0c73.txt";

}  // namespace

TEST_CASE("corpus: comment counts are exact, comments have their commenters") {
    CHECK(comments(kA) == 10);
    CHECK(comments(kB) == 6);
    CHECK(comments(kC) == 0);
    CHECK(comments(kD) == 0);
    CHECK(comments(kE) == 0);
    auto c = claim(kB, "Dr Bewick told Pulse", true);
    REQUIRE(c);
    CHECK(speaker(*c) == "Vinci Ho");
    auto anon = claim(kA, "The thin edge of the wedge", true);
    REQUIRE(anon);
    CHECK(speaker(*anon).empty());
}

TEST_CASE("corpus: multi-paragraph quotes and continuation paragraphs keep their speaker") {
    auto first = claim(kA, "These proposals raise many questions");
    auto second = claim(kA, "It also mentioned it is permissive");
    REQUIRE(first);
    REQUIRE(second);
    CHECK(speaker(*first) == "Chaand Nagpaul");
    CHECK(speaker(*second) == "Chaand Nagpaul");
    CHECK(corpus().node(*first).claim.kind == ClaimKind::Direct);
    auto cont = claim(kB, "We should be able to see some real focusing");
    REQUIRE(cont);
    CHECK(speaker(*cont) == "Amanda Doyle");
}

TEST_CASE("corpus: broken quote marks, pronouns, surname mentions and a pull-quote credit") {
    auto reopened = claim(kC, "There\xC2\xB4s a frustration");
    REQUIRE(reopened);
    CHECK(speaker(*reopened) == "Michael Dixon");
    auto she = claim(kC, "It could either be that the CCG");
    REQUIRE(she);
    CHECK(speaker(*she) == "Julie Wood");
    auto pull = claim(kC, "I think it\xE2\x80\x99s inevitable");
    REQUIRE(pull);
    CHECK(speaker(*pull) == "Nigel Watson");
    auto colon = claim(kC, "I feel very fiercely now");
    REQUIRE(colon);
    CHECK(speaker(*colon) == "Michael Dixon");
    auto he = claim(kE, "I oppose most of this motion");
    REQUIRE(he);
    CHECK(speaker(*he) == "Barry Moyse");
}

TEST_CASE("corpus: partial quotes inside reported speech; scare quotes are not claims") {
    auto partial = claim(kB, "demonstrates how important CCGs think");
    REQUIRE(partial);
    CHECK(corpus().node(*partial).claim.kind == ClaimKind::Partial);
    CHECK(speaker(*partial) == "Amanda Doyle");
    CHECK_FALSE(claim(kA, "level two"));
    CHECK_FALSE(claim(kB, "Level 2"));
    CHECK_FALSE(claim(kC, "elephant"));
    CHECK_FALSE(claim(kD, "Call for Action"));
    CHECK_FALSE(claim(kE, "call for action"));
}

TEST_CASE("corpus: spans are byte offsets of the claim text in the original file") {
    for (const auto& [doc, start] : {std::pair{kA, std::string("What we have said all along")},
                                     std::pair{kC, std::string("GPC does not support")},
                                     std::pair{kE, std::string("We should urge the Secretary")}}) {
        auto c = claim(doc, start);
        REQUIRE(c);
        const Node& n = corpus().node(*c);
        CHECK(file_bytes(doc).substr(n.claim.span.start, n.claim.span.end - n.claim.span.start) == n.name);
    }
}

TEST_CASE("corpus: one node per actor, titles and second mentions resolved, affiliations with roles") {
    const Graph& g = corpus();
    CHECK(g.find_name("Dr Mike Bewick", NodeKind::Person).size() == 1);
    CHECK(g.find_name("Dr Bewick", NodeKind::Person).size() == 1);
    CHECK(g.find_name("Sir Malcolm Grant", NodeKind::Person) == g.find_name("Professor Malcolm Grant", NodeKind::Person));
    CHECK(g.find_key("person:mike-bewick"));
    CHECK(member_of("Chaand Nagpaul", "General Practitioners Committee", "chair"));
    CHECK(member_of("Richard Vautrey", "General Practitioners Committee", "deputy chair"));
    CHECK(member_of("Nigel Watson", "General Practitioners Committee", "chair of the commissioning subcommittee"));
    CHECK(member_of("Mike Bewick", "NHS England", "deputy medical director"));
    CHECK(member_of("Aneel Bikhu", "Nottinghamshire LMC"));
    CHECK(member_of("Bill Tamkin", "NHS South Manchester CCG", "chair"));
    auto gpc = g.find_key("org:general-practitioners-committee");
    auto bma = g.find_key("org:british-medical-association");
    REQUIRE(gpc);
    REQUIRE(bma);
    bool part = false;
    for (EdgeId e : g.out_edges(*gpc, EdgeKind::PartOf)) part = part || g.edge(e).to == *bma;
    CHECK(part);
}

TEST_CASE("corpus: carried motion clauses are votes of the conference; indirect speech is kept") {
    auto vote = claim(kE, "insists that GP core contracts should not be held by CCGs");
    REQUIRE(vote);
    CHECK(corpus().node(*vote).claim.kind == ClaimKind::Vote);
    CHECK(speaker(*vote) == "Conference of LMCs");
    auto indirect = claim(kA, "these reforms will threaten the national contract");
    REQUIRE(indirect);
    CHECK(corpus().node(*indirect).claim.kind == ClaimKind::Indirect);
    CHECK(speaker(*indirect) == "Chaand Nagpaul");
}
