// The stance matrix: actors x positions, a cell per pair holding the statements of that actor on
// that position (supports and opposes), rows ordered so that actors who agree stand together
// (ordering.hpp) with organisations' members grouped under their organisation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "networks/matrix.hpp"
#include "report/selection.hpp"

namespace sg::report {

enum class Side { None, Supports, Opposes, Mixed };

struct Cell {
    std::uint32_t supports = 0, opposes = 0;
    std::vector<std::size_t> statements;  // indices into Selection::statements, in their order
    Side side() const {
        return supports && opposes ? Side::Mixed : supports ? Side::Supports : opposes ? Side::Opposes : Side::None;
    }
};

struct MatrixActor {
    std::string name;
    NodeKind kind = NodeKind::Person;
    std::string group;       // the organisation it is grouped under (itself for an organisation), or ""
    std::size_t statements = 0;
    double score = 0;        // its entry of the leading eigenvector
    int coalition = 0;       // coalition_of(score)
};

struct StanceMatrix {
    std::vector<MatrixActor> actors;      // the rows, in display order
    std::vector<std::string> positions;   // the columns
    std::vector<Cell> cells;              // row-major
    std::size_t actors_left_out = 0;      // actors beyond max_actors (the least active)
    // The actors' one-mode networks over the positions, from networks/ (labels = actor names, in
    // networks/' order, not the rows' order).
    networks::Network congruence, conflict, subtract;
    const Cell& at(std::size_t row, std::size_t column) const { return cells[row * positions.size() + column]; }
};

// Rows: the actors with statements in the selection, the `max_actors` with most statements (0:
// all), ordered and grouped as above. A person's group is the organisation its claims were most
// often made for, else its first member_of organisation, else none.
StanceMatrix build_matrix(const store::GraphStore& g, const Selection& selection, std::size_t max_actors);

// The row order alone, for a test to check and build_matrix to use: groups by the mean score of
// their actors (highest first), the organisation itself first in its group, then members by
// score; ties by name.
void order_rows(std::vector<MatrixActor>& actors);

}  // namespace sg::report
