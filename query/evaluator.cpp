// The question forms of the language, each a small function from a bound statement to rows.
#include "query/evaluator.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>

#include "query/query_error.hpp"
#include "query/stances.hpp"

namespace sg::query {
namespace {

using Int = std::int64_t;

Column col(std::string header, std::string key = {}, std::vector<NodeKind> names = {}) {
    if (key.empty()) {
        key = header;
        std::replace(key.begin(), key.end(), ' ', '_');
    }
    return Column{std::move(header), std::move(key), names};
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Filters that a question applies to the claims it reads rather than to its rows.
const std::vector<std::string> kClaimLevel{"document"};

class Questions {
public:
    Questions(const Graph& g, const Binder& b, const Statement& s) : g_(g), b_(b), s_(s) {
        filter_.with_comments = s.clauses.with_comments;
        for (const Filter& f : s.clauses.filters)
            if (lower(f.column.text) == "document") filter_.document = b.document(f.value);
    }

    ResultSet run() {
        ResultSet r;
        switch (s_.question) {
            case Question::WhoSupports: r = who_stance(EdgeKind::Supports); break;
            case Question::WhoOpposes: r = who_stance(EdgeKind::Opposes); break;
            case Question::WhoMentions: r = who_mentions(); break;
            case Question::WhatSays: r = what_says(); break;
            case Question::StanceOf: r = stance_of(); break;
            case Question::WhoAgrees: r = agreement(true); break;
            case Question::WhoDisagrees: r = agreement(false); break;
            case Question::MembersOf: r = members_of(); break;
            case Question::AffiliationsOf: r = affiliations_of(); break;
            case Question::ClaimsAbout: r = claims_about(); break;
            case Question::ClaimsIn: r = claims_in(); break;
            case Question::Search: r = search(); break;
            case Question::Neighbours: r = neighbours(); break;
            case Question::Path: r = path(); break;
            case Question::Count: r = count(); break;
            case Question::List: r = list(); break;
            case Question::Match: return evaluate_match(g_, b_, s_);
        }
        apply_clauses(b_, s_.clauses, r, kClaimLevel);
        return r;
    }

private:
    // ---- shared pieces
    std::vector<Column> actor_columns() const {
        return {col("actor", "name", {NodeKind::Person, NodeKind::Organisation}), col("kind"), col("organisation", "organisation", {NodeKind::Organisation})};
    }
    std::vector<Value> actor_cells(NodeId a) const {
        return {g_.node(a).name, std::string(to_string(g_.node(a).kind)), names_of(g_, organisations_of(g_, a))};
    }
    std::vector<NodeId> actor_nodes(NodeId a) const {
        std::vector<NodeId> n{a};
        for (NodeId o : organisations_of(g_, a)) n.push_back(o);
        return n;
    }
    void add_tally_nodes(std::vector<NodeId>& nodes, const Tally& t) const {
        for (NodeId c : t.claims) nodes.push_back(c);
        for (NodeId d : t.documents) nodes.push_back(d);
    }
    std::string claim_positions(NodeId c) const {
        std::string out;
        for (const auto& [p, pol] : positions_of(g_, c))
            out += (out.empty() ? "" : "; ") + std::string(to_string(pol)) + " " + position_id(g_, p);
        return out;
    }
    std::string document_name(NodeId c) const {
        const NodeId d = document_of(g_, c);
        return d == kNoNode ? std::string() : g_.node(d).name;
    }
    std::vector<NodeId> claim_nodes(NodeId c) const {
        std::vector<NodeId> n{c};
        for (NodeId s : speakers_of(g_, c)) n.push_back(s);
        for (const auto& pp : positions_of(g_, c)) n.push_back(pp.first);
        if (NodeId d = document_of(g_, c); d != kNoNode) n.push_back(d);
        return n;
    }
    // Actors first by the tally that ranks them, then by name.
    static void rank(ResultSet& r, std::size_t column) {
        std::vector<std::size_t> idx(r.rows.size());
        for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
            const Int x = std::get<Int>(r.rows[a][column]), y = std::get<Int>(r.rows[b][column]);
            if (x != y) return x > y;
            return lower(to_text(r.rows[a][0])) < lower(to_text(r.rows[b][0]));
        });
        ResultSet out;
        out.columns = r.columns;
        out.context_nodes = r.context_nodes;
        for (std::size_t i : idx) out.add(std::move(r.rows[i]), std::move(r.row_nodes[i]));
        r = std::move(out);
    }

