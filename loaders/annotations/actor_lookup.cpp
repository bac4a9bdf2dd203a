#include "loaders/annotations/actor_lookup.hpp"

#include <algorithm>
#include <sstream>

namespace sg::loaders {
namespace {

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::istringstream in{std::string(s)};
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

bool is_actor(const Node& n) {
    return n.alive && (n.kind == NodeKind::Person || n.kind == NodeKind::Organisation);
}

// Levenshtein distance, or a number past any threshold the callers use when the lengths alone
// rule a near match out: a hostile 1 MB name must not cost a megabyte-squared table per actor.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > 2 + std::max(a.size(), b.size()) / 4) return gap;
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

template <typename F>
void for_each_name(const Node& n, F&& f) {
    f(n.name);
    for (const auto& a : n.aliases) f(a);
}

}  // namespace

std::vector<NodeId> find_actors(const Graph& g, std::string_view name) {
    std::vector<NodeId> out;
    if (name.rfind("person:", 0) == 0 || name.rfind("org:", 0) == 0) {
        if (auto id = g.find_key(name); id && is_actor(g.node(*id))) out.push_back(*id);
        return out;
    }
    for (NodeId id : g.find_name(name))
        if (is_actor(g.node(id))) out.push_back(id);
    if (!out.empty()) return out;
    const std::string wanted = name_without_titles(name);
    if (wanted.empty()) return out;
    for (NodeKind kind : {NodeKind::Person, NodeKind::Organisation})
        for (NodeId id : g.nodes_of_kind(kind)) {
            bool match = false;
            for_each_name(g.node(id), [&](const std::string& n) { match = match || name_without_titles(n) == wanted; });
            if (match) out.push_back(id);
        }
    return out;
}

std::vector<std::string> similar_actor_names(const Graph& g, std::string_view name) {
    const std::string wanted = name_without_titles(name);
    const std::vector<std::string> wanted_words = words_of(wanted);
    std::vector<std::pair<std::size_t, std::string>> scored;  // (distance, display name)
    for (NodeKind kind : {NodeKind::Person, NodeKind::Organisation})
        for (NodeId id : g.nodes_of_kind(kind)) {
            const Node& n = g.node(id);
            std::size_t best = std::string::npos;
            for_each_name(n, [&](const std::string& candidate) {
                std::string c = name_without_titles(candidate);
                std::size_t d = edit_distance(c, wanted);
                for (const auto& w : words_of(c))
                    if (w.size() >= 3 && std::find(wanted_words.begin(), wanted_words.end(), w) != wanted_words.end())
                        d = std::min<std::size_t>(d, 1);
                best = std::min(best, d);
            });
            if (best <= 2 || (best <= wanted.size() / 4)) scored.emplace_back(best, n.name);
        }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (const auto& [d, n] : scored) {
        if (out.size() == 3) break;
        if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    }
    return out;
}

std::vector<std::string> similar_keys(const Graph& g, NodeKind kind, std::string_view prefix, std::string_view wanted) {
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (NodeId id : g.nodes_of_kind(kind)) {
        const std::string& key = g.node(id).key;
        if (key.rfind(prefix, 0) != 0) continue;
        const std::string_view rest = std::string_view(key).substr(prefix.size());
        const std::size_t d = edit_distance(rest, wanted);
        if (d <= 2 || d <= wanted.size() / 4) scored.emplace_back(d, std::string(rest));
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && i < 3; ++i) out.push_back(scored[i].second);
    return out;
}

}  // namespace sg::loaders
