// Node and edge properties (see properties.hpp).
#include "query/exec/properties.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "graph/dates.hpp"
#include "query/bind/binder.hpp"
#include "query/exec/evidence.hpp"
#include "query/query_error.hpp"

namespace sg::query {
namespace {

// "supports id; opposes id" for a claim.
std::string claim_positions(const GraphStore& g, NodeId c, std::vector<NodeId>* behind) {
    // Appended in place, the position's id read as a view: `what does X say` builds this cell for
    // every claim, and the temporaries of a chain of `+` had been most of its cost.
    std::string out;
    each_position(g, c, [&](NodeId p, EdgeKind pol) {
        if (!out.empty()) out += "; ";
        out += to_string(pol);
        out += ' ';
        out += position_id_view(g, p);
        if (behind) behind->push_back(p);
    });
    return out;
}

// Claims a node takes part in (said, about, in) that the scope admits.
std::int64_t claims_of(const GraphStore& g, const ClaimFilter& scope, NodeId n) {
    std::set<NodeId> seen;
    for (EdgeId e : g.out_edges(n))
        if (scope.admits(g, g.edge_to(e))) seen.insert(g.edge_to(e));  // admits: a claim, in scope
    for (EdgeId e : g.in_edges(n))
        if (scope.admits(g, g.edge_from(e))) seen.insert(g.edge_from(e));
    return static_cast<std::int64_t>(seen.size());
}

}  // namespace

bool is_node_property(std::string_view k) {
    static const std::vector<std::string_view> known{"id", "key", "name", "kind", "text", "document", "comment",
                                                     "confidence", "title", "description", "organisation",
                                                     "organization", "positions", "speakers", "claims", "members",
                                                     "date", "source", "author", "section", "document_type", "url",
                                                     "day", "week", "month", "year"};
    return std::find(known.begin(), known.end(), k) != known.end();
}

bool is_document_field(std::string_view k) {
    return std::find(kDocumentFields.begin(), kDocumentFields.end(), k) != kDocumentFields.end();
}

NodeProperty node_property_named(std::string_view p) {
    static const std::vector<std::pair<std::string_view, NodeProperty>> names{
        {"@id", NodeProperty::Id},
        {"name", NodeProperty::Name},
        {"text", NodeProperty::Name},
        {"key", NodeProperty::Key},
        {"id", NodeProperty::PositionId},
        {"kind", NodeProperty::Kind},
        {"title", NodeProperty::Description},
        {"description", NodeProperty::Description},
        {"organisation", NodeProperty::Organisation},
        {"organization", NodeProperty::Organisation},
        {"claims", NodeProperty::Claims},
        {"date", NodeProperty::Date},
        {"source", NodeProperty::Source},
        {"author", NodeProperty::Author},
        {"section", NodeProperty::Section},
        {"document_type", NodeProperty::DocumentType},
        {"url", NodeProperty::Url},
        {"day", NodeProperty::Day},
        {"week", NodeProperty::Week},
        {"month", NodeProperty::Month},
        {"year", NodeProperty::Year},
        {"members", NodeProperty::Members},
        {"document", NodeProperty::Document},
        {"@document", NodeProperty::DocumentId},
        {"comment", NodeProperty::Comment},
        {"confidence", NodeProperty::Confidence},
        {"positions", NodeProperty::Positions},
        {"speakers", NodeProperty::Speakers}};
    for (const auto& [name, property] : names)
        if (name == p) return property;
    return NodeProperty::Unknown;
}

Value node_property(const GraphStore& g, const ClaimFilter& scope, NodeId n, const std::string& prop, std::size_t offset,
                    std::vector<NodeId>* behind) {
    return node_property(g, scope, n, node_property_named(lower_text(prop)), prop, offset, behind);
}

Value node_property(const GraphStore& g, const ClaimFilter& scope, NodeId n, NodeProperty p, const std::string& prop,
                    std::size_t offset, std::vector<NodeId>* behind) {
    // Each property reads only what it needs: the id, kind and a claim's record are fixed-width
    // fields, and most statements never need a node's strings (reading them touches more pages).
    using P = NodeProperty;
    if (p == P::Id) return static_cast<std::int64_t>(n);
    if (p == P::Unknown) throw QueryError(offset, "unknown property " + quoted(prop) + "; nodes have: " + kNodeProperties);
    // The node's kind is read only by the properties that depend on it: a name, key or
    // organisation does not (three kind reads per row of `who supports P` had been a tenth of it).
    auto kind = [&] { return g.kind(n); };
    // the document whose metadata a document or claim has (a claim: its document's)
    auto document = [&] {
        const NodeKind k = kind();
        return k == NodeKind::Document ? n : k == NodeKind::Claim ? document_of(g, n) : kNoNode;
    };
    switch (p) {
        // Names, keys and kinds stay where they are (the file, or a static kind name): TextRef.
        case P::Name:
        case P::Key:
        case P::PositionId:
        case P::Kind: return TextRef{*node_text(g, n, p)};
        case P::Description: return TextRef{g.node(n).description};
        case P::Organisation: {
            // Most people's: one membership, read in place without gathering a list (an
            // allocation per row of `who supports P` and `who agrees with X`).
            if (!behind)
                if (const auto one = node_text(g, n, p)) return TextRef{*one};
            const auto orgs = organisations_of(g, n);
            if (behind) behind->insert(behind->end(), orgs.begin(), orgs.end());
            if (orgs.size() == 1) return TextRef{g.name(orgs.front())};  // most people's: one, in place
            return names_of(g, orgs);
        }
        case P::Claims: return claims_of(g, scope, n);
        // A document's metadata (ISO dates compare as text: `contains "2014-06"` is a month), and a
        // claim's, from its document; null when unknown.
        case P::Date:
        case P::Source:
        case P::Author:
        case P::Section:
        case P::DocumentType:
        case P::Url: {
            const NodeId d = document();
            if (d == kNoNode) return Value{};
            const store::DocumentView info = g.node(d).document;
            const std::string_view v = p == P::Date      ? info.date
                                       : p == P::Source  ? info.source
                                       : p == P::Author  ? info.author
                                       : p == P::Section ? info.section
                                       : p == P::Url     ? info.url
                                                         : info.type;
            if (v.empty()) return Value{};
            return TextRef{v};
        }
        // The day, ISO week, month or year of a document's date (a claim's: its document's), as text
        // that sorts in time order: 2014-06-12, 2014-W24, 2014-06, 2014. Null when the date does not
        // say (a document dated 2014 has no month).
        case P::Day:
        case P::Week:
        case P::Month:
        case P::Year: {
            const NodeId d = document();
            if (d == kNoNode) return Value{};
            return period_of(g.node(d).document.date, p == P::Day    ? Period::Day
                                                      : p == P::Week  ? Period::Week
                                                      : p == P::Month ? Period::Month
                                                                      : Period::Year);
        }
        case P::Members: return static_cast<std::int64_t>(g.in_edges(n, EdgeKind::MemberOf).size());
        default: break;
    }
    // The rest are a claim's; other nodes have none of them (null).
    if (kind() != NodeKind::Claim) return Value{};
    switch (p) {
        case P::Document:
        case P::DocumentId: {
            const NodeId d = document_of(g, n);
            if (d == kNoNode) return Value{};
            if (behind) behind->push_back(d);
            return p == P::Document ? Value{TextRef{g.name(d)}} : Value{static_cast<std::int64_t>(d)};
        }
        case P::Comment: return g.claim_info(n).comment;
        case P::Confidence: return g.claim_info(n).confidence;
        case P::Positions: return claim_positions(g, n, behind);
        case P::Speakers: {
            const auto who = speakers_of(g, n);
            if (behind) behind->insert(behind->end(), who.begin(), who.end());
            return names_of(g, who);
        }
        default: return Value{};
    }
}

std::optional<std::string_view> node_text(const GraphStore& g, NodeId n, NodeProperty p) {
    using P = NodeProperty;
    switch (p) {
        case P::Name: return g.name(n);
        case P::Key: return g.key(n);
        case P::PositionId: return position_id_view(g, n);
        case P::Kind: {
            const NodeKind k = g.kind(n);
            return k == NodeKind::Claim ? to_string(g.claim_info(n).kind) : to_string(k);
        }
        case P::Organisation: {
            const store::EdgeList memberships = g.out_edges(n, EdgeKind::MemberOf);
            if (memberships.size() == 1) return g.name(g.edge_to(memberships.front()));
            return std::nullopt;
        }
        default: return std::nullopt;
    }
}

Value edge_property(const GraphStore& g, EdgeId e, const std::string& prop, std::size_t offset) {
    const std::string p = lower_text(prop);
    if (p == "@id") return static_cast<std::int64_t>(e);
    if (p == "kind") return TextRef{to_string(g.edge_kind(e))};  // no record read beyond the kind
    const EdgeView& edge = g.edge(e);
    if (p == "role") return std::string(edge.role);
    // How a membership reads: its role, or "part of" for an organisation inside another.
    if (p == "label") return edge.kind == EdgeKind::PartOf && edge.role.empty() ? std::string("part of") : std::string(edge.role);
    if (p == "confidence") return edge.confidence;
    if (p == "manual") return edge.manual;
    if (p == "evidence") return evidence_records(g, e);
    if (p == "source") return stance_source(g, e);
    throw QueryError(offset, "unknown property " + quoted(prop) + "; relationships have: " + kEdgeProperties);
}

NodeKind node_label(const Name& label) {
    std::string l = lower_text(label.text);
    if (l == "organization" || l == "org") l = "organisation";
    if (l == "doc") l = "document";
    if (auto k = node_kind_from(l)) return *k;
    throw QueryError(label.offset, "unknown node label " + quoted(label.text) +
                                       "; expected one of: document, person, organisation, position, claim");
}

EdgeKind edge_label(const Name& label) {
    std::string l = lower_text(label.text);
    if (l == "member-of" || l == "memberof") l = "member_of";
    if (l == "part-of" || l == "partof") l = "part_of";
    if (auto k = edge_kind_from(l)) return *k;
    throw QueryError(label.offset, "unknown relationship type " + quoted(label.text) +
                                       "; expected one of: says, supports, opposes, about, member_of, part_of, in");
}

bool equal_value(const Value& v, const Literal& lit) {
    if (lit.type == Literal::Type::Number) {
        if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i) == lit.number;
        if (const auto* d = std::get_if<double>(&v)) return *d == lit.number;
    }
    if (const auto* b = std::get_if<bool>(&v)) return lower_text(lit.text) == (*b ? "true" : "false");
    return lower_text(to_text(v)) == lower_text(lit.text);
}

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool iso_date_like(std::string_view s);

}  // namespace