    // ---- question forms
    ResultSet who_stance(EdgeKind polarity) {
        const NodeId p = b_.position(s_.subject);
        ResultSet r;
        r.columns = actor_columns();
        r.columns.push_back(col("claims for"));
        r.columns.push_back(col("claims against"));
        r.columns.push_back(col("documents"));
        r.context_nodes.push_back(p);
        for (const auto& [key, t] : stance_table(g_, filter_)) {
            if (key.second != p || !counts_for(side_of(t), polarity)) continue;
            auto cells = actor_cells(key.first);
            cells.push_back(t.supports);
            cells.push_back(t.opposes);
            cells.push_back(static_cast<Int>(t.documents.size()));
            auto nodes = actor_nodes(key.first);
            add_tally_nodes(nodes, t);
            r.add(std::move(cells), std::move(nodes));
        }
        rank(r, polarity == EdgeKind::Supports ? 3 : 4);
        return r;
    }

    ResultSet who_mentions() {
        const NodeId p = b_.position(s_.subject);
        ResultSet r;
        r.columns = actor_columns();
        r.columns.push_back(col("claims"));
        r.columns.push_back(col("stance"));
        r.columns.push_back(col("documents"));
        r.context_nodes.push_back(p);
        for (const auto& [key, t] : stance_table(g_, filter_)) {
            if (key.second != p || (t.mentions == 0 && side_of(t) == Side::None)) continue;
            auto cells = actor_cells(key.first);
            cells.insert(cells.end(), {Value{t.mentions}, Value{std::string(to_string(side_of(t)))},
                                       Value{static_cast<Int>(t.documents.size())}});
            auto nodes = actor_nodes(key.first);
            add_tally_nodes(nodes, t);
            r.add(std::move(cells), std::move(nodes));
        }
        rank(r, 3);
        return r;
    }

    ResultSet what_says() {
        const NodeId a = b_.actor(s_.subject);
        std::optional<NodeId> about;
        if (s_.object) about = b_.position(*s_.object);
        ResultSet r;
        r.columns = {col("quote", "text"), col("kind"), col("positions"), col("document", "document", {NodeKind::Document})};
        r.context_nodes.push_back(a);
        if (about) r.context_nodes.push_back(*about);
        for (EdgeId e : g_.out_edges(a, EdgeKind::Says)) {
            const NodeId c = g_.edge(e).to;
            if (!filter_.admits(g_, c)) continue;
            if (about) {
                const auto ps = positions_of(g_, c);
                if (std::none_of(ps.begin(), ps.end(), [&](const auto& pp) { return pp.first == *about; })) continue;
            }
            r.add({g_.node(c).name, std::string(to_string(g_.node(c).claim.kind)), claim_positions(c), document_name(c)},
                  claim_nodes(c));
        }
        return r;
    }

    ResultSet stance_of() {
        const NodeId a = b_.actor(s_.subject);
        std::optional<NodeId> on;
        if (s_.object) on = b_.position(*s_.object);
        ResultSet r;
        r.columns = {col("position", "position", {NodeKind::Position}), col("label"), col("stance"),
                     col("claims for"), col("claims against"), col("claims")};
        r.context_nodes.push_back(a);
        for (const auto& [key, t] : stance_table(g_, filter_)) {
            if (key.first != a || (on && key.second != *on)) continue;
            const Side side = side_of(t);
            std::vector<NodeId> nodes{key.second};
            add_tally_nodes(nodes, t);
            r.add({position_id(g_, key.second), g_.node(key.second).name,
                   std::string(side == Side::None ? "neutral" : to_string(side)), t.supports, t.opposes, t.mentions},
                  std::move(nodes));
        }
        return r;
    }

