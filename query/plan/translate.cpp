// Question forms -> logical plans: each question is a pattern over the graph followed by the
// relational operators that shape its answer. `explain <question>` prints the result.
//
//   who supports|opposes P   (p {=P})<-[e:supports|opposes|about]-(c:claim)<-[:says]-(a)
//                            united with the reported stances (p)<-[e:supports|opposes]-(a)
//                            group by a: claims for/against = count-if(e.kind), documents =
//                            count(distinct c.document), stance = majority(e.kind);
//                            keep the stance asked (mixed counts for both); rank
//   who mentions P           the same groups, every actor that has any
//   stance of X [on P]       the same pattern from X, grouped by position
//   who agrees|disagrees X   stances of everyone else on X's positions, grouped by (actor, position),
//                            semijoined with X's stances on congruent (or conflicting) sides,
//                            grouped by actor
//   why does X oppose P      (x)-[:says]->(c:claim)-[e:opposes]->(p) united with (x)-[e:opposes]->(p),
//                            projected with e.evidence, semijoined with X's tally on P (majority
//                            side, mixed counting for both); `mention`: any side, no semijoin
//   why claim C              (c {=C})-[e:supports|opposes|about]->(p), projected with e.evidence
//   claims, members, counts  patterns with a project or a group
//   neighbours, path         graph walks (breadth-first, shortest path): not patterns
#include <algorithm>

#include "graph/store/words.hpp"
#include "query/plan/compile.hpp"
#include "query/exec/evaluator.hpp"
#include "query/exec/properties.hpp"
#include "query/query_error.hpp"

namespace sg::query {
namespace {

const std::vector<NodeKind> kActorKinds{NodeKind::Person, NodeKind::Organisation};

Reference ref(std::string var, std::string prop = {}) { return Reference{std::move(var), std::move(prop), 0}; }

Output out(std::string header, Reference r, std::string key = {}, std::vector<NodeKind> names = {}) {
    if (key.empty()) {
        key = header;
        std::replace(key.begin(), key.end(), ' ', '_');
    }
    Output o;
    o.column_spec = Column{std::move(header), std::move(key), std::move(names)};
    o.ref = std::move(r);
    return o;
}
Output hidden(std::string header, Reference r) {
    Output o = out(std::move(header), std::move(r));
    o.hidden = true;
    return o;
}
Output agg(Output o, Aggregate a, std::string equals = {}, std::string none = {}) {
    o.aggregate = a;
    o.equals = std::move(equals);
    o.none_text = std::move(none);
    return o;
}
// A column of earlier rows, carried into a later project or group.
Output carry(const Output& earlier, Aggregate a = Aggregate::None) {
    Output o;
    o.column_spec = earlier.column_spec;
    o.column = earlier.column_spec.header;
    o.aggregate = a;
    o.hidden = earlier.hidden;
    return o;
}

NodeStep node(std::string var, std::vector<NodeKind> kinds = {}, std::vector<NodeId> ids = {}) {
    NodeStep s;
    s.var = std::move(var);
    s.kinds = std::move(kinds);
    s.ids = std::move(ids);
    return s;
}
NodeStep claim(std::string var) {
    NodeStep s = node(std::move(var), {NodeKind::Claim});
    s.admitted = true;
    return s;
}
EdgeStep edge(std::string var, std::vector<EdgeKind> kinds, Direction d) {
    EdgeStep e;
    e.var = std::move(var);
    e.kinds = std::move(kinds);
    e.direction = d;
    return e;
}
Pattern chain(std::vector<NodeStep> nodes, std::vector<EdgeStep> edges) { return Pattern{std::move(nodes), std::move(edges)}; }

std::vector<Output> actor_outputs(const std::string& a) {
    return {out("actor", ref(a, "name"), "name", kActorKinds), out("kind", ref(a, "kind")),
            out("organisation", ref(a, "organisation"), "organisation", {NodeKind::Organisation})};
}
std::vector<Output> claim_outputs(const std::string& c) {
    return {out("speaker", ref(c, "speakers"), "speaker", kActorKinds), out("quote", ref(c, "text"), "text"),
            out("kind", ref(c, "kind")), out("positions", ref(c, "positions")),
            out("document", ref(c, "document"), "document", {NodeKind::Document})};
}

class Translator {
public:
    Translator(const GraphStore& g, const Binder& b, const Statement& s) : g_(g), b_(b), s_(s) {
        plan_.offset = s.offset;
        plan_.scope.with_comments = s.clauses.with_comments;
        std::vector<const Filter*> metadata;
        for (const Filter& f : s.clauses.filters) {
            const std::string column = lower_text(f.column.text);
            if (column == "document") {
                if (f.op != Compare::Equal)
                    throw QueryError(f.column.offset, "document takes =, not " + std::string(to_string(f.op)));
                plan_.scope.document = b.document(f.value);
            } else if (is_document_field(column)) {
                metadata.push_back(&f);
            }
        }
        if (!metadata.empty()) plan_.scope.documents = documents_passing(metadata);
        plan_.scope.undated_reported = s.clauses.period.has_value();
    }

