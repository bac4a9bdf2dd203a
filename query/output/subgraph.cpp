// The subgraph that answers a query (see subgraph.hpp): the nodes each result row stands for and
// the claims, positions, documents and organisations behind them, plus the question's subject.
#include "query/output/subgraph.hpp"

#include <algorithm>

#include "query/engine.hpp"

namespace sg::query {

std::vector<NodeId> answer_subgraph(const Engine& engine, std::string_view query_text) {
    const GraphStore& g = engine.graph();
    const ResultSet r = engine.run_one(query_text, /*nodes_behind=*/true);
    std::vector<NodeId> out(r.context_nodes.begin(), r.context_nodes.end());
    for (const auto& nodes : r.row_nodes) out.insert(out.end(), nodes.begin(), nodes.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    out.erase(std::remove_if(out.begin(), out.end(), [&](NodeId n) { return n >= g.node_capacity() || !g.node(n).alive; }),
              out.end());
    return out;
}

}  // namespace sg::query