    // DNA congruence (same polarity on the same position) or conflict (opposite polarity).
    ResultSet agreement(bool agree) {
        const NodeId x = b_.actor(s_.subject);
        std::optional<NodeId> on;
        if (s_.object) on = b_.position(*s_.object);
        const StanceTable table = stance_table(g_, filter_);
        std::map<NodeId, Side> mine;
        for (const auto& [key, t] : table)
            if (key.first == x && (!on || key.second == *on) && side_of(t) != Side::None) mine[key.second] = side_of(t);
        struct Shared {
            std::vector<NodeId> positions;
            std::vector<NodeId> nodes;
        };
        std::map<NodeId, Shared> others;
        for (const auto& [key, t] : table) {
            if (key.first == x) continue;
            auto it = mine.find(key.second);
            if (it == mine.end()) continue;
            const Side theirs = side_of(t);
            if (theirs == Side::None) continue;
            bool match = false;
            for (EdgeKind pol : {EdgeKind::Supports, EdgeKind::Opposes}) {
                const EdgeKind other = pol == EdgeKind::Supports ? EdgeKind::Opposes : EdgeKind::Supports;
                if (counts_for(it->second, pol) && counts_for(theirs, agree ? pol : other)) match = true;
            }
            if (!match) continue;
            Shared& s = others[key.first];
            s.positions.push_back(key.second);
            s.nodes.push_back(key.second);
            add_tally_nodes(s.nodes, t);
        }
        ResultSet r;
        r.columns = actor_columns();
        r.columns.push_back(col("positions"));
        r.columns.push_back(col(agree ? "agreed on" : "disagreed on"));
        r.context_nodes.push_back(x);
        for (auto& [y, s] : others) {
            auto cells = actor_cells(y);
            cells.push_back(static_cast<Int>(s.positions.size()));
            std::string ids;
            for (NodeId p : s.positions) ids += (ids.empty() ? "" : "; ") + position_id(g_, p);
            cells.push_back(ids);
            auto nodes = actor_nodes(y);
            nodes.insert(nodes.end(), s.nodes.begin(), s.nodes.end());
            r.add(std::move(cells), std::move(nodes));
        }
        rank(r, 3);
        return r;
    }

    ResultSet members_of() {
        const NodeId org = b_.resolve(s_.subject, {NodeKind::Organisation});
        ResultSet r;
        r.columns = {col("member", "name", {NodeKind::Person, NodeKind::Organisation}), col("kind"), col("role")};
        r.context_nodes.push_back(org);
        for (EdgeKind k : {EdgeKind::MemberOf, EdgeKind::PartOf}) {
            for (EdgeId e : g_.in_edges(org, k)) {
                const Edge& edge = g_.edge(e);
                r.add({g_.node(edge.from).name, std::string(to_string(g_.node(edge.from).kind)),
                       k == EdgeKind::PartOf && edge.role.empty() ? std::string("part of") : edge.role},
                      {edge.from, org});
            }
        }
        return r;
    }

    ResultSet affiliations_of() {
        const NodeId a = b_.actor(s_.subject);
        ResultSet r;
        r.columns = {col("organisation", "organisation", {NodeKind::Organisation}), col("role")};
        r.context_nodes.push_back(a);
        for (EdgeKind k : {EdgeKind::MemberOf, EdgeKind::PartOf}) {
            for (EdgeId e : g_.out_edges(a, k)) {
                const Edge& edge = g_.edge(e);
                r.add({g_.node(edge.to).name, k == EdgeKind::PartOf && edge.role.empty() ? std::string("part of") : edge.role},
                      {edge.to, a});
            }
        }
        return r;
    }

    std::vector<Column> claim_columns() const {
        return {col("speaker", "speaker", {NodeKind::Person, NodeKind::Organisation}), col("quote", "text"), col("kind"),
                col("positions"), col("document", "document", {NodeKind::Document})};
    }
    void add_claim_row(ResultSet& r, NodeId c) const {
        r.add({names_of(g_, speakers_of(g_, c)), g_.node(c).name, std::string(to_string(g_.node(c).claim.kind)),
               claim_positions(c), document_name(c)},
              claim_nodes(c));
    }

    ResultSet claims_about() {
        const NodeId p = b_.position(s_.subject);
        ResultSet r;
        r.columns = claim_columns();
        r.context_nodes.push_back(p);
        for (NodeId c : g_.nodes_of_kind(NodeKind::Claim)) {
            if (!filter_.admits(g_, c)) continue;
            const auto ps = positions_of(g_, c);
            if (std::any_of(ps.begin(), ps.end(), [&](const auto& pp) { return pp.first == p; })) add_claim_row(r, c);
        }
        return r;
    }

    ResultSet claims_in() {
        const NodeId d = b_.document(s_.subject);
        ResultSet r;
        r.columns = claim_columns();
        r.context_nodes.push_back(d);
        for (NodeId c : g_.nodes_of_kind(NodeKind::Claim))
            if (filter_.admits(g_, c) && document_of(g_, c) == d) add_claim_row(r, c);
        return r;
    }

