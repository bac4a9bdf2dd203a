#include "loaders/dna/new_node.hpp"

#include "loaders/mentions/mentions.hpp"

namespace sg::loaders::dna {

NodeId add_named_node(Graph& g, NodeKind kind, const std::string& prefix, const std::string& value) {
    std::string base = slug(value);
    if (base.empty()) base = "unnamed";
    std::string key = prefix + base;
    for (int i = 2; g.find_key(key); ++i) key = prefix + base + "-" + std::to_string(i);
    Node n;
    n.kind = kind;
    n.key = key;
    n.name = value;
    if (kind == NodeKind::Position) n.description = value;
    return g.add_node(std::move(n));
}

}  // namespace sg::loaders::dna