    Plan run() {
        const Question q = s_.question;
        if (q != Question::WhoSupports && q != Question::WhoOpposes && q != Question::WhoMentions && q != Question::StanceOf)
            refuse_period();
        switch (s_.question) {
            case Question::WhoSupports: who_stance(true); break;
            case Question::WhoOpposes: who_stance(false); break;
            case Question::WhoMentions: who_mentions(); break;
            case Question::WhatSays: what_says(); break;
            case Question::StanceOf: stance_of(); break;
            case Question::WhoAgrees: agreement(true); break;
            case Question::WhoDisagrees: agreement(false); break;
            case Question::MembersOf: memberships(true); break;
            case Question::AffiliationsOf: memberships(false); break;
            case Question::ClaimsAbout: claims_about(); break;
            case Question::ClaimsIn: claims_in(); break;
            case Question::Search: search(); break;
            case Question::Neighbours: neighbours(); break;
            case Question::Path: path(); break;
            case Question::Count: count(); break;
            case Question::List: list(); break;
            case Question::Match: return compile_match(s_);
            case Question::WhySupports: why(EdgeKind::Supports); break;
            case Question::WhyOpposes: why(EdgeKind::Opposes); break;
            case Question::WhyMentions: why(EdgeKind::About); break;
            case Question::WhyClaim: why_claim(); break;
        }
        // Filters on the document were applied to the claims read (the scope).
        std::vector<std::string> applied{"document"};
        applied.insert(applied.end(), kDocumentFields.begin(), kDocumentFields.end());
        plan_.operators.push_back(ClausesOp{&s_.clauses, applied});
        return std::move(plan_);
    }

private:
    // The documents whose metadata passes every filter, sorted; the filters' text goes to explain.
    std::vector<NodeId> documents_passing(const std::vector<const Filter*>& filters) {
        std::vector<Literal> literals;
        for (const Filter* f : filters) {
            literals.push_back(literal_of(f->value));
            if (!plan_.scope.documents_text.empty()) plan_.scope.documents_text += " and ";
            plan_.scope.documents_text += lower_text(f->column.text) + " " + to_string(f->op) + " " + f->value.text;
        }
        std::vector<NodeId> out;
        for (NodeId d : g_.nodes_of_kind(NodeKind::Document)) {
            bool pass = true;
            for (std::size_t i = 0; i < filters.size() && pass; ++i) {
                std::string field = lower_text(filters[i]->column.text);
                if (field == "type") field = "document_type";
                pass = satisfies(node_property(g_, plan_.scope, d, field, filters[i]->column.offset), filters[i]->op, literals[i]);
            }
            if (pass) out.push_back(d);
        }
        return out;  // nodes_of_kind lists in id order
    }