Value period_of(std::string_view date, Period period) {
    if (!iso_date_like(date)) return Value{};
    switch (period) {
        case Period::Year: return std::string(date.substr(0, 4));
        case Period::Month:
            if (date.size() < 7) return Value{};
            return std::string(date.substr(0, 7));
        case Period::Day:
            if (date.size() < 10) return Value{};
            return std::string(date.substr(0, 10));
        case Period::Week: {
            const auto t = parse_instant(date.substr(0, 10));
            if (!t) return Value{};
            const std::int64_t w = iso_week_of(*t);
            char buf[32];
            std::snprintf(buf, sizeof buf, "%04lld-W%02lld", static_cast<long long>(w / 100), static_cast<long long>(w % 100));
            return std::string(buf);
        }
    }
    return Value{};
}

namespace {

// "2014", "2014-06", "2014-06-12", "2014-06-12T09:30:00": an ISO 8601 date at some precision.
bool iso_date_like(std::string_view s) {
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (i >= s.size() || !digit(s[i])) return false;
        return true;
    };
    if (!digits(0, 4)) return false;
    if (s.size() == 4) return true;
    if (s[4] != '-' || !digits(5, 2)) return false;
    if (s.size() == 7) return true;
    if (s.size() < 10 || s[7] != '-' || !digits(8, 2)) return false;
    return s.size() == 10 || s[10] == 'T';
}

