#include "graph/export/jsonl.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

#include "graph/alias_reasons.hpp"
#include "graph/export/utf8.hpp"

namespace sg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void put(JsonWriter& w, std::string_view s) {
    std::string clean = text::valid_utf8(s);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

// Writes one object per line; the writer is reset for each so every line is a complete value.
template <typename Fill>
void line(std::ostream& out, rapidjson::StringBuffer& sb, JsonWriter& w, Fill fill) {
    sb.Clear();
    w.Reset(sb);
    fill();
    out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize()));
    out.put('\n');
}

std::string position_id(const NodeView& position) {
    constexpr std::string_view prefix = "position:";
    std::string_view key = position.key;
    if (key.substr(0, prefix.size()) == prefix) key.remove_prefix(prefix.size());
    return std::string(key);
}

}  // namespace

void write_claims_jsonl(const GraphStore& g, std::ostream& out) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    for (NodeId n : g.nodes_of_kind(NodeKind::Claim)) {
        const NodeView& claim = g.node(n);
        const ClaimInfo& c = claim.claim;
        std::optional<NodeId> speaker;
        for (EdgeId e : g.in_edges(n, EdgeKind::Says)) {
            NodeId from = g.edge(e).from;
            if (g.node(from).alive) {
                speaker = from;
                break;
            }
        }
        line(out, sb, w, [&] {
            w.StartObject();
            w.Key("key");
            put(w, claim.key);
            w.Key("doc");
            if (c.document != kNoNode && c.document < g.node_capacity())
                put(w, g.node(c.document).name);
            else
                w.Null();
            // The document's metadata, each field only when the document states it.
            if (c.document != kNoNode && c.document < g.node_capacity()) {
                const store::DocumentView d = g.node(c.document).document;
                const std::pair<const char*, std::string_view> fields[] = {
                    {"date", d.date},       {"source", d.source}, {"author", d.author},
                    {"section", d.section}, {"document_type", d.type}, {"url", d.url}};
                for (const auto& [name, value] : fields) {
                    if (value.empty()) continue;
                    w.Key(name);
                    put(w, value);
                }
            }
            // The organisation the claim was made for (DNA's organisation of a statement), when known.
            if (const NodeId org = g.claim_organisation(n); org != kNoNode) {
                w.Key("organisation");
                put(w, g.node(org).name);
            }
            w.Key("speaker");
            if (speaker)
                put(w, g.node(*speaker).name);
            else
                w.Null();
            w.Key("speaker_kind");
            if (speaker)
                put(w, to_string(g.node(*speaker).kind));
            else
                w.Null();
            w.Key("text");
            put(w, claim.name);
            w.Key("kind");
            put(w, to_string(c.kind));
            w.Key("span");
            w.StartArray();
            w.Uint64(c.span.start);
            w.Uint64(c.span.end);
            w.EndArray();
            w.Key("comment");
            w.Bool(c.comment);
            w.Key("confidence");
            if (std::isfinite(c.confidence))
                w.Double(c.confidence);
            else
                w.Null();  // JSON has no NaN; a bug elsewhere must not make the line unreadable
            w.Key("manual");
            w.Bool(c.manual);
            w.Key("positions");
            w.StartArray();
            for (EdgeId e : g.out_edges(n)) {
                const EdgeView& edge = g.edge(e);
                if (edge.kind != EdgeKind::Supports && edge.kind != EdgeKind::Opposes && edge.kind != EdgeKind::About)
                    continue;
                const NodeView& position = g.node(edge.to);
                if (!position.alive || position.kind != NodeKind::Position) continue;
                w.StartObject();
                w.Key("id");
                put(w, position_id(position));
                w.Key("polarity");
                put(w, to_string(edge.kind));
                // The words that decided it, with their byte spans in the claim's file.
                w.Key("evidence");
                w.StartArray();
                for (const EvidenceView& x : edge.evidence) {
                    w.StartObject();
                    w.Key("role");
                    put(w, x.role);
                    w.Key("words");
                    put(w, x.words);
                    w.Key("span");
                    w.StartArray();
                    w.Uint64(x.span.start);
                    w.Uint64(x.span.end);
                    w.EndArray();
                    w.EndObject();
                }
                w.EndArray();
                w.EndObject();
            }
            w.EndArray();
            w.EndObject();
        });
    }
}

void write_actors_jsonl(const GraphStore& g, std::ostream& out) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    for (NodeId n = 0; n < g.node_capacity(); ++n) {
        const NodeView& actor = g.node(n);
        if (!actor.alive || (actor.kind != NodeKind::Person && actor.kind != NodeKind::Organisation)) continue;
        const EdgeKind affiliation = actor.kind == NodeKind::Person ? EdgeKind::MemberOf : EdgeKind::PartOf;
        std::size_t claims = 0;
        for (EdgeId e : g.out_edges(n, EdgeKind::Says))
            if (g.node(g.edge(e).to).alive && g.node(g.edge(e).to).kind == NodeKind::Claim) ++claims;
        line(out, sb, w, [&] {
            w.StartObject();
            w.Key("key");
            put(w, actor.key);
            w.Key("name");
            put(w, actor.name);
            w.Key("kind");
            put(w, to_string(actor.kind));
            w.Key("aliases");
            w.StartArray();
            for (const auto& a : actor.aliases) put(w, a);
            w.EndArray();
            // why each alias is this actor's (graph/alias_reasons.hpp)
            w.Key("joined");
            w.StartArray();
            for (const auto& a : actor.aliases) {
                w.StartObject();
                w.Key("name");
                put(w, a);
                w.Key("why");
                put(w, alias_reason(actor.kind, actor.name, a));
                w.EndObject();
            }
            w.EndArray();
            w.Key("affiliations");
            w.StartArray();
            for (EdgeId e : g.out_edges(n, affiliation)) {
                const EdgeView& edge = g.edge(e);
                const NodeView& org = g.node(edge.to);
                if (!org.alive) continue;
                w.StartObject();
                w.Key("organisation");
                put(w, org.name);
                w.Key("role");
                if (edge.role.empty())
                    w.Null();
                else
                    put(w, edge.role);
                w.EndObject();
            }
            w.EndArray();
            w.Key("claims");
            w.Uint64(claims);
            w.EndObject();
        });
    }
}

}  // namespace sg
