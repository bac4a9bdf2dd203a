#include "report/stance_matrix.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "report/ordering.hpp"

namespace sg::report {

namespace {

networks::Network actor_network(const std::vector<networks::Statement>& statements, networks::Aggregation aggregation) {
    networks::NetworkOptions o;
    o.type = networks::NetworkType::OneMode;
    o.rows = networks::Variable::Actor;
    o.columns = networks::Variable::Position;
    o.aggregation = aggregation;
    return networks::compute_network(statements, statements, o);
}

}  // namespace

void order_rows(std::vector<MatrixActor>& actors) {
    std::map<std::string, std::pair<double, std::size_t>> group_sum;  // group -> (sum of scores, actors)
    for (const MatrixActor& a : actors) {
        auto& s = group_sum[a.group.empty() ? "\x01" + a.name : a.group];
        s.first += a.score;
        ++s.second;
    }
    auto group_key = [](const MatrixActor& a) { return a.group.empty() ? "\x01" + a.name : a.group; };
    auto group_score = [&](const MatrixActor& a) {
        const auto& s = group_sum.at(group_key(a));
        return s.first / static_cast<double>(s.second);
    };
    std::stable_sort(actors.begin(), actors.end(), [&](const MatrixActor& a, const MatrixActor& b) {
        const double ga = group_score(a), gb = group_score(b);
        if (ga != gb) return ga > gb;
        const std::string ka = group_key(a), kb = group_key(b);
        if (ka != kb) return ka < kb;
        const bool heads_a = a.name == a.group, heads_b = b.name == b.group;
        if (heads_a != heads_b) return heads_a;
        if (a.score != b.score) return a.score > b.score;
        return a.name < b.name;
    });
}

StanceMatrix build_matrix(const store::GraphStore& g, const Selection& sel, std::size_t max_actors) {
    StanceMatrix m;
    m.positions = sel.positions;
    // Every actor of the selection with its statements, node and the organisations it spoke for.
    struct Tally {
        NodeId node = kNoNode;
        std::size_t statements = 0;
        std::map<std::string, std::size_t> spoke_for;
    };
    std::unordered_map<std::string, Tally> tallies;
    for (const networks::Statement& s : sel.statements) {
        Tally& t = tallies[s.actor];
        if (t.node == kNoNode) t.node = s.speaker;
        ++t.statements;
        if (!s.organisation.empty() && s.organisation != s.actor) ++t.spoke_for[s.organisation];
    }
    std::vector<std::pair<std::string, const Tally*>> ranked;
    for (const auto& [name, t] : tallies) ranked.emplace_back(name, &t);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second->statements != b.second->statements ? a.second->statements > b.second->statements : a.first < b.first;
    });
    if (max_actors && ranked.size() > max_actors) {
        m.actors_left_out = ranked.size() - max_actors;
        ranked.resize(max_actors);
    }
    std::unordered_map<std::string, std::size_t> row_of;
    for (const auto& [name, t] : ranked) {
        MatrixActor a;
        a.name = name;
        a.kind = g.kind(t->node);
        a.statements = t->statements;
        if (a.kind == NodeKind::Organisation) {
            a.group = name;
        } else if (!t->spoke_for.empty()) {
            a.group = std::max_element(t->spoke_for.begin(), t->spoke_for.end(), [](const auto& x, const auto& y) {
                          return x.second < y.second;
                      })->first;
        } else {
            const auto member = g.out_edges(t->node, EdgeKind::MemberOf);
            if (!member.empty()) a.group = g.node(g.edge_to(member.front())).name;
        }
        row_of.emplace(name, m.actors.size());
        m.actors.push_back(std::move(a));
    }
    // The networks of the rows' statements: the same numbers as `stancegraph network`.
    std::vector<networks::Statement> rows_statements;
    for (const networks::Statement& s : sel.statements)
        if (row_of.count(s.actor)) rows_statements.push_back(s);
    m.congruence = actor_network(rows_statements, networks::Aggregation::Congruence);
    m.conflict = actor_network(rows_statements, networks::Aggregation::Conflict);
    m.subtract = actor_network(rows_statements, networks::Aggregation::Subtract);
    const std::vector<double> v = leading_eigenvector(m.subtract.values, m.subtract.rows.size());
    for (std::size_t i = 0; i < m.subtract.rows.size(); ++i) {
        MatrixActor& a = m.actors[row_of.at(m.subtract.rows[i])];
        a.score = v[i];
        a.coalition = coalition_of(v[i]);
    }
    order_rows(m.actors);
    row_of.clear();
    for (std::size_t r = 0; r < m.actors.size(); ++r) row_of.emplace(m.actors[r].name, r);
    std::unordered_map<std::string, std::size_t> column_of;
    for (std::size_t c = 0; c < m.positions.size(); ++c) column_of.emplace(m.positions[c], c);
    m.cells.assign(m.actors.size() * m.positions.size(), Cell{});
    for (std::size_t i = 0; i < sel.statements.size(); ++i) {
        const networks::Statement& s = sel.statements[i];
        const auto r = row_of.find(s.actor);
        const auto c = column_of.find(s.position);
        if (r == row_of.end() || c == column_of.end()) continue;
        Cell& cell = m.cells[r->second * m.positions.size() + c->second];
        (s.qualifier == 1 ? cell.supports : cell.opposes)++;
        cell.statements.push_back(i);
    }
    return m;
}

}  // namespace sg::report