    ResultSet search() {
        const std::string needle = normalise_name(s_.subject.text);
        ResultSet r;
        r.columns = claim_columns();
        if (needle.empty()) throw QueryError(s_.subject.offset, "search needs some text to look for");
        for (NodeId c : g_.nodes_of_kind(NodeKind::Claim))
            if (filter_.admits(g_, c) && normalise_name(g_.node(c).name).find(needle) != std::string::npos) add_claim_row(r, c);
        return r;
    }

    NodeId any_node(const Name& n) const {
        return b_.resolve(n, {NodeKind::Person, NodeKind::Organisation, NodeKind::Position, NodeKind::Document});
    }

    ResultSet neighbours() {
        const NodeId start = any_node(s_.subject);
        if (s_.depth < 1 || s_.depth > kMaxNeighbourDepth) {
            throw QueryError(s_.depth_offset, "depth must be between 1 and kMaxNeighbourDepth (" +
                                                  std::to_string(kMaxNeighbourDepth) + ")");
        }
        ResultSet r;
        r.columns = {col("node", "name"), col("kind"), col("distance"), col("via")};
        r.context_nodes.push_back(start);
        std::unordered_map<NodeId, std::uint32_t> dist{{start, 0}};
        std::deque<NodeId> queue{start};
        while (!queue.empty()) {
            const NodeId n = queue.front();
            queue.pop_front();
            const std::uint32_t d = dist[n];
            if (d == s_.depth) continue;
            // A claim is the end of a path: walking on through it would reach every speaker of
            // every position it touches.
            auto visit = [&](EdgeId e, NodeId other, bool outgoing) {
                if (!g_.node(other).alive || dist.count(other)) return;
                dist[other] = d + 1;
                if (r.rows.size() >= kMaxResultRows)
                    throw QueryError(s_.offset, "more than kMaxResultRows (" + std::to_string(kMaxResultRows) + ") rows; lower the depth");
                const Edge& edge = g_.edge(e);
                // Read as "<node we came from> -kind-> <this node>" (or <-kind- against the edge).
                const std::string via = g_.node(n).name + (outgoing ? " -" : " <-") + std::string(to_string(edge.kind)) +
                                        (outgoing ? "->" : "-");
                r.add({g_.node(other).name, std::string(to_string(g_.node(other).kind)), static_cast<Int>(d + 1), via},
                      {other, n});
                queue.push_back(other);
            };
            for (EdgeId e : g_.out_edges(n)) visit(e, g_.edge(e).to, true);
            for (EdgeId e : g_.in_edges(n)) visit(e, g_.edge(e).from, false);
        }
        return r;
    }

    ResultSet path() {
        const NodeId from = any_node(s_.subject);
        const NodeId to = any_node(*s_.object);
        ResultSet r;
        r.columns = {col("step"), col("from"), col("edge"), col("to")};
        r.context_nodes = {from, to};
        NodeId at = from;
        Int step = 0;
        for (EdgeId e : g_.shortest_path(from, to, kMaxPathLength)) {
            const Edge& edge = g_.edge(e);
            const bool forward = edge.from == at;
            const NodeId next = forward ? edge.to : edge.from;
            const std::string k(to_string(edge.kind));
            r.add({++step, g_.node(at).name, forward ? "-[" + k + "]->" : "<-[" + k + "]-", g_.node(next).name}, {at, next});
            at = next;
        }
        return r;
    }

