#include "report/overview.hpp"

#include <map>
#include <set>
#include <unordered_map>

#include "graph/dates.hpp"

namespace sg::report {

Corpus corpus_of(const store::GraphStore& g, bool with_comments) {
    Corpus c;
    std::set<std::string> sources;
    for (NodeId d : g.nodes_of_kind(NodeKind::Document)) {
        ++c.documents;
        const NodeView v = g.node(d);
        if (!v.document.source.empty()) sources.insert(v.document.source.str());
        // Dates compare as strings (ISO 8601); only real dates count.
        const std::string date = v.document.date.str().substr(0, 10);
        if (date.empty() || !parse_instant(date)) continue;
        if (c.first_date.empty() || date < c.first_date) c.first_date = date;
        if (c.last_date.empty() || date > c.last_date) c.last_date = date;
    }
    c.sources = sources.size();
    for (NodeId n : g.nodes_of_kind(NodeKind::Claim))
        if (with_comments || !g.claim_info(n).comment) ++c.claims;
    c.people = g.nodes_of_kind(NodeKind::Person).size();
    c.organisations = g.nodes_of_kind(NodeKind::Organisation).size();
    c.positions = g.nodes_of_kind(NodeKind::Position).size();
    return c;
}

std::vector<PositionSummary> summarise_positions(const store::GraphStore& g, const Selection& sel) {
    std::unordered_map<std::string, std::size_t> index;
    std::vector<PositionSummary> out;
    for (const std::string& p : sel.positions) {
        index.emplace(p, out.size());
        PositionSummary s;
        s.label = p;
        out.push_back(std::move(s));
    }
    for (NodeId n : g.nodes_of_kind(NodeKind::Position)) {
        const NodeView v = g.node(n);
        if (auto it = index.find(v.name.str()); it != index.end()) out[it->second].description = v.description.str();
    }
    // (position, actor) -> sides seen: bit 1 supports, bit 2 opposes
    std::map<std::pair<std::size_t, std::string>, int> sides;
    for (const networks::Statement& s : sel.statements) {
        const auto it = index.find(s.position);
        if (it == index.end()) continue;
        (s.qualifier == 1 ? out[it->second].supporting_claims : out[it->second].opposing_claims)++;
        sides[{it->second, s.actor}] |= s.qualifier == 1 ? 1 : 2;
    }
    for (const auto& [key, bits] : sides) {
        PositionSummary& s = out[key.first];
        (bits == 3 ? s.mixed : bits == 1 ? s.supporters : s.opponents)++;
    }
    return out;
}

}  // namespace sg::report