    // `by month` and the like: the period column leads the group key and the order; other
    // questions refuse it.
    bool by_period() const { return s_.clauses.period.has_value(); }
    std::string period_column() const { return to_string(*s_.clauses.period); }
    void period_key(std::vector<Output>& group) const {
        if (by_period()) group.insert(group.begin() + 1, out(period_column(), ref("c", period_column())));
    }
    void refuse_period() const {
        if (!by_period()) return;
        throw QueryError(s_.clauses.period_offset, std::string("by ") + to_string(*s_.clauses.period) +
                                                      " makes a timeline of who supports, who opposes, who mentions "
                                                      "and stance of; not of this question");
    }

    // Stances of actor `a` on position `p`: claims said (any polarity, `about` too) united with
    // stances reported without a quote, which have no document and so drop out under a document
    // filter. `a_step` / `p_step` carry the bound names.
    void stance_patterns(const NodeStep& a_step, const NodeStep& p_step, bool from_position) {
        NodeStep reporter = a_step;
        if (reporter.kinds.empty()) reporter.kinds = kActorKinds;
        const std::vector<EdgeKind> sided{EdgeKind::Supports, EdgeKind::Opposes};
        const std::vector<EdgeKind> any{EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About};
        // Stored tallies count claims without readers' comments in every document, at any date.
        if (!plan_.scope.with_comments && plan_.scope.whole_corpus())
            plan_.tallies = TallySource{a_step.var, p_step.var, "c", "e", a_step.ids, a_step.not_ids, p_step.ids};
        if (from_position) {
            plan_.patterns.push_back(chain({p_step, claim("c"), a_step},
                                           {edge("e", any, Direction::Left), edge("", {EdgeKind::Says}, Direction::Left)}));
            if (plan_.scope.admits_reported())
                plan_.patterns.push_back(chain({p_step, reporter}, {edge("e", sided, Direction::Left)}));
        } else {
            plan_.patterns.push_back(chain({a_step, claim("c"), p_step},
                                           {edge("", {EdgeKind::Says}, Direction::Right), edge("e", any, Direction::Right)}));
            if (plan_.scope.admits_reported())
                plan_.patterns.push_back(chain({reporter, p_step}, {edge("e", sided, Direction::Right)}));
        }
    }

    // The per-actor tally of a stance pattern: claims for, against, any, documents, stance.
    std::vector<Output> tally_outputs() const {
        return {agg(out("claims for", ref("e", "kind")), Aggregate::CountIf, "supports"),
                agg(out("claims against", ref("e", "kind")), Aggregate::CountIf, "opposes"),
                agg(out("claims", ref("c", "@id")), Aggregate::CountDistinct),
                agg(out("documents", ref("c", "@document")), Aggregate::CountDistinct),
                agg(out("stance", ref("e", "kind")), Aggregate::Majority)};
    }

    // Actors first by the count that ranks them, then by name (ties in node order).
    void rank(const std::string& count_column, const std::string& name_column, const std::string& id_column) {
        OrderOp order{{{count_column, true}, {name_column, false}, {id_column, false}}};
        if (by_period()) order.keys.insert(order.keys.begin(), {period_column(), false});
        plan_.operators.push_back(std::move(order));
    }

    // Keeps `visible` columns in this order (the answer's), drops the rest except hidden ones.
    void select(const std::vector<Output>& from, std::vector<std::string> visible) {
        if (by_period()) visible.insert(visible.begin(), period_column());
        ProjectOp p;
        for (const std::string& h : visible)
            for (const Output& o : from)
                if (o.column_spec.header == h) p.outputs.push_back(carry(o));
        plan_.operators.push_back(std::move(p));
    }

    // Every actor's claims and reported stances on the subject position, tallied per actor: the
    // common start of `who supports|opposes|mentions`. Returns the group's outputs.
    std::vector<Output> tally_actors_on_subject() {
        const NodeId p = b_.position(s_.subject);
        plan_.context_nodes.push_back(p);
        stance_patterns(node("a"), node("p", {NodeKind::Position}, {p}), true);
        std::vector<Output> g{hidden("@a", ref("a", "@id"))};
        for (auto& o : actor_outputs("a")) g.push_back(std::move(o));
        for (auto& o : tally_outputs()) g.push_back(std::move(o));
        period_key(g);
        plan_.operators.push_back(GroupOp{g});
        return g;
    }

