// The network section's picture: the congruence and conflict networks of the matrix's most active
// actors (networks/' numbers, as `stancegraph network --type onemode --rows actor` computes them)
// as GraphViz DOT, laid out by graphviz into SVG at report time. Nodes are coloured by coalition
// (the sign of the actor's entry in the ordering's eigenvector), congruence edges green, conflict
// edges red, widths by weight.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "report/stance_matrix.hpp"

namespace sg::report {

struct NetworkEdge {
    std::size_t a = 0, b = 0;  // rows of the matrix, a < b
    double congruence = 0, conflict = 0;
};

// The pairs of the first `max_actors` rows (by statements) that meet, strongest first (by
// congruence + conflict), at most max_edges of them; `dropped` gets how many were left out.
std::vector<NetworkEdge> network_edges(const StanceMatrix& m, const std::vector<std::size_t>& rows, std::size_t max_edges,
                                       std::size_t& dropped);

// The rows drawn: the `max_actors` most active actors of the matrix, in row order.
std::vector<std::size_t> drawn_rows(const StanceMatrix& m, std::size_t max_actors);

// The DOT text of the drawing (synthetic node ids, labels escaped for DOT and for the SVG text
// graphviz writes, links to the actors' rows).
std::string network_dot(const StanceMatrix& m, const std::vector<std::size_t>& rows, const std::vector<NetworkEdge>& edges,
                        const std::string& layout);

// Runs graphviz on DOT text and gives its SVG, or nullopt when the layout program is not
// installed; throws (with graphviz's message) when it fails.
using Renderer = std::function<std::optional<std::string>(const std::string& dot)>;

// The <svg> element of graphviz's output (its XML declaration, doctype and comments dropped).
std::string inline_svg(const std::string& graphviz_svg);

}  // namespace sg::report
