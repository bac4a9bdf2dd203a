#include "loaders/annotations/annotations.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "graph/error.hpp"
#include "loaders/annotations/actor_lookup.hpp"
#include "loaders/codebook/json_input.hpp"

namespace sg::loaders {
namespace {

// " (did you mean "a", "b"?)", or nothing when there is no close name.
std::string did_you_mean(const std::vector<std::string>& similar) {
    if (similar.empty()) return {};
    std::string out = " (did you mean ";
    for (std::size_t i = 0; i < similar.size(); ++i) out += (i ? ", \"" : "\"") + similar[i] + "\"";
    return out + "?)";
}

const char kAnnotationsSchema[] =
#include "embedded/annotations.schema.json.inc"
    ;

// Which fields each op needs and accepts ("comment" is always accepted). The schema checks
// types; these checks give a message that names the op.
struct OpFields {
    const char* op;
    std::vector<const char*> required;
    std::vector<const char*> optional;
    bool needs_claim;  // "quote" or "span"
};

const std::vector<OpFields>& op_fields() {
    static const std::vector<OpFields> ops = {
        {"code", {"document", "speaker"}, {"quote", "span", "organisation", "position", "polarity", "new_actor"}, true},
        {"merge", {"keep", "drop"}, {}, false},
        {"drop_claim", {"document"}, {"quote", "span"}, true},
        {"set_polarity", {"document", "position", "polarity"}, {"quote", "span"}, true},
        {"add_alias", {"actor", "alias"}, {}, false},
        {"affiliate", {"person", "organisation"}, {"role", "new_actor"}, false},
    };
    return ops;
}

class Applier {
public:
    Applier(Graph& g, const std::string& label) : g_(g), label_(label) {}

    void apply(const rapidjson::Value& a, std::size_t index) {
        where_ = label_ + ": " + json_pointer("annotations", index) + ": ";
        a_ = &a;
        std::string op = str("op");
        check_fields(op);
        if (op == "code") code();
        else if (op == "merge") merge();
        else if (op == "drop_claim") g_.remove_node(claim(false));
        else if (op == "set_polarity") set_polarity();
        else if (op == "add_alias") g_.add_alias(actor(str("actor")), str("alias"));
        else if (op == "affiliate") affiliate();
    }

private:
    [[noreturn]] void fail(const std::string& what) const { throw FileError(where_ + what); }

    bool has(const char* f) const { return a_->HasMember(f); }
    std::string str(const char* f) const {
        auto it = a_->FindMember(f);
        if (it == a_->MemberEnd() || !it->value.IsString()) return {};
        return {it->value.GetString(), it->value.GetStringLength()};
    }

    void check_fields(const std::string& op) const {
        auto spec = std::find_if(op_fields().begin(), op_fields().end(), [&](const OpFields& f) { return op == f.op; });
        if (spec == op_fields().end()) fail("unknown op \"" + op + "\"");
        for (const char* r : spec->required)
            if (!has(r)) fail("op \"" + op + "\" needs \"" + r + "\"");
        if (spec->needs_claim && !has("quote") && !has("span"))
            fail("op \"" + op + "\" needs \"quote\" or \"span\" to name the claim");
        for (const auto& m : a_->GetObject()) {
            std::string_view name(m.name.GetString(), m.name.GetStringLength());
            if (name == "op" || name == "comment") continue;
            bool known = std::any_of(spec->required.begin(), spec->required.end(), [&](const char* f) { return name == f; }) ||
                         std::any_of(spec->optional.begin(), spec->optional.end(), [&](const char* f) { return name == f; });
            if (!known) fail("\"" + std::string(name) + "\" does not apply to op \"" + op + "\"");
        }
        if (op == "code" && has("position") != has("polarity"))
            fail("op \"code\" needs \"position\" and \"polarity\" together");
        if (has("span")) {
            const auto& s = (*a_)["span"];
            if (s[0].GetUint64() > s[1].GetUint64()) fail("span start is after its end");
        }
    }