    void who_stance(bool supports) {
        const std::vector<Output> g = tally_actors_on_subject();
        plan_.operators.push_back(KeepOp{"stance", {supports ? "supports" : "opposes", "mixed"}});
        rank(supports ? "claims for" : "claims against", "actor", "@a");
        select(g, {"actor", "kind", "organisation", "claims for", "claims against", "documents"});
    }

    void who_mentions() {
        const std::vector<Output> g = tally_actors_on_subject();
        rank("claims", "actor", "@a");
        select(g, {"actor", "kind", "organisation", "claims", "stance", "documents"});
    }

    void stance_of() {
        const NodeId a = b_.actor(s_.subject);
        std::vector<NodeId> on;
        if (s_.object) on.push_back(b_.position(*s_.object));
        plan_.context_nodes.push_back(a);
        stance_patterns(node("a", {}, {a}), node("p", {NodeKind::Position}, on), false);
        std::vector<Output> g{hidden("@p", ref("p", "@id")),
                              out("position", ref("p", "id"), "position", {NodeKind::Position}),
                              out("label", ref("p", "name"))};
        for (auto& o : tally_outputs()) g.push_back(std::move(o));
        g.back().none_text = "neutral";
        period_key(g);
        plan_.operators.push_back(GroupOp{g});
        OrderOp order{{{"@p", false}}};
        if (by_period()) order.keys.insert(order.keys.begin(), {period_column(), false});
        plan_.operators.push_back(std::move(order));
        select(g, {"position", "label", "stance", "claims for", "claims against", "claims"});
    }

    // Everyone's stances per (actor, position), semijoined with the subject's on the same
    // position and a congruent (conflicting) side, then counted per actor.
    void agreement(bool agree) {
        const NodeId x = b_.actor(s_.subject);
        std::vector<NodeId> on;
        if (s_.object) on.push_back(b_.position(*s_.object));
        plan_.context_nodes.push_back(x);
        const std::vector<EdgeKind> sided{EdgeKind::Supports, EdgeKind::Opposes};
        const Output side = agg(out("stance", ref("e", "kind")), Aggregate::Majority);

        auto subject = std::make_shared<Plan>();
        subject->scope = plan_.scope;
        subject->offset = plan_.offset;
        {
            Translator t(g_, b_, s_);
            t.plan_.scope = plan_.scope;
            t.stance_patterns(node("a", {}, {x}), node("p", {NodeKind::Position}, on), false);
            subject->patterns = std::move(t.plan_.patterns);
            subject->tallies = std::move(t.plan_.tallies);
        }
        std::vector<Output> mine{hidden("@p", ref("p", "@id")), side};
        subject->operators.push_back(GroupOp{mine});
        subject->operators.push_back(KeepOp{"stance", {"supports", "opposes", "mixed"}});

        // Only X's positions can join: start from them, not from every actor's stances. The set
        // may hold positions the subject plan's scope drops; the semijoin decides.
        const std::vector<NodeId> mine_anywhere = positions_taken(x, on);
        NodeStep others = node("a");
        others.not_ids.push_back(x);
        if (!mine_anywhere.empty())
            stance_patterns(others, node("p", {NodeKind::Position}, mine_anywhere), true);
        std::vector<Output> pairs{hidden("@a", ref("a", "@id")), hidden("@p", ref("p", "@id"))};
        for (auto& o : actor_outputs("a")) pairs.push_back(std::move(o));
        pairs.push_back(out("position", ref("p", "id")));
        pairs.push_back(side);
        // Documents of the claims behind each stance: not shown, but part of the DOT subgraph.
        Output documents = agg(out("@documents", ref("c", "@document")), Aggregate::CountDistinct);
        documents.hidden = true;
        pairs.push_back(documents);
        plan_.operators.push_back(GroupOp{pairs});
        plan_.operators.push_back(KeepOp{"stance", {"supports", "opposes", "mixed"}});
        plan_.operators.push_back(SemiJoinOp{subject, "@p", "@p", "stance", "stance", agree});
        plan_.operators.push_back(OrderOp{{{"@a", false}, {"@p", false}}});
        const std::string agreed = agree ? "agreed on" : "disagreed on";
        std::vector<Output> per_actor{carry(pairs[0])};
        for (std::size_t i = 2; i < 5; ++i) per_actor.push_back(carry(pairs[i]));
        Output n = carry(pairs[5], Aggregate::Count);
        n.column_spec = Column{"positions", "positions", {}};
        Output ids = carry(pairs[5], Aggregate::Collect);
        ids.column_spec = Column{agreed, agree ? "agreed_on" : "disagreed_on", {}};
        per_actor.push_back(n);
        per_actor.push_back(ids);
        plan_.operators.push_back(GroupOp{per_actor});
        rank("positions", "actor", "@a");
        select(per_actor, {"actor", "kind", "organisation", "positions", agreed});
    }

