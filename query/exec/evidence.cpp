// Evidence cells (see evidence.hpp).
#include "query/exec/evidence.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/export/utf8.hpp"

namespace sg::query {
namespace {

bool is_stance(EdgeKind k) { return k == EdgeKind::Supports || k == EdgeKind::Opposes || k == EdgeKind::About; }

// The file name of a document node (following a merge of it), or "".
std::string file_of(const GraphStore& g, NodeId doc) {
    if (doc == kNoNode || doc >= g.node_capacity()) return {};
    if (!g.node(doc).alive)
        if (auto live = g.find_key(g.node(doc).key)) doc = *live;
    return g.node(doc).name;
}

}  // namespace

Records evidence_records(const GraphStore& g, EdgeId id) {
    const EdgeView& e = g.edge(id);
    Records out;
    if (!is_stance(e.kind)) return out;
    const bool from_claim = g.node(e.from).kind == NodeKind::Claim;
    for (const EvidenceView x : e.evidence) {
        const std::string role = text::valid_utf8(x.role);
        const std::string words = text::valid_utf8(x.words);
        const std::string file = text::valid_utf8(file_of(g, x.document));
        const std::string span = std::to_string(x.span.start) + "-" + std::to_string(x.span.end);
        Record r;
        r.text = role + " \"" + text::shorten(words, kEvidenceWordsShown) + "\" [" +
                 (from_claim || file.empty() ? span : file + ":" + span) + "]";
        rapidjson::StringBuffer sb;
        rapidjson::Writer<rapidjson::StringBuffer> w(sb);
        w.StartObject();
        w.Key("role");
        w.String(role.data(), static_cast<rapidjson::SizeType>(role.size()));
        w.Key("words");
        w.String(words.data(), static_cast<rapidjson::SizeType>(words.size()));
        w.Key("span");
        w.StartArray();
        w.Uint64(x.span.start);
        w.Uint64(x.span.end);
        w.EndArray();
        w.Key("document");
        if (file.empty())
            w.Null();
        else
            w.String(file.data(), static_cast<rapidjson::SizeType>(file.size()));
        w.EndObject();
        r.json = sb.GetString();
        out.push_back(std::move(r));
    }
    return out;
}

std::string stance_source(const GraphStore& g, EdgeId id) {
    const EdgeView& e = g.edge(id);
    if (!is_stance(e.kind)) return {};
    const NodeView& from = g.node(e.from);
    if (from.kind == NodeKind::Claim) return std::string(to_string(from.claim.kind));
    return e.manual ? "manual" : "reported";
}

}  // namespace sg::query
