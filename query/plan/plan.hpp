// The logical plan: what every statement is compiled into before it touches the graph. MATCH
// compiles into it (query/compile_match.cpp) and every question form is translated into it
// (query/plan/translate.cpp), so one executor (query/exec/execute.cpp) answers both and `explain` shows
// both the same way (query/plan/explain.cpp).
//
// A plan is a source, then relational operators over rows:
//   source     a pattern scan (one or more patterns whose bindings are united), or one of the two
//              graph walks that are not patterns: a neighbourhood (breadth-first) or a shortest path
//   operators  where (a predicate over a binding), project, group (count / count distinct /
//              count-if / collect / majority), keep (rows whose column is one of some values),
//              semijoin (rows with a congruent or conflicting row in another plan's rows),
//              distinct, order, limit, and the statement's own where / order by / limit clauses
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/parse/ast.hpp"
#include "query/output/result.hpp"
#include "query/exec/stances.hpp"

namespace sg::query {

// One node of a pattern.
struct NodeStep {
    std::string var;                 // empty: anonymous
    std::vector<NodeKind> kinds;     // any of these; empty: any kind
    std::vector<NodeId> ids;         // one of these nodes (bound by the binder); empty: any node
    std::vector<NodeId> not_ids;     // never these nodes
    bool admitted = false;           // a claim the plan's scope admits (comments, document)
    std::optional<NodeId> document;  // a claim in this document
    // A claim whose text holds these words, stemmed and in order (`search`): found through the
    // graph file's word index when the step starts the pattern.
    std::optional<std::string> words;
    std::vector<std::pair<Name, Literal>> properties;  // MATCH's {key: value}
};

// One relationship of a pattern, from the node before it to the node after it.
struct EdgeStep {
    std::string var;
    std::vector<EdgeKind> kinds;  // any of these; empty: any edge
    Direction direction = Direction::Right;
    bool variable_length = false;
    std::uint32_t min_hops = 1;
    std::uint32_t max_hops = 1;
    std::size_t offset = 0;
};

// nodes.size() == edges.size() + 1: node, edge, node, edge, node ...
struct Pattern {
    std::vector<NodeStep> nodes;
    std::vector<EdgeStep> edges;
};

enum class Aggregate : std::uint8_t { None, Count, CountDistinct, CountIf, Collect, Majority };

// One output column: a value of the binding (`ref`, e.g. a.name, e.kind, c.@id) or, after a
// project or group, a column of the rows (`column`). Aggregate::None in a group is a key.
struct Output {
    Column column_spec;         // header, JSON key, kinds a `where` value resolves to
    Reference ref;              // value of the binding...
    std::string column;         // ... or of an earlier column
    Aggregate aggregate = Aggregate::None;
    std::string equals;         // CountIf: count rows whose value is this
    std::string none_text;      // Majority: the text when no row takes a side
    bool hidden = false;        // a key used for grouping and ordering, dropped from the answer
};

struct WhereOp { const Expr* expr = nullptr; };
struct ProjectOp { std::vector<Output> outputs; };
struct GroupOp { std::vector<Output> outputs; };
struct KeepOp { std::string column; std::vector<std::string> values; };
struct Plan;
// Keeps rows whose `column` equals `other_column` of a row of `other` and whose `side` is on the
// same side as (agree) or the opposite side of (!agree) that row's `other_side`; "mixed" is on both.
struct SemiJoinOp {
    std::shared_ptr<Plan> other;
    std::string column, other_column, side, other_side;
    bool agree = true;
};
struct DistinctOp { std::string column; };
struct OrderKey { std::string column; bool descending = false; };
struct OrderOp { std::vector<OrderKey> keys; };
struct LimitOp { std::uint64_t n = 0; };
struct ClausesOp { const Clauses* clauses = nullptr; std::vector<std::string> claim_level; };

using Operator = std::variant<WhereOp, ProjectOp, GroupOp, KeepOp, SemiJoinOp, DistinctOp, OrderOp, LimitOp, ClausesOp>;

// The walks that are not patterns.
struct NeighbourhoodSource {
    NodeId start = kNoNode;
    std::uint32_t depth = 1;
    std::size_t offset = 0;        // the statement
    std::size_t depth_offset = 0;  // the depth as written, for the --max-depth error
};
struct ShortestPathSource { NodeId from = kNoNode; NodeId to = kNoNode; std::size_t offset = 0; };

// The same rows as a stance pattern followed by its first group, read from the stance tallies the
// graph file stores (GraphStore::tallies_on / tallies_of): one record per (actor, position)
// instead of every claim. The executor takes it when the file has tallies, the group asks only
// for what they hold, and the nodes behind each row are not wanted (a DOT subgraph wants them).
struct TallySource {
    std::string actor_var, position_var, claim_var, edge_var;
    std::vector<NodeId> actors;      // empty: any
    std::vector<NodeId> not_actors;
    std::vector<NodeId> positions;   // empty: any (then actors must be given)
};

// The rows of `count claims by organisation`'s group, read from the claims per organisation the
// graph file stores (GraphStore::organisation_claims): one record per organisation instead of
// every claim. Taken, like TallySource, in the default scope when the file has them and the
// nodes behind each row are not wanted.
struct OrganisationCountSource {
    std::string organisation_var, claim_var;
};

// What to tell a user whose answer is empty: `text` with "{}" replaced by the value of `column`
// in the first row of `plan` ("neutral" when it has none): why does X oppose P, when X supports P.
struct EmptyNote {
    std::shared_ptr<Plan> plan;
    std::string column;
    std::string text;
};

struct Plan {
    std::vector<Pattern> patterns;  // united; empty when a walk is the source
    std::optional<NeighbourhoodSource> neighbourhood;
    std::optional<ShortestPathSource> shortest_path;
    std::optional<TallySource> tallies;  // another way to the patterns' rows (see TallySource)
    std::optional<OrganisationCountSource> organisation_counts;  // another (OrganisationCountSource)
    std::vector<Operator> operators;
    ClaimFilter scope;                  // which claims `admitted` admits
    std::vector<NodeId> context_nodes;  // the question's subject, for the DOT subgraph
    std::size_t offset = 0;             // the statement, for errors about the whole of it
    // A MATCH without grouping or ordering may stop scanning once it has this many rows.
    std::optional<std::uint64_t> scan_limit;
    std::optional<EmptyNote> empty_note;
    // Plans built by translation own the expressions their where operators point at.
    std::vector<std::unique_ptr<Expr>> owned;
};

}  // namespace sg::query