    // The positions X has a claim on or a reported stance on (any side), in `on` when it is given.
    std::vector<NodeId> positions_taken(NodeId x, const std::vector<NodeId>& on) const {
        std::vector<NodeId> out;
        auto take = [&](NodeId p) {
            if (g_.kind(p) == NodeKind::Position && (on.empty() || std::find(on.begin(), on.end(), p) != on.end()))
                out.push_back(p);
        };
        for (EdgeId s : g_.out_edges(x, EdgeKind::Says))
            for (const auto& [p, side] : positions_of(g_, g_.edge_to(s))) take(p);
        for (EdgeKind k : {EdgeKind::Supports, EdgeKind::Opposes})
            for (EdgeId e : g_.out_edges(x, k)) take(g_.edge_to(e));
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    // why does X support|oppose P: the claims (and reported stances) that the tally of
    // `who supports|opposes P` counted for X on that side, each with the evidence of its stance
    // edge; none unless X's stance (majority, mixed counting for both) is that side. `mention`
    // (asked == About): every claim and reported stance of X on P, whatever its side.
    void why(EdgeKind asked) {
        const NodeId x = b_.actor(s_.subject);
        const NodeId p = b_.position(*s_.object);
        plan_.context_nodes = {x, p};
        const bool mention = asked == EdgeKind::About;
        std::vector<EdgeKind> kinds{asked};
        if (mention) kinds = {EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About};
        plan_.patterns.push_back(chain({node("a", {}, {x}), claim("c"), node("p", {NodeKind::Position}, {p})},
                                       {edge("", {EdgeKind::Says}, Direction::Right), edge("e", kinds, Direction::Right)}));
        if (plan_.scope.admits_reported()) {
            std::vector<EdgeKind> sided{asked};
            if (mention) sided = {EdgeKind::Supports, EdgeKind::Opposes};
            plan_.patterns.push_back(chain({node("a", kActorKinds, {x}), node("p", {NodeKind::Position}, {p})},
                                           {edge("e", sided, Direction::Right)}));
        }
        Output side = out("stance", ref("e", "kind"));
        side.hidden = !mention;  // one side asked: every row has it
        std::vector<Output> columns{hidden("@e", ref("e", "@id")), hidden("@p", ref("p", "@id")),
                                    out("quote", ref("c", "text"), "text"),
                                    out("kind", ref("e", "source")),
                                    out("document", ref("c", "document"), "document", {NodeKind::Document}),
                                    side,
                                    out("evidence", ref("e", "evidence"))};
        plan_.operators.push_back(ProjectOp{columns});
        if (!mention) {
            // X's stance on P as the tally decides it: the rows count only when it is the side asked.
            auto tally = std::make_shared<Plan>();
            tally->scope = plan_.scope;
            tally->offset = plan_.offset;
            {
                Translator t(g_, b_, s_);
                t.plan_.scope = plan_.scope;
                t.stance_patterns(node("a", {}, {x}), node("p", {NodeKind::Position}, {p}), false);
                tally->patterns = std::move(t.plan_.patterns);
                tally->tallies = std::move(t.plan_.tallies);
            }
            tally->operators.push_back(GroupOp{{hidden("@p", ref("p", "@id")),
                                                agg(out("stance", ref("e", "kind")), Aggregate::Majority, {}, "neutral")}});
            plan_.operators.push_back(SemiJoinOp{tally, "@p", "@p", "stance", "stance", true});
            plan_.empty_note = EmptyNote{tally, "stance",
                                         g_.node(x).name + (asked == EdgeKind::Supports ? " does not support " : " does not oppose ") +
                                             position_id(g_, p) + " (stance: {})"};
        }
        // Claims in the order they were read (document, then place in it); reported stances
        // after the claims of the article that reported them.
        plan_.operators.push_back(OrderOp{{{"@e", false}}});
    }

    // Claims whose text may hold `text`: those with the stems of its inner words (the first and
    // last may be cut mid-word, "...ese lanes no..."), from the word index; all claims when it has
    // no inner word.
    std::vector<NodeId> claims_that_may_hold(std::string_view text) const {
        std::vector<std::string> stems = store::word_stems(text);
        if (stems.size() >= 3) {
            std::vector<std::string> inner(stems.begin() + 1, stems.end() - 1);
            std::sort(inner.begin(), inner.end());
            inner.erase(std::unique(inner.begin(), inner.end()), inner.end());
            return g_.claims_with_stems(inner);
        }
        const auto all = g_.nodes_of_kind(NodeKind::Claim);
        return {all.begin(), all.end()};
    }

    // The claim a name denotes: its key ("claim:FILE:START-END", the prefix optional), its whole
    // text, or a part of the text of exactly one claim (spacing, case and quote marks folded).
    NodeId claim_named(const Name& name) const {
        const std::string& text = name.text;
        for (const std::string& key : {text, "claim:" + text})
            if (auto id = g_.find_key(key); id && g_.node(*id).kind == NodeKind::Claim && g_.node(*id).alive) return *id;
        const std::string wanted = normalise_name(text);
        if (wanted.empty()) throw QueryError(name.offset, "why claim needs a claim's key or some of its text");
        std::vector<NodeId> whole, part;
        for (NodeId c : claims_that_may_hold(text)) {
            const std::string t = normalise_name(g_.node(c).name);
            if (t == wanted) whole.push_back(c);
            else if (t.find(wanted) != std::string::npos) part.push_back(c);
        }
        const std::vector<NodeId>& found = whole.empty() ? part : whole;
        if (found.size() == 1) return found.front();
        if (found.empty())
            throw QueryError(name.offset, "no claim has the key or text " + quoted(text) +
                                              " (search " + quoted(text) + " finds claims by their words)");
        std::string keys;
        for (std::size_t i = 0; i < found.size() && i < 3; ++i) keys += (i ? ", " : "") + g_.node(found[i]).key;
        throw QueryError(name.offset, quoted(text) + " is in " + std::to_string(found.size()) +
                                          " claims; quote more of it or give its key: " + keys +
                                          (found.size() > 3 ? ", ..." : ""));
    }

    // why claim C: each position the claim takes a stance on (or is about), with the evidence.
    void why_claim() {
        const NodeId c = claim_named(s_.subject);
        plan_.context_nodes.push_back(c);
        plan_.patterns.push_back(chain({node("c", {NodeKind::Claim}, {c}), node("p", {NodeKind::Position})},
                                       {edge("e", {EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About},
                                             Direction::Right)}));
        plan_.operators.push_back(ProjectOp{{hidden("@e", ref("e", "@id")),
                                             out("position", ref("p", "id"), "position", {NodeKind::Position}),
                                             out("stance", ref("e", "kind")), out("kind", ref("e", "source")),
                                             out("evidence", ref("e", "evidence"))}});
        plan_.operators.push_back(OrderOp{{{"@e", false}}});
    }

    void what_says() {
        const NodeId a = b_.actor(s_.subject);
        plan_.context_nodes.push_back(a);
        Pattern p = chain({node("a", {}, {a}), claim("c")}, {edge("", {EdgeKind::Says}, Direction::Right)});
        if (s_.object) {
            const NodeId about = b_.position(*s_.object);
            plan_.context_nodes.push_back(about);
            p.edges.push_back(edge("", {EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About}, Direction::Right));
            p.nodes.push_back(node("p", {NodeKind::Position}, {about}));
        }
        plan_.patterns.push_back(std::move(p));
        ProjectOp project{{hidden("@c", ref("c", "@id")), out("quote", ref("c", "text"), "text"), out("kind", ref("c", "kind")),
                           out("positions", ref("c", "positions")),
                           out("document", ref("c", "document"), "document", {NodeKind::Document})}};
        plan_.operators.push_back(project);
        plan_.operators.push_back(DistinctOp{"@c"});
    }

    // members of O (who is in it) or affiliations of A (what it is in): memberships, then parts.
    void memberships(bool members) {
        const NodeId n = members ? b_.resolve(s_.subject, {NodeKind::Organisation}) : b_.actor(s_.subject);
        plan_.context_nodes.push_back(n);
        for (EdgeKind k : {EdgeKind::MemberOf, EdgeKind::PartOf}) {
            plan_.patterns.push_back(members ? chain({node("o", {}, {n}), node("m")}, {edge("r", {k}, Direction::Left)})
                                             : chain({node("a", {}, {n}), node("o")}, {edge("r", {k}, Direction::Right)}));
        }
        if (members) {
            plan_.operators.push_back(ProjectOp{{out("member", ref("m", "name"), "name", kActorKinds),
                                                 out("kind", ref("m", "kind")), out("role", ref("r", "label"))}});
        } else {
            plan_.operators.push_back(ProjectOp{{out("organisation", ref("o", "name"), "organisation", {NodeKind::Organisation}),
                                                 out("role", ref("r", "label"))}});
        }
    }

    void claim_rows() {
        std::vector<Output> o{hidden("@c", ref("c", "@id"))};
        for (auto& x : claim_outputs("c")) o.push_back(std::move(x));
        plan_.operators.push_back(ProjectOp{std::move(o)});
        plan_.operators.push_back(DistinctOp{"@c"});
    }

    void claims_about() {
        const NodeId p = b_.position(s_.subject);
        plan_.context_nodes.push_back(p);
        plan_.patterns.push_back(chain({claim("c"), node("p", {NodeKind::Position}, {p})},
                                       {edge("", {EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About}, Direction::Right)}));
        claim_rows();
    }

    void claims_in() {
        const NodeId d = b_.document(s_.subject);
        plan_.context_nodes.push_back(d);
        NodeStep c = claim("c");
        c.document = d;
        plan_.patterns.push_back(chain({c}, {}));
        claim_rows();
    }

    // Claims holding the words, stemmed and in order, straight from the word index.
    void search() {
        if (store::word_stems(s_.subject.text).empty())
            throw QueryError(s_.subject.offset, "search needs some words to look for");
        NodeStep c = claim("c");
        c.words = s_.subject.text;
        plan_.patterns.push_back(chain({c}, {}));
        claim_rows();
    }

    NodeId any_node(const Name& n) const {
        return b_.resolve(n, {NodeKind::Person, NodeKind::Organisation, NodeKind::Position, NodeKind::Document});
    }

    void neighbours() {
        const NodeId start = any_node(s_.subject);
        if (s_.depth < 1) throw QueryError(s_.depth_offset, "depth must be at least 1");
        plan_.context_nodes.push_back(start);
        plan_.neighbourhood = NeighbourhoodSource{start, s_.depth, s_.offset, s_.depth_offset};
    }

    void path() {
        const NodeId from = any_node(s_.subject);
        const NodeId to = any_node(*s_.object);
        plan_.context_nodes = {from, to};
        plan_.shortest_path = ShortestPathSource{from, to, s_.offset};
    }

    void count() {
        const std::string by = lower_text(s_.subject.text);
        const std::vector<EdgeKind> any{EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About};
        Output key;
        std::string header;
        if (by == "organisation" || by == "organisations" || by == "organization" || by == "organizations") {
            header = "organisation";
            plan_.patterns.push_back(chain({claim("c"), node("k", {NodeKind::Organisation})},
                                           {edge("", {EdgeKind::Says}, Direction::Left)}));
            plan_.patterns.push_back(chain({claim("c"), node("s"), node("k")},
                                           {edge("", {EdgeKind::Says}, Direction::Left),
                                            edge("", {EdgeKind::MemberOf}, Direction::Right)}));
            key = out(header, ref("k", "name"), "name", {NodeKind::Organisation});
            // Stored counts hold claims without readers' comments in every document.
            if (!plan_.scope.with_comments && plan_.scope.whole_corpus()) plan_.organisation_counts = OrganisationCountSource{"k", "c"};
        } else if (by == "position" || by == "positions") {
            header = "position";
            plan_.patterns.push_back(chain({claim("c"), node("k", {NodeKind::Position})}, {edge("", any, Direction::Right)}));
            key = out(header, ref("k", "id"), "name", {NodeKind::Position});
        } else if (by == "document" || by == "documents") {
            header = "document";
            plan_.patterns.push_back(chain({claim("c")}, {}));
            key = out(header, ref("c", "document"), "name", {NodeKind::Document});
        } else if (by == "speaker" || by == "speakers" || by == "actor" || by == "actors") {
            header = "speaker";
            plan_.patterns.push_back(chain({claim("c"), node("k")}, {edge("", {EdgeKind::Says}, Direction::Left)}));
            key = out(header, ref("k", "name"), "name", kActorKinds);
        } else {
            throw QueryError(s_.subject.offset, "cannot count claims by " + quoted(s_.subject.text) +
                                                    "; expected one of: organisation, position, document, speaker");
        }
        const Reference id = header == "document" ? ref("c", "@document") : ref("k", "@id");
        plan_.operators.push_back(GroupOp{{hidden("@k", id), key, agg(out("claims", ref("c", "@id")), Aggregate::CountDistinct)}});
        plan_.operators.push_back(OrderOp{{{"claims", true}, {header, false}, {"@k", false}}});
    }

    void list() {
        const std::string what = lower_text(s_.subject.text);
        if (what == "positions" || what == "position") {
            plan_.patterns.push_back(chain({node("p", {NodeKind::Position})}, {}));
            plan_.operators.push_back(ProjectOp{{out("position", ref("p", "id"), "id", {NodeKind::Position}),
                                                 out("label", ref("p", "name"), "name"), out("claims", ref("p", "claims"))}});
        } else if (what == "people" || what == "persons" || what == "person") {
            plan_.patterns.push_back(chain({node("p", {NodeKind::Person})}, {}));
            plan_.operators.push_back(ProjectOp{{out("person", ref("p", "name"), "name", {NodeKind::Person}),
                                                 out("organisation", ref("p", "organisation"), "organisation", {NodeKind::Organisation}),
                                                 out("claims", ref("p", "claims"))}});
        } else if (what == "organisations" || what == "organizations" || what == "organisation" || what == "organization") {
            plan_.patterns.push_back(chain({node("o", {NodeKind::Organisation})}, {}));
            plan_.operators.push_back(ProjectOp{{out("organisation", ref("o", "name"), "name", {NodeKind::Organisation}),
                                                 out("members", ref("o", "members")), out("claims", ref("o", "claims"))}});
        } else if (what == "documents" || what == "document") {
            plan_.patterns.push_back(chain({node("d", {NodeKind::Document})}, {}));
            plan_.operators.push_back(ProjectOp{{out("document", ref("d", "name"), "name", {NodeKind::Document}),
                                                 out("title", ref("d", "title")), out("claims", ref("d", "claims"))}});
        } else if (what == "claims" || what == "claim") {
            plan_.patterns.push_back(chain({claim("c")}, {}));
            claim_rows();
        } else {
            throw QueryError(s_.subject.offset, "cannot list " + quoted(s_.subject.text) +
                                                    "; expected one of: positions, people, organisations, documents, claims");
        }
    }

    const GraphStore& g_;
    const Binder& b_;
    const Statement& s_;
    Plan plan_;
};

}  // namespace

Plan translate(const GraphStore& g, const Binder& b, const Statement& s) { return Translator(g, b, s).run(); }

}  // namespace sg::query
