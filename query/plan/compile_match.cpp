// MATCH -> logical plan: the pattern becomes the plan's scan, `where` a where operator, `return`
// a project (or a group when it has aggregates), `order by` / `limit` the statement's clauses.
#include "query/plan/compile.hpp"

#include <algorithm>

#include "query/exec/properties.hpp"
#include "query/query_error.hpp"

namespace sg::query {
namespace {

NodeStep node_step(const NodePattern& n) {
    NodeStep s;
    s.var = n.variable;
    if (n.label) s.kinds.push_back(node_label(*n.label));
    for (const auto& [key, lit] : n.properties) {
        if (!is_node_property(lower_text(key.text)))
            throw QueryError(key.offset, "unknown property " + quoted(key.text) + "; nodes have: " + kNodeProperties);
    }
    s.properties = n.properties;
    return s;
}

EdgeStep edge_step(const RelPattern& r) {
    EdgeStep s;
    s.var = r.variable;
    for (const Name& l : r.labels) s.kinds.push_back(edge_label(l));
    s.direction = r.direction;
    s.variable_length = r.variable_length;
    s.min_hops = r.min_hops;
    s.max_hops = r.max_hops;
    s.offset = r.offset;
    return s;
}

void check_reference(const VarMap& vars, const Reference& ref) {
    if (vars.find(ref.variable) == vars.end()) throw QueryError(ref.offset, "unknown variable " + quoted(ref.variable));
}

void check_expr(const VarMap& vars, const Expr& root) {
    root.for_each_node([&](const Expr& e) {
        if (!e.comparison()) return;
        check_reference(vars, e.ref);
        if (e.ref.property.empty())
            throw QueryError(e.ref.offset, "compare a property, e.g. " + e.ref.variable + ".name");
    });
}

Aggregate aggregate_of(ReturnAggregate a) {
    switch (a) {
        case ReturnAggregate::Count: return Aggregate::Count;
        case ReturnAggregate::CountDistinct: return Aggregate::CountDistinct;
        case ReturnAggregate::Collect: return Aggregate::Collect;
        case ReturnAggregate::Majority: return Aggregate::Majority;
        case ReturnAggregate::None: break;
    }
    return Aggregate::None;
}

}  // namespace

Plan compile_match(const Statement& s) {
    const MatchQuery& q = *s.match;
    Plan plan;
    plan.offset = s.offset;
    Pattern p;
    p.nodes.push_back(node_step(q.first));
    for (const auto& [rel, node] : q.steps) {
        p.edges.push_back(edge_step(rel));
        p.nodes.push_back(node_step(node));
    }
    const VarMap vars = variables_of(p);
    if (q.where) {
        check_expr(vars, *q.where);
        plan.operators.push_back(WhereOp{q.where.get()});
    }
    bool grouped = false;
    std::vector<Output> outputs;
    for (const ReturnItem& item : q.returns) {
        if (!item.ref.variable.empty()) check_reference(vars, item.ref);
        // A reference to a property checks the name now, before any row is read.
        if (!item.ref.property.empty()) {
            const std::string prop = lower_text(item.ref.property);
            if (vars.at(item.ref.variable).node && !is_node_property(prop))
                throw QueryError(item.ref.offset, "unknown property " + quoted(item.ref.property) + "; nodes have: " + kNodeProperties);
        }
        Output o;
        o.column_spec = Column{item.header(), item.header(), {}};
        o.ref = item.ref;
        o.aggregate = aggregate_of(item.aggregate);
        grouped = grouped || o.aggregate != Aggregate::None;
        outputs.push_back(std::move(o));
    }
    if (grouped) {
        // Groups in the order of their keys, as a reader scanning the answer expects.
        OrderOp order;
        for (const Output& o : outputs)
            if (o.aggregate == Aggregate::None) order.keys.push_back(OrderKey{o.column_spec.header, false});
        plan.operators.push_back(GroupOp{std::move(outputs)});
        if (!order.keys.empty()) plan.operators.push_back(std::move(order));
    } else {
        plan.operators.push_back(ProjectOp{std::move(outputs)});
        if (!s.clauses.order_by && s.clauses.limit) plan.scan_limit = *s.clauses.limit;
    }
    plan.operators.push_back(ClausesOp{&s.clauses, {}});
    plan.patterns.push_back(std::move(p));
    return plan;
}

}  // namespace sg::query
