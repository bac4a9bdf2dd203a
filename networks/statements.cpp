#include "networks/statements.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "graph/dates.hpp"

namespace sg::networks {

std::vector<Statement> read_statements(const store::GraphStore& g, bool with_comments) {
    std::vector<Statement> out;
    for (NodeId c : g.nodes_of_kind(NodeKind::Claim)) {
        const ClaimInfo info = g.claim_info(c);
        if (info.comment && !with_comments) continue;
        Statement base;
        base.claim = c;
        base.document = info.document;
        base.span = info.span;
        if (info.document != kNoNode) {
            const store::NodeView doc = g.node(info.document);
            base.date = parse_instant(doc.document.date);
            base.source = doc.document.source;
            base.author = doc.document.author;
            base.section = doc.document.section;
            base.type = doc.document.type;
        }
        // The claim's speaker: its first `says` edge (a claim has one).
        const auto says = g.in_edges(c, EdgeKind::Says);
        const NodeId speaker = says.empty() ? kNoNode : g.edge_from(says.front());
        const NodeKind speaker_kind = speaker == kNoNode ? NodeKind::Claim : g.kind(speaker);
        base.speaker = speaker;
        if (speaker != kNoNode) base.actor = g.node(speaker).name;
        if (speaker_kind == NodeKind::Person) base.person = g.node(speaker).name;
        if (const NodeId org = g.claim_organisation(c); org != kNoNode) base.organisation = g.node(org).name;
        else if (speaker_kind == NodeKind::Organisation) base.organisation = g.node(speaker).name;
        for (EdgeKind side : {EdgeKind::Supports, EdgeKind::Opposes})
            for (EdgeId e : g.out_edges(c, side)) {
                Statement s = base;
                s.position = g.node(g.edge_to(e)).name;
                s.qualifier = side == EdgeKind::Supports ? 1 : 0;
                out.push_back(std::move(s));
            }
    }
    std::stable_sort(out.begin(), out.end(), [](const Statement& a, const Statement& b) {
        return std::tie(a.date, a.document, a.span.start, a.span.end, a.claim) <
               std::tie(b.date, b.document, b.span.start, b.span.end, b.claim);
    });
    return out;
}

const std::string& value_of(const Statement& s, Variable v) {
    switch (v) {
        case Variable::Organisation: return s.organisation;
        case Variable::Person: return s.person;
        case Variable::Position: return s.position;
        case Variable::Actor: return s.actor;
    }
    return s.position;
}

namespace {

// The value of an --exclude field (graph names and DNA's both accepted; see the CLI's help).
std::string field_of(const Statement& s, const std::string& field) {
    if (field == "person") return s.person;
    if (field == "actor") return s.actor;
    if (field == "organisation" || field == "organization") return s.organisation;
    if (field == "position" || field == "concept") return s.position;
    if (field == "agreement") return s.qualifier == 1 ? "1" : "0";
    if (field == "source") return s.source;
    if (field == "author") return s.author;
    if (field == "section") return s.section;
    return s.type;  // "type": the CLI accepts no other field
}

std::string canonical_value(const std::string& field, const std::string& value) {
    if (field == "agreement") {
        if (value == "supports" || value == "true" || value == "yes") return "1";
        if (value == "opposes" || value == "false" || value == "no") return "0";
    }
    return value;
}

// The period a statement's duplicates are sought in (a document, week, month, year, or the whole
// range); undated statements share one period of their own.
std::int64_t period_of(const Statement& s, Duplicates d) {
    switch (d) {
        case Duplicates::Document: return s.document;
        case Duplicates::Week: return s.date ? iso_week_of(*s.date) : INT64_MIN;
        case Duplicates::Month: return s.date ? month_of(*s.date) : INT64_MIN;
        case Duplicates::Year: return s.date ? year_of(*s.date) : INT64_MIN;
        default: return 0;
    }
}

}  // namespace

std::vector<Statement> filter_statements(const std::vector<Statement>& all, const NetworkOptions& o) {
    // field -> the values listed for it
    std::map<std::string, std::set<std::string>> lists;
    for (const Exclusion& e : o.exclude) {
        const std::string field = e.field == "organization" ? "organisation" : e.field == "concept" ? "position" : e.field;
        lists[field].insert(canonical_value(field, e.value));
    }
    std::vector<Statement> out;
    std::set<std::tuple<std::int64_t, std::string, std::string, int>> seen;
    for (const Statement& s : all) {
        if (o.from && (!s.date || *s.date < *o.from)) continue;
        if (o.to && (!s.date || *s.date > *o.to)) continue;
        bool keep = true;
        for (const auto& [field, values] : lists) {
            const bool listed = values.count(field_of(s, field)) > 0;
            if (listed != o.invert_exclude) keep = false;
        }
        if (!keep) continue;
        if (o.duplicates != Duplicates::Include) {
            const int qualifier = o.aggregation == Aggregation::Ignore ? -1 : s.qualifier;
            const auto key = std::make_tuple(period_of(s, o.duplicates), value_of(s, o.rows), value_of(s, o.columns), qualifier);
            if (!seen.insert(key).second) continue;
        }
        out.push_back(s);
    }
    return out;
}

}  // namespace sg::networks
