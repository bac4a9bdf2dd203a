// A network in the formats network analysts load: CSV (DNA's own matrix layout), UCINET DL
// (fullmatrix), GraphML (visone, Gephi), GraphViz DOT (drawn) and JSON.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "networks/matrix.hpp"

namespace sg::networks {

// A network of a series (--window) with the period it covers; label is "" for a single network.
struct NetworkInWindow {
    std::string label;  // "2005-01-01..2005-01-31"
    Network network;
};

// csv: a header `""` then the column labels, one row per row label (labels quoted as RFC 4180
// says, numbers as the shortest text that reads back as the same double).
void write_csv(const Network& n, std::ostream& out);
// dl: UCINET's full matrix with embedded labels.
void write_dl(const Network& n, std::ostream& out);
// graphml: a node per label (name, kind, frequency = its statements), an edge per non-zero cell
// (weight; one-mode edges undirected, each pair once).
void write_graphml(const Network& n, const std::string& row_kind, const std::string& column_kind, std::ostream& out);
// dot: the network drawn: edge width by |weight|; congruence and supports green, conflict and
// opposes red, subtract by sign, ignore grey.
void write_dot(const Network& n, std::ostream& out);
// json: {"type", "aggregation", "rows", "columns", "matrix"} per network; a series is an array
// of them with their "window".
void write_json(const std::vector<NetworkInWindow>& series, bool single, std::ostream& out);

}  // namespace sg::networks
