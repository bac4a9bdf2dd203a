// A small graph with every node and edge kind, a merge, a removal and hostile texts, shared by
// the snapshot and export tests. The texts are written for the tests (no article is quoted).
#pragma once

#include "support/temp_dir.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "graph/graph.hpp"
#include "graph/store/graph_store.hpp"

namespace sg::test {

// Names that break naive writers: quotes, backslashes (one trailing), newlines, control
// characters, markup, an entity, invalid UTF-8 and non-ASCII text.
inline const std::string kHostileName = "Ann \"The Hammer\" O'Neil\\ <b>&amp; \x01\x7F\nline2\r\n\xFF\xC3 Zo\xC3\xAB \\";

struct Sample {
    Graph g;
    NodeId doc, jane, jroe, union_, federation, lanes, claim, comment, orphan_claim, hostile;
};

inline Sample sample_graph() {
    Sample s;
    Graph& g = s.g;
    auto node = [&](NodeKind kind, std::string key, std::string name, std::vector<std::string> aliases = {},
                    std::string description = {}) {
        Node n;
        n.kind = kind;
        n.key = std::move(key);
        n.name = std::move(name);
        n.aliases = std::move(aliases);
        n.description = std::move(description);
        return g.add_node(std::move(n));
    };
    auto claim = [&](std::string key, std::string text, Span span, ClaimKind kind, bool comment, double conf) {
        Node n;
        n.kind = NodeKind::Claim;
        n.key = std::move(key);
        n.name = std::move(text);
        n.claim.document = s.doc;
        n.claim.span = span;
        n.claim.kind = kind;
        n.claim.comment = comment;
        n.claim.confidence = conf;
        return g.add_node(std::move(n));
    };
    s.doc = node(NodeKind::Document, "doc:a.txt", "a.txt", {}, "Council votes on bus lanes");
    s.jane = node(NodeKind::Person, "person:jane-roe", "Jane Roe", {"Dr Roe"});
    s.jroe = node(NodeKind::Person, "person:j-roe", "J. Roe");
    s.union_ = node(NodeKind::Organisation, "organisation:riders-union", "Riders' Union", {"RU"});
    s.federation = node(NodeKind::Organisation, "organisation:transport-federation", "Transport Federation");
    s.lanes = node(NodeKind::Position, "position:bus-lanes", "Bus lanes on the high street", {},
                   "There should be bus lanes on the high street");
    s.claim = claim("claim:a.txt:10-52", "We need these lanes now, and every week of delay costs riders",
                    {10, 52}, ClaimKind::Direct, false, 0.87);
    s.comment = claim("claim:a.txt:300-330", "Lanes will ruin the shops", {300, 330}, ClaimKind::Indirect, true,
                      0.3333333333333333);
    s.orphan_claim = claim("claim:a.txt:400-420", "Nobody asked the drivers", {400, 420}, ClaimKind::Reported,
                           false, 0.5);
    s.hostile = node(NodeKind::Person, "person:hostile", kHostileName);
    NodeId removed = node(NodeKind::Person, "person:removed", "Removed Person");

    g.add_edge(s.jane, s.claim, EdgeKind::Says, {}, 0.9);
    g.add_edge(s.claim, s.lanes, EdgeKind::Supports);
    g.add_edge(s.claim, s.doc, EdgeKind::In);
    g.add_edge(s.comment, s.doc, EdgeKind::In);
    g.add_edge(s.orphan_claim, s.doc, EdgeKind::In);
    g.add_edge(s.comment, s.lanes, EdgeKind::Opposes, {}, 0.6);
    g.add_edge(s.orphan_claim, s.lanes, EdgeKind::About);
    g.add_edge(s.jane, s.union_, EdgeKind::MemberOf, "deputy chair");
    g.add_edge(s.hostile, s.union_, EdgeKind::MemberOf, kHostileName, 1.0, true);
    g.add_edge(s.union_, s.federation, EdgeKind::PartOf);
    g.add_edge(s.jroe, s.comment, EdgeKind::Says);
    g.add_edge(removed, s.lanes, EdgeKind::Opposes);
    g.merge(s.jane, s.jroe);
    g.remove_node(removed);
    return s;
}

// The sample as the read side sees it (exports, queries): encoded into a graph file, with its
// ids renumbered densely. A node that is not in the store (dead) gets an id past the end.
struct StoredSample {
    GraphStore st;
    NodeId doc, jane, jroe, union_, federation, lanes, claim, comment, orphan_claim, hostile;
};

inline StoredSample stored_sample() {
    const Sample s = sample_graph();
    StoredSample out{GraphStore::from_graph(s.g), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    auto id = [&](NodeId old) {
        return s.g.node(old).alive ? *out.st.find_key(s.g.node(old).key) : static_cast<NodeId>(1000000);
    };
    out.doc = id(s.doc);
    out.jane = id(s.jane);
    out.jroe = id(s.jroe);
    out.union_ = id(s.union_);
    out.federation = id(s.federation);
    out.lanes = id(s.lanes);
    out.claim = id(s.claim);
    out.comment = id(s.comment);
    out.orphan_claim = id(s.orphan_claim);
    out.hostile = id(s.hostile);
    return out;
}


inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void write_text(const std::filesystem::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

}  // namespace sg::test