    // The one actor a name denotes; an error naming the annotation otherwise.
    NodeId actor(const std::string& name, std::optional<NodeKind> kind = std::nullopt) const {
        std::vector<NodeId> found = find_actors(g_, name);
        if (kind) found.erase(std::remove_if(found.begin(), found.end(), [&](NodeId n) { return g_.node(n).kind != *kind; }),
                              found.end());
        if (found.size() == 1) return found[0];
        std::string what = kind == NodeKind::Person ? "person" : kind == NodeKind::Organisation ? "organisation" : "actor";
        if (found.empty()) {
            fail("no " + what + " named \"" + name + "\"" + did_you_mean(similar_actor_names(g_, name)));
        }
        std::string msg = "\"" + name + "\" is ambiguous: it names ";
        for (std::size_t i = 0; i < found.size(); ++i) msg += (i ? ", " : "") + g_.node(found[i]).key;
        fail(msg + "; use one of these keys");
    }

    // An actor that may be created on purpose ("new_actor": true) when extraction missed it.
    // `kind` restricts the lookup (nullopt: person or organisation); a new actor is `create_as`.
    NodeId actor_or_new(const std::string& name, std::optional<NodeKind> kind, NodeKind create_as) {
        bool may_create = has("new_actor") && (*a_)["new_actor"].IsBool() && (*a_)["new_actor"].GetBool();
        if (may_create) {
            std::vector<NodeId> found = find_actors(g_, name);
            for (NodeId n : found)
                if (!kind || g_.node(n).kind == *kind) return n;
            Node node;
            node.kind = create_as;
            node.name = name;
            std::string slug;
            for (char c : name_without_titles(name)) slug += (c == ' ' ? '-' : c);
            std::string base = (create_as == NodeKind::Person ? "person:" : "org:") + slug;
            node.key = base;
            for (int i = 2; g_.find_key(node.key); ++i) node.key = base + "-" + std::to_string(i);
            return g_.add_node(std::move(node));
        }
        return actor(name, kind);
    }

    NodeId document() const {
        std::string doc = str("document");
        if (auto id = g_.find_key("doc:" + doc)) return *id;
        fail("no document \"" + doc + "\" in the graph" + did_you_mean(similar_keys(g_, NodeKind::Document, "doc:", doc)));
    }

    NodeId position() const {
        std::string id = str("position");
        if (auto p = g_.find_key("position:" + id); p && g_.node(*p).kind == NodeKind::Position) return *p;
        fail("no position \"" + id + "\" (positions come from the codebook)" +
             did_you_mean(similar_keys(g_, NodeKind::Position, "position:", id)));
    }

    static EdgeKind stance_kind(const std::string& polarity) {
        return polarity == "supports" ? EdgeKind::Supports : polarity == "opposes" ? EdgeKind::Opposes : EdgeKind::About;
    }

    std::optional<Span> span() const {
        if (!has("span")) return std::nullopt;
        const auto& s = (*a_)["span"];
        return Span{s[0].GetUint64(), s[1].GetUint64()};
    }

    // The claim an annotation names in its document: by span, else by exact quote, else by the
    // one claim whose text contains the quote. With `create` (op "code"), a span that names no
    // claim yet becomes a new manual claim.
    NodeId claim(bool create) {
        NodeId doc = document();
        std::vector<NodeId> claims;
        for (EdgeId e : g_.in_edges(doc, EdgeKind::In))
            if (g_.node(g_.edge(e).from).kind == NodeKind::Claim) claims.push_back(g_.edge(e).from);
        std::string quote = str("quote");
        if (auto s = span()) {
            for (NodeId c : claims)
                if (g_.node(c).claim.span == *s) return c;
            if (!create)
                fail("no claim at span [" + std::to_string(s->start) + ", " + std::to_string(s->end) + "] in \"" +
                     str("document") + "\"");
            Node n;
            n.kind = NodeKind::Claim;
            n.key = "claim:" + str("document") + ":" + std::to_string(s->start) + "-" + std::to_string(s->end);
            n.name = quote.empty() ? "[" + std::to_string(s->start) + ", " + std::to_string(s->end) + ")" : quote;
            n.claim.document = doc;
            n.claim.span = *s;
            n.claim.kind = ClaimKind::Manual;
            n.claim.manual = true;
            NodeId id = g_.add_node(std::move(n));
            g_.add_edge(id, doc, EdgeKind::In, {}, 1.0, true);
            return id;
        }
        const std::string wanted = normalise_name(quote);
        for (NodeId c : claims)
            if (normalise_name(g_.node(c).name) == wanted) return c;
        std::vector<NodeId> containing;
        for (NodeId c : claims)
            if (normalise_name(g_.node(c).name).find(wanted) != std::string::npos) containing.push_back(c);
        if (containing.size() == 1) return containing[0];
        if (containing.size() > 1)
            fail("the quote is in " + std::to_string(containing.size()) + " claims of \"" + str("document") +
                 "\"; quote more of it or give its \"span\"");
        fail("no claim in \"" + str("document") + "\" has the text \"" + quote + "\"" +
             (create ? " (give its \"span\" to code a claim extraction missed)" : ""));
    }

