// Name resolution for queries (see binder.hpp).
#include "query/bind/binder.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "query/query_error.hpp"

namespace sg::query {
namespace {

std::string kind_words(const std::vector<NodeKind>& kinds) {
    const bool person = std::find(kinds.begin(), kinds.end(), NodeKind::Person) != kinds.end();
    const bool org = std::find(kinds.begin(), kinds.end(), NodeKind::Organisation) != kinds.end();
    const bool pos = std::find(kinds.begin(), kinds.end(), NodeKind::Position) != kinds.end();
    const bool doc = std::find(kinds.begin(), kinds.end(), NodeKind::Document) != kinds.end();
    std::vector<std::string> parts;
    if (person && org) parts.push_back("actor");
    else if (person) parts.push_back("person");
    else if (org) parts.push_back("organisation");
    if (pos) parts.push_back("position");
    if (doc) parts.push_back("document");
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : (i + 1 == parts.size() ? " or " : ", ")) + parts[i];
    return out.empty() ? "node" : out;
}

std::string article(const std::string& noun) {
    const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string_view::npos;
    return (vowel ? "an " : "a ") + noun;
}

// How a node is named in suggestions: positions by id, everything else by display name.
std::string display(const GraphStore& g, NodeId n) {
    const NodeView& node = g.node(n);
    if (node.kind == NodeKind::Position) {
        const auto colon = node.key.find(':');
        return std::string(std::string_view(node.key).substr(colon == std::string::npos ? 0 : colon + 1));
    }
    return node.name;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string with_article(NodeKind k) {
    const std::string_view s = to_string(k);
    const bool vowel = !s.empty() && std::string_view("aeiou").find(s[0]) != std::string_view::npos;
    return std::string(vowel ? "an " : "a ") + std::string(s);
}

Binder::Binder(const GraphStore& g) : g_(g) {}

std::vector<NodeId> Binder::candidates(std::string_view form) const {
    auto found = g_.nodes_named(form);
    if (found.empty() && form.find(' ') == std::string_view::npos) found = g_.people_with_surname(form);
    return {found.begin(), found.end()};
}

std::vector<NodeId> Binder::lookup(std::string_view name) const { return candidates(lookup_form(name)); }

NodeId Binder::resolve(const Name& name, const std::vector<NodeKind>& kinds) const {
    const std::string form = lookup_form(name.text);
    auto allowed = [&](NodeId n) {
        return std::find(kinds.begin(), kinds.end(), g_.node(n).kind) != kinds.end();
    };
    const std::vector<NodeId> all = candidates(form);
    std::vector<NodeId> fit;
    for (NodeId n : all)
        if (allowed(n)) fit.push_back(n);
    if (fit.size() == 1) return fit.front();
    if (fit.size() > 1) {
        std::string list;
        for (NodeId n : fit) list += (list.empty() ? "" : ", ") + display(g_, n);
        throw QueryError(name.offset, quoted(name.text) + " is ambiguous: it names " + list);
    }
    if (!all.empty()) {
        throw QueryError(name.offset, quoted(name.text) + " is " + with_article(g_.node(all.front()).kind) +
                                          ", not " + article(kind_words(kinds)));
    }
    // Unknown: the closest names of the wanted kinds.
    struct Near {
        std::size_t distance;
        std::string shown;
    };
    std::vector<Near> near;
    std::set<NodeId> seen;
    const std::string probe = form.substr(0, 200);
    for (std::size_t i = 0; i < g_.name_form_count(); ++i) {
        const auto [text, nodes] = g_.name_form(i);
        const std::size_t d = edit_distance(probe, text.substr(0, 200));
        for (NodeId n : nodes) {
            if (!allowed(n)) continue;
            near.push_back({d, display(g_, n)});
        }
    }
    std::sort(near.begin(), near.end(), [](const Near& a, const Near& b) {
        return a.distance != b.distance ? a.distance < b.distance : a.shown < b.shown;
    });
    const std::size_t bar = std::max<std::size_t>(3, probe.size() / 2);
    std::vector<std::string> shown;
    for (const auto& n : near) {
        if (n.distance > bar || shown.size() == 3) break;
        if (std::find(shown.begin(), shown.end(), n.shown) == shown.end()) shown.push_back(n.shown);
    }
    std::string message = "no " + kind_words(kinds) + " named " + quoted(name.text);
    if (!shown.empty()) {
        message += "; did you mean: ";
        for (std::size_t i = 0; i < shown.size(); ++i) message += (i ? ", " : "") + shown[i];
    }
    throw QueryError(name.offset, message);
}

std::vector<std::string> Binder::completion_words() const {
    std::vector<std::string> out;
    for (NodeKind kind : {NodeKind::Person, NodeKind::Organisation, NodeKind::Position}) {
        for (NodeId n : g_.nodes_of_kind(kind)) {
            const NodeView& node = g_.node(n);
            out.push_back(kind == NodeKind::Position ? display(g_, n) : node.name);
            if (kind != NodeKind::Position)
                for (const auto& a : node.aliases) out.push_back(a);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace sg::query