    ResultSet count() {
        const std::string by = lower(s_.subject.text);
        enum class By { Organisation, Position, Document, Speaker } what;
        if (by == "organisation" || by == "organisations" || by == "organization" || by == "organizations") what = By::Organisation;
        else if (by == "position" || by == "positions") what = By::Position;
        else if (by == "document" || by == "documents") what = By::Document;
        else if (by == "speaker" || by == "speakers" || by == "actor" || by == "actors") what = By::Speaker;
        else {
            throw QueryError(s_.subject.offset, "cannot count claims by \"" + s_.subject.text +
                                                    "\"; expected one of: organisation, position, document, speaker");
        }
        std::map<NodeId, std::set<NodeId>> groups;
        for (NodeId c : g_.nodes_of_kind(NodeKind::Claim)) {
            if (!filter_.admits(g_, c)) continue;
            std::vector<NodeId> keys;
            switch (what) {
                case By::Organisation:
                    for (NodeId s : speakers_of(g_, c)) {
                        if (g_.node(s).kind == NodeKind::Organisation) keys.push_back(s);
                        for (NodeId o : organisations_of(g_, s)) keys.push_back(o);
                    }
                    break;
                case By::Position:
                    for (const auto& pp : positions_of(g_, c)) keys.push_back(pp.first);
                    break;
                case By::Document:
                    if (NodeId d = document_of(g_, c); d != kNoNode) keys.push_back(d);
                    break;
                case By::Speaker:
                    keys = speakers_of(g_, c);
                    break;
            }
            for (NodeId k : keys) groups[k].insert(c);
        }
        ResultSet r;
        const char* header = what == By::Organisation ? "organisation" : what == By::Position ? "position"
                           : what == By::Document ? "document" : "speaker";
        const NodeKind kind = what == By::Organisation ? NodeKind::Organisation : what == By::Position ? NodeKind::Position
                            : what == By::Document ? NodeKind::Document : NodeKind::Person;
        r.columns = {col(header, "name", kind == NodeKind::Person ? std::vector<NodeKind>{NodeKind::Person, NodeKind::Organisation} : std::vector<NodeKind>{kind}), col("claims")};
        for (const auto& [k, claims] : groups) {
            std::vector<NodeId> nodes{k};
            nodes.insert(nodes.end(), claims.begin(), claims.end());
            r.add({what == By::Position ? position_id(g_, k) : g_.node(k).name, static_cast<Int>(claims.size())},
                  std::move(nodes));
        }
        rank(r, 1);
        return r;
    }

    // Claims each node takes part in (said, about, in), under the claim filter.
    Int claims_of(NodeId n) const {
        std::set<NodeId> seen;
        for (EdgeId e : g_.out_edges(n))
            if (g_.node(g_.edge(e).to).kind == NodeKind::Claim && filter_.admits(g_, g_.edge(e).to)) seen.insert(g_.edge(e).to);
        for (EdgeId e : g_.in_edges(n))
            if (g_.node(g_.edge(e).from).kind == NodeKind::Claim && filter_.admits(g_, g_.edge(e).from)) seen.insert(g_.edge(e).from);
        return static_cast<Int>(seen.size());
    }

    ResultSet list() {
        const std::string what = lower(s_.subject.text);
        ResultSet r;
        if (what == "positions" || what == "position") {
            r.columns = {col("position", "id", {NodeKind::Position}), col("label", "name"), col("claims")};
            for (NodeId p : g_.nodes_of_kind(NodeKind::Position))
                r.add({position_id(g_, p), g_.node(p).name, claims_of(p)}, {p});
        } else if (what == "people" || what == "persons" || what == "person") {
            r.columns = {col("person", "name", {NodeKind::Person}), col("organisation", "organisation", {NodeKind::Organisation}), col("claims")};
            for (NodeId p : g_.nodes_of_kind(NodeKind::Person))
                r.add({g_.node(p).name, names_of(g_, organisations_of(g_, p)), claims_of(p)}, actor_nodes(p));
        } else if (what == "organisations" || what == "organizations" || what == "organisation" || what == "organization") {
            r.columns = {col("organisation", "name", {NodeKind::Organisation}), col("members"), col("claims")};
            for (NodeId o : g_.nodes_of_kind(NodeKind::Organisation))
                r.add({g_.node(o).name, static_cast<Int>(g_.in_edges(o, EdgeKind::MemberOf).size()), claims_of(o)}, {o});
        } else if (what == "documents" || what == "document") {
            r.columns = {col("document", "name", {NodeKind::Document}), col("title"), col("claims")};
            for (NodeId d : g_.nodes_of_kind(NodeKind::Document))
                r.add({g_.node(d).name, g_.node(d).description, claims_of(d)}, {d});
        } else if (what == "claims" || what == "claim") {
            r.columns = claim_columns();
            for (NodeId c : g_.nodes_of_kind(NodeKind::Claim))
                if (filter_.admits(g_, c)) add_claim_row(r, c);
        } else {
            throw QueryError(s_.subject.offset, "cannot list \"" + s_.subject.text +
                                                    "\"; expected one of: positions, people, organisations, documents, claims");
        }
        return r;
    }

    const Graph& g_;
    const Binder& b_;
    const Statement& s_;
    ClaimFilter filter_;
};

}  // namespace

ResultSet evaluate(const Graph& g, const Binder& binder, const Statement& s) {
    return Questions(g, binder, s).run();
}

}  // namespace sg::query
