// Statement -> logical plan -> rows: the one path every statement takes (see compile.hpp).
#include "query/exec/evaluator.hpp"

#include "query/plan/compile.hpp"
#include "query/exec/execute.hpp"

namespace sg::query {

ResultSet evaluate(const GraphStore& g, const Binder& binder, const Statement& s, const Limits& limits, bool nodes_behind) {
    const Plan plan = plan_of(g, binder, s);
    if (!s.explain) return execute(g, binder, plan, limits, nodes_behind);
    ResultSet r;
    r.columns.push_back(Column{"plan", "plan", {}});
    for (auto& line : explain_lines(g, plan)) r.add({std::move(line)});
    return r;
}

}  // namespace sg::query
