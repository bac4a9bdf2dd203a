// A discourse network as DNA computes it: the statements' array a[i][j][k] (row label i, column
// label j, qualifier k: 0 opposes, 1 supports) aggregated into a two-mode (rows x columns) or a
// one-mode (rows x rows) matrix, then normalised. The formulas are in README.md ("Discourse
// networks and DNA files") and in issue 11.
#pragma once

#include <string>
#include <vector>

#include "networks/options.hpp"
#include "networks/statements.hpp"

namespace sg::networks {

struct Network {
    NetworkType type = NetworkType::TwoMode;
    Aggregation aggregation = Aggregation::Ignore;
    std::vector<std::string> rows;
    std::vector<std::string> columns;  // == rows for a one-mode network
    std::vector<double> values;        // row-major, rows.size() x columns.size()
    std::vector<std::size_t> row_statements, column_statements;  // statements per label
    double at(std::size_t i, std::size_t j) const { return values[i * columns.size() + j]; }
};

// Throws std::invalid_argument for a combination DNA does not define (see compute_network).
void check_options(const NetworkOptions& options);

// Labels in DNA's order: by UTF-16 code units, case-sensitively.
bool utf16_less(const std::string& a, const std::string& b);

// `statements` are already filtered (filter_statements); the row and column labels are those of
// `label_statements` (the same statements; with --isolates every statement of the graph; in a
// series of windows, those of the whole range, so every window has the same labels).
// Throws std::invalid_argument for a combination DNA does not define (a one-mode combine, a
// two-mode congruence or conflict, a one-mode activity or prominence, a two-mode average,
// jaccard or cosine).
Network compute_network(const std::vector<Statement>& statements, const std::vector<Statement>& label_statements,
                        const NetworkOptions& options);

}  // namespace sg::networks