    // Replaces the claim's stance on a position by a manual one.
    void set_stance(NodeId claim_id, NodeId pos, EdgeKind kind) {
        for (EdgeId e : g_.out_edges(claim_id)) {
            const Edge& edge = g_.edge(e);
            if (edge.to == pos && (edge.kind == EdgeKind::Supports || edge.kind == EdgeKind::Opposes ||
                                   edge.kind == EdgeKind::About))
                g_.remove_edge(e);
        }
        // What decided it is a person's reading of the whole claim: the evidence says so.
        const Node& c = g_.node(claim_id);
        EdgeId e = g_.add_edge(claim_id, pos, kind, {}, 1.0, true);
        g_.edge_mut(e).evidence = {Evidence{"manual", c.name, c.claim.span, c.claim.document}};
        g_.node_mut(claim_id).claim.manual = true;
    }

    void code() {
        NodeId c = claim(true);
        NodeId speaker = actor_or_new(str("speaker"), std::nullopt, NodeKind::Person);
        // The coder attributes the claim: other extracted speakers were wrong.
        for (EdgeId e : g_.in_edges(c, EdgeKind::Says))
            if (g_.edge(e).from != speaker) g_.remove_edge(e);
        EdgeId says = g_.add_edge(speaker, c, EdgeKind::Says, {}, 1.0, true);
        g_.edge_mut(says).manual = true;
        g_.edge_mut(says).confidence = 1.0;
        if (has("organisation")) {
            NodeId org = actor_or_new(str("organisation"), NodeKind::Organisation, NodeKind::Organisation);
            if (org != speaker && g_.node(speaker).kind == NodeKind::Person) {
                EdgeId m = g_.add_edge(speaker, org, EdgeKind::MemberOf, {}, 1.0, true);
                g_.edge_mut(m).manual = true;
            }
        }
        if (has("position")) set_stance(c, position(), stance_kind(str("polarity")));
        g_.node_mut(c).claim.manual = true;
        g_.node_mut(c).claim.confidence = 1.0;
    }

    void merge() {
        NodeId keep = actor(str("keep"));
        NodeId drop = actor(str("drop"));
        if (keep == drop) fail("\"" + str("keep") + "\" and \"" + str("drop") + "\" are already one actor");
        std::set<EdgeId> before;
        for (EdgeId e : g_.out_edges(keep)) before.insert(e);
        for (EdgeId e : g_.in_edges(keep)) before.insert(e);
        g_.merge(keep, drop);
        // The edges keep gained come from a person's decision.
        for (EdgeId e : g_.out_edges(keep))
            if (!before.count(e)) g_.edge_mut(e).manual = true;
        for (EdgeId e : g_.in_edges(keep))
            if (!before.count(e)) g_.edge_mut(e).manual = true;
    }

    void set_polarity() {
        NodeId c = claim(false);
        set_stance(c, position(), stance_kind(str("polarity")));
    }

    void affiliate() {
        NodeId person = actor_or_new(str("person"), NodeKind::Person, NodeKind::Person);
        NodeId org = actor_or_new(str("organisation"), NodeKind::Organisation, NodeKind::Organisation);
        std::string role = str("role");
        // The coder's role replaces the extracted ones for this organisation.
        for (EdgeId e : g_.out_edges(person, EdgeKind::MemberOf))
            if (g_.edge(e).to == org && g_.edge(e).role != role) g_.remove_edge(e);
        EdgeId m = g_.add_edge(person, org, EdgeKind::MemberOf, role, 1.0, true);
        g_.edge_mut(m).manual = true;
    }

    Graph& g_;
    const std::string& label_;
    std::string where_;
    const rapidjson::Value* a_ = nullptr;
};

}  // namespace

void apply_annotations_text(Graph& g, std::string_view json, const std::string& label) {
    rapidjson::Document doc = parse_and_validate(json, label, kAnnotationsSchema);
    const auto& list = doc["annotations"];
    Applier applier(g, label);
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) applier.apply(list[i], i);
}

void apply_annotations(Graph& g, const std::filesystem::path& file) {
    apply_annotations_text(g, read_text_file(file), file.string());
}

}  // namespace sg::loaders