template <typename T>
int three_way(const T& a, const T& b) {
    return a < b ? -1 : b < a ? 1 : 0;
}

bool holds(Compare op, int cmp) {
    switch (op) {
        case Compare::Equal: return cmp == 0;
        case Compare::NotEqual: return cmp != 0;
        case Compare::Less: return cmp < 0;
        case Compare::LessEqual: return cmp <= 0;
        case Compare::Greater: return cmp > 0;
        case Compare::GreaterEqual: return cmp >= 0;
    }
    return false;
}

}  // namespace

bool satisfies(const Value& v, Compare op, const Literal& lit) {
    if (std::holds_alternative<std::monostate>(v)) return op == Compare::NotEqual;  // unknown: only <> holds
    // Dates at the coarser of the two precisions: 2014-06-12 = 2014-06, and <= 2014-06 holds it.
    if (const auto text = text_in(v); text && iso_date_like(*text) && iso_date_like(lit.text)) {
        const std::size_t n = std::min(text->size(), lit.text.size());
        return holds(op, three_way(text->substr(0, n), std::string_view(lit.text).substr(0, n)));
    }
    if (op == Compare::Equal) return equal_value(v, lit);
    if (op == Compare::NotEqual) return !equal_value(v, lit);
    if (lit.type == Literal::Type::Number) {
        if (const auto* i = std::get_if<std::int64_t>(&v)) return holds(op, three_way(static_cast<double>(*i), lit.number));
        if (const auto* d = std::get_if<double>(&v)) return holds(op, three_way(*d, lit.number));
    }
    return holds(op, three_way(lower_text(to_text(v)), lower_text(lit.text)));
}

Literal literal_of(const Name& value) {
    Literal lit{Literal::Type::String, value.text, 0, value.offset};
    if (!value.quoted && !value.text.empty()) {
        char* end = nullptr;
        const double d = std::strtod(value.text.c_str(), &end);
        if (end == value.text.c_str() + value.text.size() && digit(value.text.front())) {
            lit.type = Literal::Type::Number;
            lit.number = d;
        }
    }
    return lit;
}

bool name_matches(const GraphStore& g, NodeId n, const std::string& text) {
    const std::string want = lookup_form(text);
    const NodeView& node = g.node(n);
    if (lookup_form(node.name) == want) return true;
    return std::any_of(node.aliases.begin(), node.aliases.end(),
                       [&](const std::string& a) { return lookup_form(a) == want; });
}

}  // namespace sg::query
